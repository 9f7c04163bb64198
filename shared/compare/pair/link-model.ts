// The probability that two sentences report the same fact: a logistic model over a few overlap signals (shared
// words, names, figures, a denial bearing on the other sentence, position in the texts). Its weights and the two
// thresholds (linked; possibly related) are fitted on the report-pair dev split by `npm run eval:pairs -- --fit`
// and stored in data/link-model.json. A probability is what the UI calls the link's confidence.
import modelData from '../data/link-model.json';
import type { Negation, SentenceAnalysis } from '../analysis/types';
import type { Overlap, Profile } from './similarity';

export interface LinkModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** At or above: linked. */
  readonly linked: number;
  /** At or above (and below `linked`): shown as possibly related, never as agreement. */
  readonly possible: number;
  readonly fittedOn?: string;
}

export const LINK_MODEL = modelData as LinkModel;

/**
 * A negation or denial in one sentence that bears on what the other says: the negated words themselves (not only
 * a sense they share) are in the other sentence ("Apple won't shutter the service" / "Apple plans to discontinue
 * Beats": shutter and discontinue are one synonym group).
 */
export function refutes(a: SentenceAnalysis, b: Profile, rename: (k: string) => string = (k) => k): boolean {
  return a.negations.some((n) => saidWords(n, b.keys, rename).length > 0);
}

/** The words a negation negates that the other sentence says too (by their own keys, not a sense they share). */
export function saidWords(
  n: Negation,
  other: { has(key: string): boolean },
  rename: (k: string) => string,
): (readonly string[])[] {
  return n.scope.filter((word) => word.some((k) => !k.startsWith('s:') && other.has(rename(k))));
}

export function linkFeatures(
  o: Overlap,
  a: Profile,
  b: Profile,
  position: number,
  crossLanguage: boolean,
  mutualBest: boolean,
): number[] {
  const names = o.shared.filter((k) => k.startsWith('E:') || k.startsWith('P:') || k.startsWith('U:')).length;
  const numbers = o.shared.filter((k) => k.startsWith('N:')).length;
  const refutation = refutes(a.sentence, b) || refutes(b.sentence, a) ? 1 : 0;
  return [
    o.dice,
    o.cover,
    Math.min(names, 3) / 3,
    Math.min(numbers, 2) / 2,
    refutation,
    position,
    Math.min(o.matchedWords, 6) / 6,
    crossLanguage ? 1 : 0,
    Math.min(o.maxShared, 2) / 2,
    Math.min(a.sentence.words.length, b.sentence.words.length) < 5 ? 1 : 0,
    o.plain,
    mutualBest ? 1 : 0,
  ];
}

export function linkProbability(x: readonly number[], model: LinkModel = LINK_MODEL): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
