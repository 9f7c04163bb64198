// The story export's own words in English and French; the words it shares with the comparison report (outlet,
// title, dates, the summary label, the suggestions caution) come from strings.ts, verdict and reason names from
// shared/presentation/verdicts.ts.
import { excerpt } from '../presentation/format';
import type { Locale } from '../presentation/locale';
import { reasonNote } from '../compare/notes';
import { REASON_NAME } from '../presentation/verdicts';
import type { FactReason } from '../story/types';
import { REPORT_STRINGS } from './strings';

export interface StoryStrings {
  readonly heading: string;
  readonly selection: string;
  readonly reports: string;
  readonly compared: string;
  readonly notCompared: string;
  readonly yes: string;
  readonly coverage: string;
  readonly coverageCaption: string;
  readonly facts: string;
  readonly exclusive: string;
  readonly contradicts: string;
  readonly first: string;
  readonly matrix: string;
  readonly fact: string;
  readonly firstReported: string;
  readonly notReported: string;
  readonly exclusives: string;
  readonly dropped: (n: number) => string;
  readonly stale: (n: number) => string;
  readonly against: string;
  readonly corrected: string;
  readonly counts: (facts: number, conflicts: number, framing: number) => string;
}

const en: StoryStrings = {
  heading: 'Parallax story',
  selection: 'Chosen reports',
  reports: 'The reports',
  compared: 'Compared',
  notCompared: 'not compared: Parallax has no word lists for this language',
  yes: 'yes',
  coverage: 'Coverage',
  coverageCaption:
    'Per outlet: facts it shares with others, claims only it reports, facts it contradicts, facts it reported first',
  facts: 'Shared facts',
  exclusive: 'Only this outlet',
  contradicts: 'Contradicts',
  first: 'Reported first',
  matrix: 'Facts across outlets',
  fact: 'Fact',
  firstReported: 'First reported',
  notReported: 'not reported',
  exclusives: 'What only one outlet reports',
  dropped: (n) =>
    `${n === 1 ? '1 report was' : `${n} reports were`} left out: moved to the trash or no longer in the library.`,
  stale: (n) => `${n === 1 ? '1 correction no longer matches' : `${n} corrections no longer match`} the texts.`,
  against: 'against',
  corrected: 'the researcher’s verdict',
  counts: (facts, conflicts, framing) =>
    `${facts} shared ${facts === 1 ? 'fact' : 'facts'}: ${conflicts} in conflict, ${framing} framed differently.`,
};

const fr: StoryStrings = {
  heading: 'Sujet Parallax',
  selection: 'Textes choisis',
  reports: 'Les textes',
  compared: 'Comparé',
  notCompared: 'non comparé : Parallax n’a pas de listes de mots pour cette langue',
  yes: 'oui',
  coverage: 'Couverture',
  coverageCaption:
    'Par média : faits partagés avec d’autres, affirmations qu’il est seul à rapporter, faits qu’il contredit, faits qu’il a rapportés le premier',
  facts: 'Faits partagés',
  exclusive: 'Ce média seul',
  contradicts: 'Contredit',
  first: 'Rapporté en premier',
  matrix: 'Les faits d’un média à l’autre',
  fact: 'Fait',
  firstReported: 'Rapporté d’abord le',
  notReported: 'non rapporté',
  exclusives: 'Ce qu’un seul média rapporte',
  dropped: (n) =>
    `${n <= 1 ? `${n} texte a été écarté` : `${n} textes ont été écartés`} : mis à la corbeille ou absents de la bibliothèque.`,
  stale: (n) =>
    `${n <= 1 ? `${n} correction ne correspond plus` : `${n} corrections ne correspondent plus`} aux textes.`,
  against: 'contre',
  corrected: 'verdict du chercheur',
  counts: (facts, conflicts, framing) =>
    `${facts} ${facts <= 1 ? 'fait partagé' : 'faits partagés'} : ${conflicts} en contradiction, ${framing} présentés autrement.`,
};

export const STORY_STRINGS: Readonly<Record<Locale, StoryStrings>> = { en, fr };

/** How a column is named: its outlet, else the start of its title. */
export function outletName(a: { readonly outlet: string | null; readonly title: string }): string {
  return a.outlet ?? excerpt(a.title, 40);
}

/** A fact's reason in one line: "number: VOA “14,000”, BBC “14,000” against RT “10,000” (note)"; framing with " / ". */
export function describeReason(r: FactReason, nameOf: (articleId: number) => string, locale: Locale = 'en'): string {
  const s = REPORT_STRINGS[locale];
  const side = (xs: FactReason['sides'][number]) =>
    xs.map((x) => (x.words ? `${nameOf(x.articleId)} ${s.quote(x.words)}` : nameOf(x.articleId))).join(', ');
  const kind = r.kind === 'corrected' ? STORY_STRINGS[locale].corrected : REASON_NAME[locale][r.kind];
  const notes = r.notes.length ? ` (${r.notes.map((n) => reasonNote(n, locale)).join('; ')})` : '';
  const between = r.conflict ? ` ${STORY_STRINGS[locale].against} ` : ' / ';
  return `${kind}${s.colon} ${side(r.sides[0])}${between}${side(r.sides[1])}${notes}`;
}
