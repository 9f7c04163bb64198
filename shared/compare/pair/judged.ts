// One side of a sentence pair as the judge reads it, and what every rule of the judge uses: the text a span
// names, a reason pointing at both sides, a sentence's keys as that side writes them.
import type { SentenceAnalysis } from '../analysis/types';
import type { Reason, ReasonKind, Span } from '../types';
import { noted, type NoteCode } from '../notes';
import { keyList } from './vocabulary';

export interface JudgedSide {
  readonly text: string;
  readonly language: string;
  readonly sentence: SentenceAnalysis;
  /** How keys of this side are written in the comparison (the right side's names are renamed to the left's). */
  readonly rename: (key: string) => string;
  /**
   * Keys of the whole report this sentence comes from, as this side writes them, made when first asked for; absent
   * when the side is a single claim ("Check a claim", a researcher's link) or the pair is not English, and the
   * sentence's own keys then stand for it.
   */
  readonly report?: () => ReadonlySet<string>;
  /** The other sentences of this side in the same link (a claim split over sentences). */
  readonly peers?: readonly SentenceAnalysis[];
}

export const slice = (s: JudgedSide, span: Span | null) => (span ? s.text.slice(span[0], span[1]) : '');

export function reason(
  kind: ReasonKind,
  a: JudgedSide,
  b: JudgedSide,
  as: Span | null,
  bs: Span | null,
  code: NoteCode,
  params: Readonly<Record<string, string>> = {},
): Reason {
  return { kind, left: slice(a, as), right: slice(b, bs), ...noted(code, params), leftSpan: as, rightSpan: bs };
}

export const keysOf = (s: JudgedSide, keys: readonly string[]) => new Set(keys.map(s.rename));
export function meets(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const k of x) if (y.has(k)) return true;
  return false;
}
// A sentence's keys as one side writes them, made once per sentence and renaming (a link is judged by several
// rules, each of which reads them).
const SENTENCE_KEYS = new WeakMap<SentenceAnalysis, { rename: JudgedSide['rename']; keys: ReadonlySet<string> }>();
export function sentenceKeys(s: JudgedSide): ReadonlySet<string> {
  const known = SENTENCE_KEYS.get(s.sentence);
  if (known && known.rename === s.rename) return known.keys;
  const keys = keysOf(s, keyList(s.sentence));
  SENTENCE_KEYS.set(s.sentence, { rename: s.rename, keys });
  return keys;
}

/** Keys of the report a side comes from (the sentence's own when the side is a single claim). */
export const reportKeys = (s: JudgedSide): ReadonlySet<string> => s.report?.() ?? sentenceKeys(s);

/** A word's key, not a sense or a concept group it shares ("s:…", "g:…"). */
export const WORD_KEY = /^[a-z]{2}:/;

/** Reasons that need the two sentences to be about one statement (a quotation, a place). */
export const STRONG = 0.6;
/** And surely so (its source). */
export const SURE = 0.75;

/**
 * Both sentences are English. The rules of engine 2.4.0 that read a link's other sentences, the whole reports or a
 * negative hedge came from a precision audit of English conflicts only; French and cross-language pairs keep the
 * earlier judgement until French evidence says otherwise (docs/EVALUATION.md).
 */
export const englishPair = (a: JudgedSide, b: JudgedSide) => a.language === 'en' && b.language === 'en';
