// The comparison engine's result types. Offsets are UTF-16 code units into the text exactly as given.

export type Verdict = 'agree' | 'conflict' | 'framing';
export const VERDICTS: readonly Verdict[] = ['agree', 'conflict', 'framing'];

export type ReasonKind =
  'number' | 'date' | 'negation' | 'attribution' | 'actor' | 'place' | 'quote' | 'hedge' | 'label';

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
  readonly note: string;
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

export interface Link {
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly verdict: Verdict;
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly diff: readonly DiffPart[];
}

export interface Side {
  readonly language: string;
  readonly claims: readonly Claim[];
}

export interface Comparison {
  readonly engineVersion: string;
  readonly left: Side;
  readonly right: Side;
  readonly links: readonly Link[];
  readonly onlyLeft: readonly string[];
  readonly onlyRight: readonly string[];
  readonly counts: Readonly<Record<Verdict | 'onlyLeft' | 'onlyRight', number>>;
}

export interface CompareOptions {
  readonly leftLanguage?: string;
  readonly rightLanguage?: string;
}
