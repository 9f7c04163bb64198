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

interface Measured {
  readonly engineVersion: string;
  readonly bases: Readonly<Record<Basis, Readonly<Record<ConflictEvidence, readonly [number, number]>>>>;
}

export const MEASURED = measured as unknown as Measured;

/** Fewer checked than this, and a rate says nothing: the researcher is told so instead. */
export const MIN_CHECKED = 5;

/**
 * How often conflicts like this one were real, for a conflict the engine found between reports in these languages.
 * Null when the figures were measured for another engine version (they would describe other rules) or the reasons
 * show no conflict.
 */
export function conflictReliability(
  reasons: readonly Pick<Reason, 'kind' | 'code'>[],
  leftLanguage: string,
  rightLanguage: string,
): Reliability | null {
  if (MEASURED.engineVersion !== ENGINE_VERSION) return null;
  const evidence = conflictEvidence(reasons);
  if (!evidence) return null;
  const basis: Basis = leftLanguage === 'en' && rightLanguage === 'en' ? 'en' : 'fr';
  const [real, checked] = MEASURED.bases[basis][evidence];
  return { evidence, basis, real, checked, across: leftLanguage !== rightLanguage };
}
