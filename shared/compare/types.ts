// The comparison engine's result types. Offsets are UTF-16 code units into the text exactly as given.
import type { UserLexicon } from './language/user-lexicon';
import type { NoteCode } from './notes';

export type Verdict = 'agree' | 'conflict' | 'framing';
export const VERDICTS: readonly Verdict[] = ['agree', 'conflict', 'framing'];

export const REASON_KINDS = [
  'number',
  'date',
  'negation',
  'attribution',
  'actor',
  'place',
  'quote',
  'hedge',
  'label',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** Reasons of these kinds show incompatible facts; the others show framing. */
export const CONFLICT_KINDS: ReadonlySet<ReasonKind> = new Set([
  'number',
  'date',
  'negation',
  'attribution',
  'actor',
  'place',
]);

export type Span = readonly [start: number, end: number];

export interface Reason {
  readonly kind: ReasonKind;
  /** The words on the left that show it ('' when the left side lacks what the right has). */
  readonly left: string;
  readonly right: string;
  /** What the reason says, in English (`reasonNote` writes it in the reader's language from `code` and `params`). */
  readonly note: string;
  /** Which note this is, and the words it names (absent from a reason saved before notes had codes). */
  readonly code?: NoteCode;
  readonly params?: Readonly<Record<string, string>>;
  readonly leftSpan: Span | null;
  readonly rightSpan: Span | null;
}

export interface Claim {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Who is quoted, when the claim is (part of) a quotation. */
  readonly speaker?: string;
  readonly quoted?: boolean;
}

export interface DiffPart {
  readonly op: 'equal' | 'removed' | 'added';
  readonly text: string;
}

/** "linked": the engine is confident both claims report the same fact; "possible": possibly related, to check. */
export type LinkStrength = 'linked' | 'possible';

export interface Link {
  readonly left: readonly string[];
  readonly right: readonly string[];
  /** Computed suggestion; a "possible" link is never shown as agreement. */
  readonly verdict: Verdict;
  /** Calibrated confidence that the claims report the same fact, 0..1 (fitted on the report-pair dev split). */
  readonly score: number;
  readonly strength: LinkStrength;
  readonly reasons: readonly Reason[];
  readonly diff: readonly DiffPart[];
}

export interface Side {
  readonly language: string;
  readonly claims: readonly Claim[];
}

/** One report calls the other's story false as a whole ("this is a hoax"), in the sentence `claim`. */
export interface DocumentStance {
  readonly side: 'left' | 'right';
  readonly claim: string;
  readonly text: string;
  readonly cue: string;
  readonly cueSpan: Span;
}

export type CountKey = Verdict | 'possible' | 'onlyLeft' | 'onlyRight';

export interface Comparison {
  readonly engineVersion: string;
  readonly left: Side;
  readonly right: Side;
  readonly links: readonly Link[];
  readonly onlyLeft: readonly string[];
  readonly onlyRight: readonly string[];
  /** Verdict counts are of "linked" links only; "possible" counts the possibly related ones. */
  readonly counts: Readonly<Record<CountKey, number>>;
  readonly documentStance: DocumentStance | null;
  /** What the reader should know about this comparison ("the left text's language is not supported"). */
  readonly notes: readonly string[];
}

export interface CompareOptions {
  readonly leftLanguage?: string;
  readonly rightLanguage?: string;
  /** Publication dates (ISO), to resolve weekdays and relative dates. */
  readonly leftDate?: string;
  readonly rightDate?: string;
  readonly lexicon?: UserLexicon;
}
