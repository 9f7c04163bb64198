// The exported report's words in English and French. Verdict and reason names come from the one presentation
// module (shared/presentation/verdicts.ts), like everywhere else.
import type { Locale } from '../presentation/locale';

export interface ReportStrings {
  /** A label and what follows it ("Conflict: 2", "Contradiction : 2"). */
  readonly colon: string;
  /** Quoted words («…» in French). */
  readonly quote: (s: string) => string;
  readonly heading: string;
  readonly exported: (when: string, app: string, engine: string) => string;
  readonly reports: string;
  readonly left: string;
  readonly right: string;
  readonly outlet: string;
  readonly title: string;
  readonly published: string;
  readonly url: string;
  readonly language: string;
  readonly unknownOutlet: string;
  readonly outletNote: (outlet: string) => string;
  readonly summaryText: string;
  readonly summary: string;
  readonly suggestions: string;
  readonly corrected: (n: number) => string;
  readonly legend: string;
  readonly texts: string;
  readonly links: string;
  readonly leftClaim: string;
  readonly rightClaim: string;
  readonly verdict: string;
  readonly reasons: string;
  readonly researcherNote: string;
  readonly correctedMark: string;
  /** For a possibly related link: what the judge would say if the two claims are one fact. */
  readonly ifOneFact: (verdict: string) => string;
  /** How sure the engine is that the two claims report one fact (the link's score, not the verdict's). */
  readonly sameFact: (percent: number) => string;
  /** One report calls the other's story false. */
  readonly disputes: (side: string, sentence: string) => string;
  readonly none: string;
  readonly glossary: string;
  readonly leftSays: string;
  readonly rightSays: string;
  readonly times: string;
  readonly noGlossary: string;
  readonly corrections: string;
  readonly correction: (kind: 'verdict' | 'link' | 'unlink' | 'note', verdict: string, note: string) => string;
  readonly stale: string;
}

const en: ReportStrings = {
  colon: ':',
  quote: (s) => `“${s}”`,
  heading: 'Parallax comparison',
  exported: (when, app, engine) => `Exported ${when} by Parallax ${app} (comparison engine ${engine}).`,
  reports: 'The two reports',
  left: 'Left report',
  right: 'Right report',
  outlet: 'Outlet',
  title: 'Title',
  published: 'Published',
  url: 'Address',
  language: 'Language',
  unknownOutlet: 'Unknown outlet',
  outletNote: (outlet) => `Researcher’s note on ${outlet}`,
  summaryText: 'summary written for the sample library, not the outlet’s own words',
  summary: 'Summary',
  suggestions:
    'Verdicts are computed by Parallax as suggestions; the researcher checks them and corrects them. Corrections are marked ✎.',
  corrected: (n) => (n === 1 ? '1 correction by the researcher.' : `${n} corrections by the researcher.`),
  legend: 'What the marks mean',
  texts: 'The texts, claim by claim',
  links: 'Linked claims',
  leftClaim: 'Left claim',
  rightClaim: 'Right claim',
  verdict: 'Verdict',
  reasons: 'Why',
  researcherNote: 'Researcher’s note',
  correctedMark: '✎ corrected by the researcher',
  ifOneFact: (v) => `if these report one fact: ${v}`,
  sameFact: (n) => `same fact ${n}%`,
  disputes: (side, sentence) => `The ${side} report calls the other's story false: “${sentence}”`,
  none: 'None.',
  glossary: 'Framing glossary',
  leftSays: 'Left says',
  rightSays: 'Right says',
  times: 'Times',
  noGlossary: 'No differing labels found.',
  corrections: 'The researcher’s corrections',
  correction: (kind, verdict, note) =>
    ({
      verdict: `verdict set to “${verdict}”`,
      link: 'linked by hand',
      unlink: 'unlinked',
      note: `note: “${note}”`,
    })[kind],
  stale: 'Corrections that no longer match the text',
};

const fr: ReportStrings = {
  colon: '\u00a0:',
  quote: (s) => `«\u00a0${s}\u00a0»`,
  heading: 'Comparaison Parallax',
  exported: (when, app, engine) => `Exporté le ${when} par Parallax ${app} (moteur de comparaison ${engine}).`,
  reports: 'Les deux textes',
  left: 'Texte de gauche',
  right: 'Texte de droite',
  outlet: 'Média',
  title: 'Titre',
  published: 'Publié le',
  url: 'Adresse',
  language: 'Langue',
  unknownOutlet: 'Média inconnu',
  outletNote: (outlet) => `Note du chercheur sur ${outlet}`,
  summaryText: 'résumé écrit pour la bibliothèque d’exemple, pas les mots du média',
  summary: 'Bilan',
  suggestions:
    'Les verdicts sont calculés par Parallax à titre de suggestions ; le chercheur les vérifie et les corrige. Les corrections sont marquées ✎.',
  corrected: (n) => (n <= 1 ? `${n} correction du chercheur.` : `${n} corrections du chercheur.`),
  legend: 'Ce que signifient les marques',
  texts: 'Les textes, affirmation par affirmation',
  links: 'Affirmations reliées',
  leftClaim: 'Affirmation de gauche',
  rightClaim: 'Affirmation de droite',
  verdict: 'Verdict',
  reasons: 'Pourquoi',
  researcherNote: 'Note du chercheur',
  correctedMark: '✎ corrigé par le chercheur',
  ifOneFact: (v) => `s’il s’agit d’un même fait : ${v}`,
  sameFact: (n) => `même fait ${n}\u00a0%`,
  disputes: (side, sentence) => `Le texte de ${side} dit que le récit de l’autre est faux : « ${sentence} »`,
  none: 'Aucune.',
  glossary: 'Glossaire du cadrage',
  leftSays: 'À gauche',
  rightSays: 'À droite',
  times: 'Fois',
  noGlossary: 'Aucune différence d’étiquette trouvée.',
  corrections: 'Les corrections du chercheur',
  correction: (kind, verdict, note) =>
    ({
      verdict: `verdict changé en « ${verdict} »`,
      link: 'reliées à la main',
      unlink: 'déliées',
      note: `note : « ${note} »`,
    })[kind],
  stale: 'Corrections qui ne correspondent plus au texte',
};

export const REPORT_STRINGS: Readonly<Record<Locale, ReportStrings>> = { en, fr };
