// What the researcher is told about how often conflicts like one the engine found were real (measured figures from
// shared/compare/reliability.ts), in English and French: beside a conflict, and for a comparison between reports in
// languages where most of the conflicts found were wrong.
import {
  conflictEvidence,
  conflictReliability,
  MEASURED,
  MIN_CHECKED,
  type Basis,
  type ConflictEvidence,
  type Reliability,
} from '../compare/reliability';
import { ENGINE_VERSION } from '../compare/version';
import type { Reason } from '../compare/types';
import type { Locale } from './locale';

const HOW: Readonly<Record<Locale, Readonly<Record<ConflictEvidence, string>>>> = {
  en: {
    calledFalse: 'one report calls the other’s story false',
    denial: 'a denial',
    figure: 'different figures or dates',
    negation: 'a negation',
    who: 'different people, sources or places',
  },
  fr: {
    calledFalse: 'un texte dit faux le récit de l’autre',
    denial: 'un démenti',
    figure: 'des chiffres ou des dates différents',
    negation: 'une négation',
    who: 'des personnes, des sources ou des lieux différents',
  },
};

const BASIS: Readonly<Record<Locale, Readonly<Record<Basis, string>>>> = {
  en: {
    en: 'on English report pairs nobody chose for their conflicts',
    fr: 'on French sentence pairs from fact-checks (DACCORD)',
  },
  fr: {
    en: 'sur des couples de textes anglais non choisis pour leurs contradictions',
    fr: 'sur des paires de phrases françaises tirées de vérifications de faits (DACCORD)',
  },
};

const ACROSS: Readonly<Record<Locale, string>> = {
  en: ' (nothing was measured across French and English)',
  fr: ' (rien n’a été mesuré entre le français et l’anglais)',
};

/** Most conflicts of the kind were wrong: the reader is told to read both sentences. */
export const mostlyWrong = (r: Pick<Reliability, 'real' | 'checked'>) =>
  r.checked >= MIN_CHECKED && r.real * 2 < r.checked;

/** One sentence on how often conflicts found as this one was were real. */
export function reliabilityText(r: Reliability, locale: Locale): string {
  const how = HOW[locale][r.evidence];
  const basis = BASIS[locale][r.basis] + (r.across ? ACROSS[locale] : '');
  if (r.checked < MIN_CHECKED) {
    return locale === 'fr'
      ? `Trop peu de contradictions trouvées ainsi (${how}) ont été vérifiées ${basis} pour dire combien sont justes.`
      : `Too few conflicts found this way (${how}) were checked ${basis} to say how often they are right.`;
  }
  const measured =
    locale === 'fr'
      ? `Mesuré ${basis} : ${r.real} des ${r.checked} contradictions trouvées ainsi (${how}) étaient réelles.`
      : `Measured ${basis}: ${r.real} of the ${r.checked} conflicts found this way (${how}) were real.`;
  if (!mostlyWrong(r)) return measured;
  return `${measured} ${
    locale === 'fr'
      ? 'La plupart ne l’étaient pas : lisez les deux phrases avant de vous fier à celle-ci.'
      : 'Most were not: read both sentences before relying on this one.'
  }`;
}

/** The sentence for a conflict's reasons between reports in these languages, or null when none was measured. */
export function conflictReliabilityText(
  reasons: readonly Pick<Reason, 'kind' | 'code'>[],
  leftLanguage: string,
  rightLanguage: string,
  locale: Locale,
): string | null {
  const r = conflictReliability(reasons, leftLanguage, rightLanguage);
  return r && reliabilityText(r, locale);
}

/** Some link is a conflict the engine found (with the reasons of one), whatever the researcher added to it. */
export const foundConflict = (
  links: readonly { readonly verdict: string; readonly reasons: readonly Pick<Reason, 'kind' | 'code'>[] }[],
) => links.some((l) => l.verdict === 'conflict' && conflictEvidence(l.reasons) !== null);

/**
 * For a comparison with conflicts between reports in languages where most conflicts found were wrong (English
 * reports, today): how many of all those checked were real, as a warning. Null where most were right.
 */
export function comparisonCaution(leftLanguage: string, rightLanguage: string, locale: Locale): string | null {
  if (MEASURED.engineVersion !== ENGINE_VERSION) return null;
  const basis: Basis = leftLanguage === 'en' && rightLanguage === 'en' ? 'en' : 'fr';
  const all = Object.values(MEASURED.bases[basis]).reduce(
    (s, [real, checked]) => ({ real: s.real + real, checked: s.checked + checked }),
    { real: 0, checked: 0 },
  );
  if (!mostlyWrong(all)) return null;
  return locale === 'fr'
    ? `Contradictions à vérifier : ${BASIS.fr[basis]}, seules ${all.real} des ${all.checked} trouvées par Parallax étaient réelles.`
    : `Conflicts to check: ${BASIS.en[basis]}, only ${all.real} of the ${all.checked} that Parallax found were real.`;
}
