// Stage 6, polarity: negations bound to what they negate. "not", "n't", "never", French "ne … pas/jamais/plus/
// rien" (with "ne", so "plus de 100" is not a negation), "sans", "non"; verbs that negate what follows ("unable
// to", "refused to", "denied taking"). The scope is the keys of the next content words of the same clause.
// Not negations: "No. 1", "not only", "ne … que" (only), "no doubt", a withheld confirmation ("has not confirmed").
import { memoize } from '../memo';
import type { LanguageResources } from '../language/resources';
import { isStopword, type SentenceContext } from './context';
import type { Negation } from './types';

const CLAUSE_END = /[,;:.!?()«»“”"]|\s(but|mais|although|bien que|while|whereas|alors que)\s/;
const SCOPE_WORDS = 3;

const negativeStems = memoize((_code: string) => new Set<string>());

function isNegativeVerb(res: LanguageResources, lemma: string, stem: string): boolean {
  const stems = negativeStems(res.code);
  if (!stems.size) for (const w of res.negativeVerbs) stems.add(res.stem(w));
  return res.negativeVerbs.has(lemma) || stems.has(stem);
}

function isDenial(res: LanguageResources, lemma: string, stem: string): boolean {
  return res.denials.has(lemma) || [...res.denials].some((d) => res.stem(d) === stem);
}

/** English denial verbs whose first sense is to refuse or discard a thing; "deny", "refute", "dispute" deny a claim. */
const REFUSING = new Set(['reject', 'dismiss']);

/**
 * An English "reject" or "dismiss" with no claim after it refuses or drops a thing ("dismissed many cases",
 * "reject any birth certificates", "rejected the proposal"): a refusal, not a denial of what the other report states.
 * A claim follows when a that-clause, a gerund ("rejected paying"), a quotation or the end of the clause comes next,
 * or a word for a claim or a story ("rejected the allegations", "dismissed the reports") within six words.
 */
function refusal(ctx: SentenceContext, i: number): boolean {
  const { tokens, text, res } = ctx;
  if (res.code !== 'en' || !REFUSING.has(tokens[i]!.lemma)) return false;
  const next = tokens[i + 1];
  if (!next || /[:"“«.;,]/.test(text.slice(tokens[i]!.end, next.start))) return false;
  if (next.folded === 'that' || /\p{L}{3}ing$/u.test(next.folded)) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]!;
    if (k > i + 1 && /[,.;:]/.test(text.slice(tokens[k - 1]!.end, t.start))) break;
    if (res.storyWords.has(t.folded)) return false;
  }
  return true;
}

/** Relative pronouns: "who has not been identified", "whose age wasn't given". */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);
/** Auxiliaries between a relative pronoun and its negation. */
const AUXILIARIES = new Set('has have had is are was were do does did will would can be been'.split(' '));
/** Modals of possibility and obligation: "may not be", "should not be taken as", "must not build". */
const MODALS = new Set(['may', 'might', 'should', 'must', 'ought']);
/** Adverbs that may stand between a modal and its negation ("may not technically", "should also not"). */
const BETWEEN = new Set(['likely', 'probably', 'also', 'still', 'perhaps', 'possibly']);

/**
 * An English negation at token `i` that asserts nothing of the story's facts: in an imperative ("Don't use it"),
 * in a restrictive relative clause (a
 * relative pronoun, no comma before it, then at most an auxiliary, or a noun and an auxiliary after "whose": "a man
 * who has not been identified", "the nun, whose age wasn't given" does not count), in a condition ("if" or "unless"
 * earlier in its clause: "if the US did not meet their demands"; not "if anything"), or right after a modal of
 * possibility or obligation ("may not be"; "could not reach" states a fact).
 */
