// Stage 9, dispute: a sentence that calls a story false as a whole ("the story is a hoax", "there is no truth to
// the report", "c'est une infox"). It needs a dispute cue that is not itself negated ("not a hoax" confirms),
// and a word for the story (story, report, claim, video, "it", "this") in the same sentence. Also a sentence that
// retells what a story says, crediting the story itself ("According to the story, NASA 'confirmed'…").
import type { SentenceContext } from './context';

export function findDispute(ctx: SentenceContext): void {
  const { words, tokens, res } = ctx;
  for (let i = 0; i < words.length; i++) {
    const m = res.disputes.match(words, i);
    if (!m || res.notDispute.match(words, i)) continue;
    const negated = ctx.negations.some(
      (n) => n.kind === 'not' && n.span[1] <= tokens[i]!.start && tokens[i]!.start - n.span[1] < 12,
    );
    if (negated && !/^(no|aucune|pas)$/.test(words[i]!)) continue;
    if (!words.some((w) => res.storyWords.has(w))) continue;
    ctx.dispute = [tokens[i]!.start, tokens[i + m.words.length - 1]!.end];
    return;
  }
}

/** Words for a story that point back at one without naming it: they credit no story in a retelling. */
const POINTERS = new Set(['it', 'this', 'that', 'ce', 'cela', 'c']);

/** Determiners that point at a story already in view: "the story", "cette rumeur". */
const DEFINITE = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  'le',
  'la',
  'les',
  'l',
  'ce',
  'cet',
  'cette',
  'ces',
]);
const INDEFINITE = new Set(['a', 'an', 'un', 'une', 'des']);

/** Words for a story that doubt it by themselves: "a rumor claims", "une rumeur affirme". */
const DUBIOUS = new Set([
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'hoax',
  'allegation',
  'allegations',
  'rumeur',
  'rumeurs',
  'canular',
]);

/** After a word for a story, words that make it a document of its own ("the report of the coroner", "le rapport d'autopsie"). */
const SPECIFIED = new Set(['of', 'from', 'by', 'de', 'd', 'du', 'des']);

/**
 * A sentence that credits what it says to the story it is about: "according to" or "selon" and the story with a
 * definite determiner ("According to the story", "selon la rumeur"), a doubting word for it ("according to a
 * rumour"), or a dispute word before a noun ("according to a fake quote"); or such a story right before a verb of
 * saying ("The article claimed", "a recent rumor claims"). Not the writer's own sources: "According to a police
 * report", "selon nos informations", "selon le rapport d'autopsie", "ABC News reported" (a name). In a report that
 * calls the other's story false, such a sentence relays the story; it does not vouch for it.
 */
export function findRetelling(ctx: SentenceContext): void {
  const { words, tokens, res, text } = ctx;
  const joined = (a: number, b: number) =>
    b < tokens.length && /^\s+$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
  // The story itself at k: a word for a story, not a name, not made a document of its own by what follows.
  const story = (k: number) =>
    k < words.length &&
    res.storyWords.has(words[k]!) &&
    !POINTERS.has(words[k]!) &&
    !tokens[k]!.capitalised &&
    !(joined(k, k + 1) && SPECIFIED.has(words[k + 1]!));
  for (let i = 0; i < words.length; i++) {
    const m = res.attribution.match(words, i);
    if (!m) continue;
    const end = i + m.words.length - 1;
    if (/^(according to|selon|d'apres|d apres)$/.test(m.words.join(' '))) {
      const det = end + 1;
      const w = words[det] ?? '';
      if (!DEFINITE.has(w) && !INDEFINITE.has(w)) continue;
      const k = det + 1;
      // "according to a fake quote", "selon une fausse information": a dispute word before the noun it qualifies.
      const dispute = res.disputes.match(words, k);
      const to = dispute ? k + dispute.words.length : k;
      if (dispute && joined(to - 1, to) && /^\p{L}/u.test(tokens[to]?.text ?? '') && !SPECIFIED.has(words[to] ?? '')) {
        ctx.retelling = [tokens[i]!.start, tokens[to]!.end];
        return;
      }
      if (story(k) && (DEFINITE.has(w) || DUBIOUS.has(words[k]!))) {
        ctx.retelling = [tokens[i]!.start, tokens[k]!.end];
        return;
      }
      continue;
    }
    // "The article claimed", "a recent rumor claims": the story is the subject, one word at most between.
    for (let k = i - 1; k >= Math.max(1, i - 2); k--) {
      if (!story(k)) continue;
      const pointed =
        DEFINITE.has(words[k - 1]!) ||
        (DUBIOUS.has(words[k]!) && (INDEFINITE.has(words[k - 1]!) || INDEFINITE.has(words[k - 2] ?? '')));
      if (pointed) {
        const from = DEFINITE.has(words[k - 1]!) || INDEFINITE.has(words[k - 1]!) ? k - 1 : k - 2;
        ctx.retelling = [tokens[from]!.start, tokens[end]!.end];
        return;
      }
    }
  }
}
