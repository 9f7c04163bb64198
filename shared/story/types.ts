// What the story view shows: the facts that three to eight reports share, grouped from the engine's pairwise
// links, each with its verdict across outlets, and what only one outlet reports. Plain data, like a Comparison.
import type { Reason, ReasonKind, Verdict } from '../compare/types';

/** A claim of one article, numbered in text order (C1, C2, …) the same way in every pair it is compared in. */
export interface StoryClaim {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A pairwise link as the grouping reads it: a comparison's link with corrections applied. */
export interface PairLink {
  readonly left: readonly string[];
  readonly right: readonly string[];
  readonly verdict: Verdict;
  readonly score: number;
  readonly strength: 'linked' | 'possible';
  readonly reasons: readonly Reason[];
  readonly edited?: boolean;
  readonly note?: string;
}

/** The comparison of two articles of the story: `leftId` is the comparison's left report. */
export interface StoryPair {
  readonly leftId: number;
  readonly rightId: number;
  readonly links: readonly PairLink[];
}

/** One outlet's words for a fact: its claims, and how they stand against the other outlets'. */
export interface FactCell {
  readonly articleId: number;
  readonly claimIds: readonly string[];
  readonly mark: Verdict;
}

/** A pairwise link inside a fact, between the claims of two of its cells. */
export interface FactLink {
  readonly leftId: number;
  readonly rightId: number;
  readonly leftClaims: readonly string[];
  readonly rightClaims: readonly string[];
  readonly verdict: Verdict;
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly edited: boolean;
  readonly note?: string;
}

/** What a reason of a fact turns on in one article: its words. */
export interface FactSide {
  readonly articleId: number;
  readonly words: string;
}

/**
 * Why a fact is a conflict or framed differently, across outlets: of one kind, which outlets stand against which
 * (`sides`), and the engine's notes. `corrected` is a verdict the researcher gave without a reason of its kind.
 */
export interface FactReason {
  readonly kind: ReasonKind | 'corrected';
  readonly conflict: boolean;
  readonly sides: readonly [readonly FactSide[], readonly FactSide[]];
  /** The engine's notes (each once), or the researcher's note for a corrected verdict; `reasonNote` words them. */
  readonly notes: readonly FactNote[];
}

/** A note of a fact's reason: the engine's, with its code, or the researcher's own words (no code). */
export type FactNote = Pick<Reason, 'note' | 'code' | 'params'>;

export interface StoryFact {
  /** F1, F2, … in the order of first report, then of the first reporting text. */
  readonly id: string;
  readonly verdict: Verdict;
  readonly cells: readonly FactCell[];
  readonly links: readonly FactLink[];
  readonly reasons: readonly FactReason[];
}

export interface StoryGrouping {
  readonly facts: readonly StoryFact[];
  /** Per article id, the claims no other outlet reports (in text order). */
  readonly exclusive: Readonly<Record<string, readonly string[]>>;
}

export type { Reason, ReasonKind, Verdict };