function inSubordinate(ctx: SentenceContext, i: number): boolean {
  const { tokens, text } = ctx;
  const gap = (k: number) => text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(tokens[k]!.folded)) k--;
  if (k >= 0 && MODALS.has(tokens[k]!.folded)) return true;
  // A restrictive relative clause: "who [aux] not", "whose <noun> <aux> not".
  const relativeAt = (r: number) => r >= 0 && RELATIVES.has(tokens[r]!.folded) && (r === 0 || !/,/.test(gap(r)));
  if (relativeAt(i - 1) || (relativeAt(i - 2) && AUXILIARIES.has(tokens[i - 1]!.folded))) return true;
  if (i >= 3 && tokens[i - 3]!.folded === 'whose' && relativeAt(i - 3) && AUXILIARIES.has(tokens[i - 1]!.folded))
    return true;
  // An imperative: "Don't use that power", "Just do not believe it" (an instruction, not a statement of fact).
  if (tokens[i - 1]?.folded === 'do' && (tokens[i]!.folded === "n't" || tokens[i]!.folded === 'not')) {
    let j = i - 2;
    while (j >= 0 && IMPERATIVE_LEAD.has(tokens[j]!.folded) && !CLAUSE_END.test(gap(j + 1))) j--;
    // At the start of the sentence, or after a colon, a semicolon or an opening quotation mark: ", and do not
    // plan to return" leaves its subject out, it gives no order.
    if (j < 0 || /[:;«“"]\s*$/.test(gap(j + 1))) return true;
  }
  // A condition earlier in the clause.
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (CLAUSE_END.test(gap(j + 1)) || CONJUNCTIONS.has(tokens[j]!.folded)) return false;
    const f = tokens[j]!.folded;
    if ((f === 'if' && tokens[j + 1]?.folded !== 'anything') || f === 'unless') return true;
  }
  return false;
}

/** Words that may come before an imperative's "do not" in its clause. */
const IMPERATIVE_LEAD = new Set(['just', 'please', 'simply']);

const EN_DETERMINERS = new Set('the a an any such these those his her its their our my your'.split(' '));

const CONJUNCTIONS = new Set(['but', 'mais', 'although', 'though', 'whereas', 'while', 'tandis', 'alors', 'cependant']);
/** A cause opens a clause of its own: "ne sont plus acceptés car la pollution…", "did not go because the road…". */
const CAUSES: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['because']),
  fr: new Set(['car', 'parce', 'puisque']),
};

/** French determiners: after one comes a noun ("le car scolaire", "les personnes non vaccinées"). */
const DETERMINERS_FR = new Set(
  'le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs notre votre mon ma'.split(' '),
);
/** Words after which French "car" is the noun (a coach: "pas de car", "par car"), not "because". */
const BEFORE_NOUN_FR = new Set([...DETERMINERS_FR, ...'en par pour sans avec dans sur'.split(' ')]);

/** Token `k` opens a clause of cause. */
function isCause(ctx: SentenceContext, k: number): boolean {
  const f = ctx.tokens[k]!.folded;
  if (!CAUSES[ctx.res.code]?.has(f)) return false;
  return f !== 'car' || !BEFORE_NOUN_FR.has(ctx.tokens[k - 1]?.folded ?? '');
}

/**
 * Keys of the next content words after token `from`, within the clause, one list per word, and the token of the
 * first. Before an embedded question ("did not say whether he was killed", "n'a pas précisé quels villages") the
 * scope is empty: the answer is withheld, nothing is denied, but the sentence still counts as negative.
 */
function scopeAfter(
  ctx: SentenceContext,
  from: number,
  alsoFrom?: number,
): { scope: string[][]; first: number; withheld?: boolean } {
  const scope: string[][] = [];
  let first = -1;
  const start = alsoFrom ?? from + 1;
  let quoteEnd = -1;
  for (let k = start; k < ctx.tokens.length && scope.length < SCOPE_WORDS; k++) {
    const gap = k > start ? ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start) : '';
    if (k === quoteEnd && CLOSING_ONLY.test(gap)) quoteEnd = -1;
    else if (k > start && OPENING_ONLY.test(gap) && (quoteEnd = shortQuoteEnd(ctx, k)) > 0) {
      // A word or two in quotation marks is a term of the clause ("n'est ni inédite ni une « fusion »").
    } else if (k > start && CLAUSE_END.test(gap)) break;
    if (CONJUNCTIONS.has(ctx.tokens[k]!.folded) || (k > start && isCause(ctx, k))) break;
    if (k !== from && isQuestionWord(ctx, k)) return { scope: [], first: -1, withheld: true };
    if (k === from) continue;
    const keys = ctx.keys[k]!;
    if (!keys.size || isStopword(ctx, k)) continue;
    if (first < 0) first = k;
    scope.push([...keys.keys()].filter((key) => !key.startsWith('unit:')));
  }
  return { scope, first };
}

