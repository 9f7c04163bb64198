// How often a conflict the engine finds is real, by the kind of evidence it rests on, as measured: between English
// reports on a blind-labelled sample of report pairs nobody chose for their conflicts; in French (and across French
// and English, for want of natural pairs) on the held-out half of DACCORD. The figures are in
// data/reliability.json, written by `npx tsx test/eval/reliability.ts --write` for the engine version they name:
// a conflict is a computed suggestion, and the researcher sees how often suggestions of its kind were right.
import measured from './data/reliability.json';
import type { NoteCode } from './notes';
import type { Reason } from './types';
import { ENGINE_VERSION } from './version';

/** What a conflict rests on, from the strongest evidence down (a link with several takes the first). */
export const EVIDENCE = ['calledFalse', 'denial', 'figure', 'negation', 'who'] as const;
export type ConflictEvidence = (typeof EVIDENCE)[number];

const BY_CODE: Partial<Record<NoteCode, ConflictEvidence>> = {
  storyFalse: 'calledFalse',
  storyRetold: 'calledFalse',
  denies: 'denial',
  eachDenies: 'denial',
  figures: 'figure',
  ages: 'figure',
  dates: 'figure',
  months: 'figure',
  weekdays: 'figure',
  weekdayOfDate: 'figure',
  deadlines: 'figure',
  negates: 'negation',
  opposite: 'negation',
  doers: 'who',
  person: 'who',
  sources: 'who',
  speakers: 'who',
  places: 'who',
};

/** A reason saved before reasons had codes is classed by its kind. */
const BY_KIND: Partial<Record<Reason['kind'], ConflictEvidence>> = {
  number: 'figure',
  date: 'figure',
  negation: 'negation',
  actor: 'who',
  attribution: 'who',
  place: 'who',
};

/** The evidence a conflict's reasons rest on, or null when none of them shows a conflict. */
export function conflictEvidence(reasons: readonly Pick<Reason, 'kind' | 'code'>[]): ConflictEvidence | null {
  const found = new Set(reasons.map((r) => (r.code ? BY_CODE[r.code] : BY_KIND[r.kind])).filter((e) => e));
  return EVIDENCE.find((e) => found.has(e)) ?? null;
}

/** Where a figure was measured: English report pairs, or French sentence pairs. */
export type Basis = 'en' | 'fr';

export interface Reliability {
  /** Of the conflicts checked, how many were real. */
  readonly real: number;
  readonly checked: number;
  readonly evidence: ConflictEvidence;
  readonly basis: Basis;
  /** One report is French and the other English: no figure was measured across the languages. */
  readonly across: boolean;
}

/** The stances "Check a claim" lists reports under ("Support it", "Contradict it", "Discuss it"). */
export const LISTED_STANCES = ['agree', 'disagree', 'discuss'] as const;
export type ListedStance = (typeof LISTED_STANCES)[number];

interface Measured {
  readonly engineVersion: string;
  readonly bases: Readonly<Record<Basis, Readonly<Record<ConflictEvidence, readonly [number, number]>>>>;
  /** Check a claim, measured on English headlines against English news bodies (FNC-1 held-out): [right, listed]. */
  readonly stances: { readonly en: Readonly<Record<ListedStance, readonly [number, number]>> };
}

export const MEASURED = measured as unknown as Measured;

/** Fewer checked than this, and a rate says nothing: the researcher is told so instead. */
export const MIN_CHECKED = 5;

/**
 * The set a comparison's conflicts were measured on: English for two English reports, French for two French ones
 * or one of each (no natural cross-language pairs exist). Null for a comparison made by another engine version
 * (the figures would describe other rules) or with a language Parallax has no word lists for.
 */
export function measuredBasis(engineVersion: string, leftLanguage: string, rightLanguage: string): Basis | null {
  if (engineVersion !== MEASURED.engineVersion || MEASURED.engineVersion !== ENGINE_VERSION) return null;
  const known = (l: string) => l === 'en' || l === 'fr';
  if (!known(leftLanguage) || !known(rightLanguage)) return null;
  return leftLanguage === 'en' && rightLanguage === 'en' ? 'en' : 'fr';
}

/** A link the engine judged a conflict and is sure of (a "possibly related" one was never measured). */
export interface JudgedLink {
  readonly verdict: string;
  readonly strength?: 'linked' | 'possible';
  readonly reasons: readonly Pick<Reason, 'kind' | 'code'>[];
}

/**
 * How often conflicts like this one were real, for a conflict link of a comparison between reports in these
 * languages, made by this engine version. Null when the link is no sure conflict, its reasons show none, or nothing
 * was measured for the comparison (`measuredBasis`).
 */
export function conflictReliability(
  link: JudgedLink,
  engineVersion: string,
  leftLanguage: string,
  rightLanguage: string,
): Reliability | null {
  if (link.verdict !== 'conflict' || link.strength === 'possible') return null;
  const basis = measuredBasis(engineVersion, leftLanguage, rightLanguage);
  const evidence = conflictEvidence(link.reasons);
  if (!basis || !evidence) return null;
  const [real, checked] = MEASURED.bases[basis][evidence];
  return { evidence, basis, real, checked, across: leftLanguage !== rightLanguage };
}

/** How often a report listed with a stance had it: measured for English claims only, by this engine version. */
export interface StanceReliability {
  readonly stance: ListedStance;
  readonly real: number;
  readonly checked: number;
}

/**
 * How often "Check a claim" was right to list a report under this stance, for a claim in this language checked by
 * this engine version; null when that was not measured (a French claim, another engine version).
 */
export function stanceReliability(
  engineVersion: string,
  claimLanguage: string,
  stance: ListedStance,
): StanceReliability | null {
  if (engineVersion !== MEASURED.engineVersion || MEASURED.engineVersion !== ENGINE_VERSION) return null;
  if (claimLanguage !== 'en') return null;
  const [real, checked] = MEASURED.stances.en[stance];
  return { stance, real, checked };
}
