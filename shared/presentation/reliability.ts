// What the researcher is told about how often conflicts like one the engine found were real (measured figures from
// shared/compare/reliability.ts), in English and French: beside a conflict, and above a comparison or a story with
// conflicts between reports in languages where most of the conflicts found were wrong.
import {
  conflictReliability,
  measuredBasis,
  MEASURED,
  MIN_CHECKED,
  stanceReliability,
  type Basis,
  type ConflictEvidence,
  type JudgedLink,
  type ListedStance,
  type Reliability,
} from '../compare/reliability';
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
    fr: 'on French sentence pairs from fact-checks, half of them contradictions (DACCORD)',
  },
  fr: {
    en: 'sur des couples de textes anglais non choisis pour leurs contradictions',
    fr: 'sur des paires de phrases françaises tirées de vérifications de faits, pour moitié contradictoires (DACCORD)',
  },
};

const ACROSS: Readonly<Record<Locale, string>> = {
  en: '; nothing was measured across French and English',
  fr: '\u00a0; rien n’a été mesuré entre le français et l’anglais',
};

/** Most conflicts of the kind were wrong: the reader is told to read both sentences. */
export const mostlyWrong = (r: Pick<Reliability, 'real' | 'checked'>) =>
  r.checked >= MIN_CHECKED && r.real * 2 < r.checked;

/**
 * One sentence on how often conflicts found as this one was were real; with advice to read both sentences when
 * most were not, unless `advise` is false (the researcher has already looked at the link).
 */
export function reliabilityText(r: Reliability, locale: Locale, advise = true): string {
  const how = HOW[locale][r.evidence];
  const basis = BASIS[locale][r.basis] + (r.across ? ACROSS[locale] : '');
  const fr = locale === 'fr';
  if (r.checked < MIN_CHECKED) {
    return fr
      ? `Trop peu de contradictions trouvées ainsi (${how}) ont été vérifiées ${basis} pour dire combien sont justes.`
      : `Too few conflicts found this way (${how}) were checked ${basis} to say how often they are right.`;
  }
  const measured = fr
    ? `Mesuré ${basis}\u00a0: ${r.real} des ${r.checked} contradictions trouvées ainsi (${how}) étaient réelles.`
    : `Measured ${basis}: ${r.real} of the ${r.checked} conflicts found this way (${how}) were real.`;
  if (!advise || !mostlyWrong(r)) return measured;
  const none = r.real === 0;
  const advice = fr
    ? `${none ? 'Aucune ne l’était' : 'La plupart ne l’étaient pas'}\u00a0: lisez les deux phrases avant de vous fier à celle-ci.`
    : `${none ? 'None were' : 'Most were not'}: read both sentences before relying on this one.`;
  return `${measured} ${advice}`;
}

/** Where a link was judged: the comparison's engine version and languages. */
export interface JudgedIn {
  readonly engineVersion: string;
  readonly left: { readonly language: string };
  readonly right: { readonly language: string };
}

/**
 * The sentence beside a link the engine judged a conflict, or null when nothing was measured for it. A link the
 * researcher has edited (confirmed, or given a note) gets the figure without the advice to read it.
 */
export function linkReliabilityText(
  link: JudgedLink & { readonly edited?: boolean },
  c: JudgedIn,
  locale: Locale,
): string | null {
  const r = conflictReliability(link, c.engineVersion, c.left.language, c.right.language);
  return r && reliabilityText(r, locale, !link.edited);
}

/**
 * The caution for conflicts between reports in these languages, where most conflicts found were wrong (English
 * reports, today): how many of all those checked were real. Null where most were right or nothing was measured.
 */
export function languageCaution(
  engineVersion: string,
  leftLanguage: string,
  rightLanguage: string,
  locale: Locale,
): string | null {
  const basis = measuredBasis(engineVersion, leftLanguage, rightLanguage);
  if (!basis) return null;
  const all = Object.values(MEASURED.bases[basis]).reduce(
    (s, [real, checked]) => ({ real: s.real + real, checked: s.checked + checked }),
    { real: 0, checked: 0 },
  );
  if (!mostlyWrong(all)) return null;
  return locale === 'fr'
    ? `Contradictions à vérifier\u00a0: ${BASIS.fr[basis]}, seules ${all.real} des ${all.checked} trouvées par Parallax étaient réelles.`
    : `Conflicts to check: ${BASIS.en[basis]}, only ${all.real} of the ${all.checked} that Parallax found were real.`;
}

