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

/**
 * A sentence that credits what it says to a story: "according to" or "selon" and, within five words, a word for a
 * story or a dispute word ("According to the story", "according to a fake quote", "selon la rumeur"); or a word for
 * a story right before a verb of saying ("The article claimed", "a recent rumor claims", "la publication
 * affirme"). In a report that calls the other's story false, such a sentence relays the story; it does not vouch
 * for it.
 */
export function findRetelling(ctx: SentenceContext): void {
  const { words, tokens, res } = ctx;
  const story = (k: number) => res.storyWords.has(words[k]!) && !POINTERS.has(words[k]!);
  for (let i = 0; i < words.length; i++) {
    const m = res.attribution.match(words, i);
    if (!m) continue;
    const end = i + m.words.length - 1;
    if (/^(according to|selon|d'apres|d apres)$/.test(m.words.join(' '))) {
      for (let k = end + 1; k < Math.min(words.length, end + 6); k++) {
        const dispute = res.disputes.match(words, k);
        if (story(k) || dispute) {
          // "according to a fake quote": the words the dispute word qualifies belong to the credit.
          let to = dispute ? k + dispute.words.length - 1 : k;
          const next = tokens[to + 1];
          if (dispute && next && /^\s+$/.test(ctx.text.slice(tokens[to]!.end, next.start))) to++;
          ctx.retelling = [tokens[i]!.start, tokens[to]!.end];
          return;
        }
      }
      continue;
    }
    // "The article claimed", "a recent rumor claims": the story word is the subject, one word at most between.
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      if (story(k)) {
        ctx.retelling = [tokens[k]!.start, tokens[end]!.end];
        return;
      }
    }
  }
}
