// The comparison engine. Two halves, so work is done once: per-article analysis (analysis/: sentences, tokens,
// entities, labels, concepts, quantities, dates, polarity, attribution, actions, disputes), cacheable as plain
// data, and per-pair work (pair/: weighing, candidate pairs, the link model, matching, judging, the document
// stance). Pure and deterministic: the same texts give the same Comparison.
import { analyseArticle, MAX_TEXT_CHARS, TextTooLargeError } from './analysis/analyse';
import type { ArticleAnalysis } from './analysis/types';
import { resourcesFor } from './language/resources';
import { EMPTY_LEXICON, type UserLexicon } from './language/user-lexicon';
import { comparePair } from './pair/compare';
import { judgeSentences, verdictOf } from './pair/judge';
import { LINK_MODEL } from './pair/link-model';
import { splitClaims } from './sentences';
import type { Claim, CompareOptions, Comparison, Link } from './types';
import { wordDiff } from './worddiff';

export { ENGINE_VERSION } from './version';
export { analyseArticle, MAX_TEXT_CHARS, TextTooLargeError };

export function compareTexts(leftText: string, rightText: string, options: CompareOptions = {}): Comparison {
  const lexicon = options.lexicon ?? EMPTY_LEXICON;
  const left = analyseArticle(leftText, {
    name: 'The left text',
    lexicon,
    ...(options.leftLanguage ? { language: options.leftLanguage } : {}),
    ...(options.leftDate ? { date: options.leftDate } : {}),
  });
  const right = analyseArticle(rightText, {
    name: 'The right text',
    lexicon,
    ...(options.rightLanguage ? { language: options.rightLanguage } : {}),
    ...(options.rightDate ? { date: options.rightDate } : {}),
  });
  return comparePair({ analysis: left, text: leftText }, { analysis: right, text: rightText });
}

/** Compares two articles already analysed (the analyses may come from a cache). */
export function compareAnalysed(
  left: { analysis: ArticleAnalysis; text: string },
  right: { analysis: ArticleAnalysis; text: string },
): Comparison {
  return comparePair(left, right);
}

/**
 * Judges one pair of claims the engine did not link (a researcher's own link): the same reasons and word diff as
 * an engine link, with spans into the full texts (the claims carry their offsets).
 */
export function judgeClaimPair(
  leftClaim: Claim,
  rightClaim: Claim,
  leftLanguage: string,
  rightLanguage: string,
  lexicon: UserLexicon = EMPTY_LEXICON,
): Pick<Link, 'verdict' | 'score' | 'strength' | 'reasons' | 'diff'> {
  const side = (claim: Claim, language: string) => {
    // The claim is analysed where it stands: padded so offsets stay those of the full text.
    const padded = ' '.repeat(claim.start) + claim.text;
    const analysis = analyseArticle(padded, { language, lexicon });
    const sentence = analysis.sentences.find((s) => s.end > claim.start) ?? analysis.sentences[0];
    return { analysis, sentence, text: padded, language: analysis.language };
  };
  const a = side(leftClaim, leftLanguage);
  const b = side(rightClaim, rightLanguage);
  const reasons =
    a.sentence && b.sentence
      ? judgeSentences(
          { text: a.text, language: a.language, sentence: mergeSentences(a.analysis), rename: (k) => k },
          { text: b.text, language: b.language, sentence: mergeSentences(b.analysis), rename: (k) => k },
        )
      : [];
  return {
    verdict: verdictOf(reasons),
    score: 1,
    strength: 'linked',
    reasons,
    diff: wordDiff(leftClaim.text, rightClaim.text, leftLanguage, rightLanguage),
  };
}

/** A claim the tokenizer splits into several sentences is judged as one. */
function mergeSentences(a: ArticleAnalysis) {
  const [first, ...rest] = a.sentences;
  if (!first || !rest.length) return first!;
  const all = a.sentences;
  const flat = <T>(pick: (s: (typeof all)[number]) => readonly T[]) => all.flatMap(pick);
  return {
    ...first,
    end: all[all.length - 1]!.end,
    keys: Object.assign({}, ...all.map((s) => s.keys)) as Record<string, number>,
    keySpans: Object.assign({}, ...[...all].reverse().map((s) => s.keySpans)) as Record<
      string,
      readonly [number, number]
    >,
    words: flat((s) => s.words),
    entities: flat((s) => s.entities),
    quantities: flat((s) => s.quantities),
    dates: flat((s) => s.dates),
    negations: flat((s) => s.negations),
    hedges: flat((s) => s.hedges),
    sources: flat((s) => s.sources),
    labels: flat((s) => s.labels),
    actions: flat((s) => s.actions),
  };
}

/** Claims of a text as the engine splits it, for callers that only need the sentences. */
export function claimsOfText(text: string): readonly { start: number; end: number }[] {
  return splitClaims(text);
}

export { LINK_MODEL, resourcesFor };
export type { ArticleAnalysis, UserLexicon };
export type { Claim, Comparison, DocumentStance, Link, LinkStrength, Reason, Verdict } from './types';