/** A sure conflict the engine found (with the reasons of one), whatever note the researcher added to it. */
const found = (l: JudgedLink, c: JudgedIn) =>
  conflictReliability(l, c.engineVersion, c.left.language, c.right.language) !== null;

/** The caution above a comparison, when it has a conflict the engine found and most such conflicts were wrong. */
export function comparisonCaution(
  c: JudgedIn & { readonly links: readonly JudgedLink[] },
  locale: Locale,
): string | null {
  return c.links.some((l) => found(l, c))
    ? languageCaution(c.engineVersion, c.left.language, c.right.language, locale)
    : null;
}

/** The cautions above a story: one per pair of languages between which a fact's conflict was found. */
export function storyCautions(
  view: {
    readonly engineVersion: string;
    readonly articles: readonly { readonly id: number; readonly language: string }[];
    readonly facts: readonly {
      readonly links: readonly (JudgedLink & { readonly leftId: number; readonly rightId: number })[];
    }[];
  },
  locale: Locale,
): string[] {
  const language = new Map(view.articles.map((a) => [a.id, a.language]));
  const out = new Set<string>();
  for (const l of view.facts.flatMap((f) => f.links)) {
    const c = {
      engineVersion: view.engineVersion,
      left: { language: language.get(l.leftId) ?? '' },
      right: { language: language.get(l.rightId) ?? '' },
    };
    if (!found(l, c)) continue;
    const caution = languageCaution(c.engineVersion, c.left.language, c.right.language, locale);
    if (caution) out.add(caution);
  }
  return [...out];
}

/** What a report listed under a stance of "Check a claim" did, when it was right to be listed there. */
const DID: Readonly<Record<Locale, Readonly<Record<ListedStance, string>>>> = {
  en: { agree: 'did support it', disagree: 'did contradict it', discuss: 'did discuss it without taking a side' },
  fr: {
    agree: 'la confirmaient bien',
    disagree: 'la contredisaient bien',
    discuss: 'en parlaient bien sans trancher',
  },
};

/** … and what most of them, or all of them, did not do. */
const DID_NOT: Readonly<Record<Locale, Readonly<Record<ListedStance, readonly [string, string]>>>> = {
  en: {
    agree: ['Most did not', 'None did'],
    disagree: ['Most did not', 'None did'],
    discuss: ['Most did not', 'None did'],
  },
  fr: {
    agree: ['La plupart ne la confirmaient pas', 'Aucun ne la confirmait'],
    disagree: ['La plupart ne la contredisaient pas', 'Aucun ne la contredisait'],
    discuss: ['La plupart n’en parlaient pas sans trancher', 'Aucun n’en parlait sans trancher'],
  },
};

/**
 * The line under a group of "Check a claim": how often a report Parallax lists under this stance took it, measured
 * on English headlines against English news reports (FNC-1 held-out); with advice to read the sentence when most
 * did not, and a caveat when the group holds reports in other languages. Null for a claim in another language or a
 * check made by another engine version.
 */
export function stanceReliabilityText(
  check: { readonly engineVersion: string; readonly language: string },
  stance: ListedStance,
  locale: Locale,
  otherLanguages = false,
): string | null {
  const r = stanceReliability(check.engineVersion, check.language, stance);
  if (!r || r.checked < MIN_CHECKED) return null;
  const n = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
  const did = DID[locale][stance];
  const fr = locale === 'fr';
  const across = otherLanguages
    ? fr
      ? ' Rien n’a été mesuré pour les textes dans d’autres langues.'
      : ' Nothing was measured for reports in other languages.'
    : '';
  const measured = fr
    ? `Mesuré sur des titres anglais confrontés à des articles de presse anglais (FNC-1)\u00a0: ${n.format(r.real)} des ${n.format(r.checked)} textes que Parallax a rangés ici ${did}.`
    : `Measured on English headlines checked against English news reports (FNC-1): ${n.format(r.real)} of the ${n.format(r.checked)} reports Parallax put here ${did}.`;
  if (!mostlyWrong(r)) return measured + across;
  const [most, none] = DID_NOT[locale][stance];
  const advice = fr
    ? `${r.real === 0 ? none : most}\u00a0: lisez la phrase avant de vous fier à cette liste.`
    : `${r.real === 0 ? none : most}: read the sentence before relying on this list.`;
  return `${measured} ${advice}${across}`;
}