const OPENING_ONLY = /^\s*[«“"]\s*$/;
const CLOSING_ONLY = /^\s*[»”"]\s*$/;

/** The token after a quotation that opens before token `k` and closes within three words, or -1. */
function shortQuoteEnd(ctx: SentenceContext, k: number): number {
  for (let j = k + 1; j < Math.min(ctx.tokens.length, k + 4); j++) {
    const gap = ctx.text.slice(ctx.tokens[j - 1]!.end, ctx.tokens[j]!.start);
    if (CLOSING_ONLY.test(gap)) return j;
    if (/\S/.test(gap)) return -1;
  }
  return -1;
}

/** "whether", "which", "quels", "où" (checked before folding: "ou" is "or"). */
function isQuestionWord(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return ctx.res.questionWords.has(t.text.toLowerCase()) || ctx.res.questionWords.has(t.folded);
}

/** Cues that negate the verb right after them: "did not visit", "won't shutter", "never paid". */
const VERB_NEGATORS = new Set(['not', "n't", 'never', 'cannot']);

function isFigureNext(ctx: SentenceContext, i: number): boolean {
  for (let k = i + 1; k < Math.min(ctx.tokens.length, i + 4); k++) {
    const t = ctx.tokens[k]!;
    if (t.isNumber || ctx.res.numberWords.has(t.folded)) return true;
    if (!/^[$€£]$/.test(t.text) && !ctx.res.approximations.has(t.folded)) return false;
  }
  return false;
}

function isNotNegation(ctx: SentenceContext, i: number): boolean {
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    const m = ctx.res.notNegation.match(ctx.words, from);
    if (m && from + m.words.length > i) return true;
  }
  const t = ctx.tokens[i]!;
  // "No. 1", "No 3": a rank, not a negation.
  if (t.folded === 'no' && /^\.?\s*\d/.test(ctx.text.slice(t.end, t.end + 3))) return true;
  return false;
}

/**
 * A negated confirmation ("has not yet confirmed", "n'a pas confirmé") withholds judgement: a hedge (the
 * attribution stage marks it), not a denial of what follows. Asked only of a negation found at token `i`.
 */
function inHedge(ctx: SentenceContext, i: number): boolean {
  for (let from = Math.max(0, i - 3); from <= i; from++) {
    const m = ctx.res.hedged.match(ctx.words, from);
    if (m && from + m.words.length > i) return true;
  }
  return false;
}

/**
 * A French negation in a restrictive relative clause: "qui" right before "ne", no comma before "qui" ("les
 * travailleurs qui ne font pas l'objet de la procédure" picks out the workers; ", qui n'a pas été identifié" states a
 * fact), not after a name, not in a cleft sentence ("c'est la Russie qui n'a pas…"). As in English, such a negation
 * asserts nothing the other report denies.
 */
function restrictiveFr(ctx: SentenceContext, i: number): boolean {
  const { tokens, text } = ctx;
  const r = i - 1;
  if (r < 1 || tokens[r]!.folded !== 'qui') return false;
  if (/,/.test(text.slice(tokens[r - 1]!.end, tokens[r]!.start))) return false;
  // After a name it picks out no one ("Le président Macron qui ne s'est pas rendu…" states a fact).
  if (tokens[r - 1]!.capitalised) return false;
  // A cleft sentence states what follows "qui": "c'est la Russie qui n'a pas respecté le cessez-le-feu".
  for (let k = r - 1; k >= Math.max(0, r - 6); k--) {
    if (/[,;:.]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    if (
      (tokens[k]!.folded === 'c' || tokens[k]!.folded === 'ce') &&
      /^(est|sont|etait|etaient|fut)$/.test(tokens[k + 1]?.folded ?? '')
    )
      return false;
  }
  return true;
}

function frenchNegation(ctx: SentenceContext, i: number): Negation | null {
  const { tokens, res } = ctx;
  const f = tokens[i]!.folded;
  if (f === 'ne' || f === 'n') {
    // "ne … pas/jamais/plus/rien/aucun/personne/guère/nullement", the verb usually in between.
    for (let k = i + 1; k < Math.min(tokens.length, i + 5); k++) {
      const w = tokens[k]!.folded;
      if (w === 'que' || w === 'qu') return null;
      if (res.negations.has(w) && w !== 'ne' && w !== 'n') {
        // "n'est pas seulement", "n'est pas le seul": the phrase starts at the second word of the negation.
        if (isNotNegation(ctx, k)) return null;
        const after = scopeAfter(ctx, k, i + 1);
        // The verb stands between "ne" and "pas", or right after "pas" in a compound tense ("n'a pas payé").
        const verb = after.first > i && (after.first < k || after.first === k + 1);
        return {
          span: [tokens[i]!.start, tokens[k]!.end],
          cue: ctx.text.slice(tokens[i]!.start, tokens[k]!.end),
          kind: 'not',
          scope: after.scope,
          ...(verb ? { verb } : {}),
          ...(restrictiveFr(ctx, i) ? { subordinate: true } : {}),
        };
      }
    }
    return null;
  }
  // "par des équipements lourds, pas par des bombes", "et pas seulement": "pas" without "ne" after a comma or a
  // conjunction negates what follows it (written French drops "ne" in such contrasts).
  if (f === 'pas' && ellipticPas(ctx, i)) {
    if (isNotNegation(ctx, i)) return null;
    const after = scopeAfter(ctx, i);
    return { span: [tokens[i]!.start, tokens[i]!.end], cue: tokens[i]!.text, kind: 'not', scope: after.scope };
  }
  // "non-vaccinées", "non-alignés": a word of its own, not a negation of the sentence.
  if (f === 'non' && /^[-‑]/.test(ctx.text.slice(tokens[i]!.end, tokens[i]!.end + 1))) return null;
  // … and so is "non" between a noun and the word it qualifies, spelled without its hyphen ("les personnes non
  // vaccinées"). After a conjunction, a comma or a verb it negates ("et non pas", "jugés non liés").
  if (f === 'non' && isPrefix(ctx, i)) return null;
  if (f === 'sans' || f === 'non' || f === 'aucun' || f === 'aucune') {
    const before = tokens.slice(Math.max(0, i - 4), i).some((t) => t.folded === 'ne' || t.folded === 'n');
    if (before) return null; // already counted at "ne"
    const after = scopeAfter(ctx, i);
    return { span: [tokens[i]!.start, tokens[i]!.end], cue: tokens[i]!.text, kind: 'not', scope: after.scope };
  }
  return null;
}

/** After a bare "pas", words that make it an approximation of a figure ("pas moins de", "pas plus de", "pas loin de"). */
const APPROXIMATING = new Set(['moins', 'plus', 'loin']);

/** "pas" opening a contrast of its own: after a comma, "et" or "mais", with no "ne" before it in the clause. */
function ellipticPas(ctx: SentenceContext, i: number): boolean {
  const { tokens, text } = ctx;
  if (i === 0) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (!/,/.test(text.slice(prev.end, tokens[i]!.start)) && !['et', 'mais'].includes(prev.folded)) return false;
  // "ou pas" is "or not" ("Qu'il pleuve ou pas, …"); nothing after it in its clause, it negates nothing.
  if (!next || /[,;:.!?()]/.test(text.slice(tokens[i]!.end, next.start))) return false;
  // "pas moins de 300", "pas loin de 300": a figure's approximation, not a negation.
  if (APPROXIMATING.has(next.folded) || next.isNumber) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (tokens[k]!.folded === 'ne' || tokens[k]!.folded === 'n') return false;
    if (k < i - 1 && /[,;:.]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
  }
  return true;
}

/** "non" written apart from the word it makes negative: a content word on each side, nothing between them. */
function isPrefix(ctx: SentenceContext, i: number): boolean {
  const { tokens, text } = ctx;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || !/^\p{L}/u.test(after.text)) return false;
  if (!/^\s+$/.test(text.slice(before.end, tokens[i]!.start)) || !/^\s+$/.test(text.slice(tokens[i]!.end, after.start)))
    return false;
  if (isStopword(ctx, i - 1) || isStopword(ctx, i + 1) || ctx.res.negations.has(after.folded)) return false;
  // The word before it is a noun: a determiner just before it, or before it and one adjective ("les personnes non
  // vaccinées", "des zones rurales non desservies"). After a verb or a participle "non" negates the attribute
  // ("jugés non liés", "reconnu non coupable").
  const determiner = (k: number) => k >= 0 && DETERMINERS_FR.has(tokens[k]!.folded);
  return determiner(i - 2) || (determiner(i - 3) && !isStopword(ctx, i - 2));
}

/** A capitalised word between two capitalised words, inside the sentence: part of a name ("Reporters Without Borders"). */
function inName(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  if (ctx.shouted || i === 0 || !tokens[i]!.capitalised) return false;
  if (!tokens[i - 1]!.capitalised || !tokens[i + 1]?.capitalised) return false;
  // In a Title Case headline every word has its capital: there it says nothing ("Apple Will Not Release…").
  return !tokens.every((t) => t.capitalised || t.isNumber || t.text.length < 4);
}

export function findNegations(ctx: SentenceContext): void {
  const { tokens, res, words } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isNotNegation(ctx, i) || inName(ctx, i)) continue;
    if (res.code === 'fr') {
      const n = frenchNegation(ctx, i);
      if (n) {
        if (!inHedge(ctx, i)) ctx.negations.push(n);
        continue;
      }
    } else {
      const m = res.negations.match(words, i);
      if (m) {
        const to = i + m.words.length - 1;
        // "not $46 million but $11 million": a denied figure is the quantities' business.
        if (isFigureNext(ctx, to) || inHedge(ctx, i)) {
          i = to;
          continue;
        }
        const after = scopeAfter(ctx, to);
        const verb = VERB_NEGATORS.has(tokens[to]!.folded) && after.first === to + 1;
        const subordinate = res.code === 'en' && inSubordinate(ctx, i);
        ctx.negations.push({
          span: [t.start, tokens[to]!.end],
          cue: ctx.text.slice(t.start, tokens[to]!.end),
          kind: 'not',
          scope: after.scope,
          ...(verb ? { verb } : {}),
          ...(subordinate ? { subordinate } : {}),
        });
        i = to;
        continue;
      }
    }
    // After an article or possessive it is a noun: "such scraps go ignored", "the ban on the name".
    const noun = res.code === 'en' && i > 0 && EN_DETERMINERS.has(tokens[i - 1]!.folded);
    // A negation word is no verb ("ni" is not a form of "nier").
    const cueWord = res.negations.has(t.folded);
    if (!ctx.phraseStart[i] && !ctx.inPhrase[i] && !noun && !cueWord && isNegativeVerb(res, t.lemma, t.stem)) {
      // "Declining revenue" is no refusal; "declined to comment" withholds (a hedge), it denies nothing.
      if (
        res.negativeBeforeInfinitive.has(t.lemma) &&
        (tokens[i + 1]?.folded !== 'to' ||
          !tokens[i + 2] ||
          tokens[i + 2]!.isNumber ||
          !/^\p{L}/u.test(tokens[i + 2]!.text))
      )
        continue;
      if (inHedge(ctx, i)) continue;
      const after = scopeAfter(ctx, i);
      if (after.scope.length || after.withheld) {
        // "refused to pay", "denied taking": the verb right after it (and its "to").
        const verb = after.first === i + 1 || (tokens[i + 1]?.folded === 'to' && after.first === i + 2);
        ctx.negations.push({
          span: [t.start, t.end],
          cue: t.text,
          kind: isDenial(res, t.lemma, t.stem) ? 'denial' : 'verb',
          scope: after.scope,
          ...(verb ? { verb } : {}),
          ...(refusal(ctx, i) ? { refusal: true } : {}),
        });
      }
    }
  }
}
