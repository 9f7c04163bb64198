// One presentation of each verdict, for the UI, the exported reports and the command line alike: its name in
// English and French, its icon, its underline, its colours (light, dark, terminal), and the names of reasons.
// Colours are the Okabe-Ito palette (safe for colour-blind readers); icon and underline tell verdicts apart
// without colour.
import type { ReasonKind, Verdict } from '../compare/types';
import type { Locale } from './locale';

/**
 * How a claim is marked: the verdict of its link; 'possible' when the engine is not confident the two claims report
 * the same fact (never shown as agreement); 'only' when the other report has no counterpart.
 */
export type Mark = Verdict | 'possible' | 'only';
export const MARKS: readonly Mark[] = ['agree', 'conflict', 'framing', 'possible', 'only'];

/** Marks that are differences or need a look (what "next difference" visits). */
export const DIFFERENCE_MARKS: ReadonlySet<Mark> = new Set<Mark>(['conflict', 'framing', 'possible', 'only']);

/** The mark of a link: a possibly related one is shown as such whatever the judge would say. */
export function linkMark(link: { readonly verdict: Verdict; readonly strength?: 'linked' | 'possible' }): Mark {
  return link.strength === 'possible' ? 'possible' : link.verdict;
}

export type UnderlineStyle = 'solid' | 'wavy' | 'dashed' | 'dotted' | 'double';

export interface MarkColours {
  /** Lines, icons and ruler marks. */
  readonly ink: string;
  /** The background behind a marked claim. */
  readonly wash: string;
}

export interface MarkStyle {
  readonly icon: string;
  readonly underline: UnderlineStyle;
  readonly light: MarkColours;
  readonly dark: MarkColours;
  /** SGR colour code for terminals. */
  readonly ansi: string;
}

export const MARK_STYLE: Readonly<Record<Mark, MarkStyle>> = {
  agree: {
    icon: '=',
    underline: 'solid',
    light: { ink: '#00669e', wash: '#e1effa' },
    dark: { ink: '#56b4e9', wash: '#15303f' },
    ansi: '\x1b[34m',
  },
  conflict: {
    icon: '≠',
    underline: 'wavy',
    light: { ink: '#a84700', wash: '#fde4d3' },
    dark: { ink: '#ff8c42', wash: '#45240f' },
    ansi: '\x1b[31m',
  },
  framing: {
    icon: '≈',
    underline: 'dashed',
    light: { ink: '#8a5c00', wash: '#fdf0cf' },
    dark: { ink: '#f0c05a', wash: '#3d3213' },
    ansi: '\x1b[33m',
  },
  possible: {
    icon: '?',
    underline: 'double',
    light: { ink: '#5f6368', wash: '#eceff1' },
    dark: { ink: '#b0b6bb', wash: '#2c3135' },
    ansi: '\x1b[90m',
  },
  only: {
    icon: '○',
    underline: 'dotted',
    light: { ink: '#95447c', wash: '#f6e6f1' },
    dark: { ink: '#e39bcb', wash: '#3b2034' },
    ansi: '\x1b[35m',
  },
};

export const MARK_NAME: Readonly<Record<Locale, Readonly<Record<Mark, string>>>> = {
  en: {
    agree: 'Agree',
    conflict: 'Conflict',
    framing: 'Framing',
    possible: 'Possibly related',
    only: 'Only in this report',
  },
  fr: {
    agree: 'Accord',
    conflict: 'Contradiction',
    framing: 'Cadrage',
    possible: 'Peut-être liées',
    only: 'Seulement dans ce texte',
  },
};

/** What each mark means, in one sentence: for the legend, the first-run guide and the exports. */
export const MARK_MEANING: Readonly<Record<Locale, Readonly<Record<Mark, string>>>> = {
  en: {
    agree: 'Both reports state the same fact.',
    conflict: 'The reports state incompatible facts: a number, a date, a negation, who said it or who did it.',
    framing: 'Same fact, told differently: a hedge ("reportedly"), a loaded label, a quotation.',
    possible: 'Parallax is not sure the two claims report the same fact: check them, confirm or unlink.',
    only: 'No counterpart was found in the other report.',
  },
  fr: {
    agree: 'Les deux textes énoncent le même fait.',
    conflict: 'Les textes énoncent des faits incompatibles : un nombre, une date, une négation, qui parle ou qui agit.',
    framing: 'Même fait, présenté autrement : une précaution (« aurait »), une étiquette connotée, une citation.',
    possible: 'Parallax n’est pas sûr que les deux énoncés rapportent le même fait : vérifiez, confirmez ou déliez.',
    only: 'Aucun équivalent n’a été trouvé dans l’autre texte.',
  },
};

/** A link the engine is not confident of (strength "possible"): to check, never shown as agreement. */
export const POSSIBLE_NAME: Readonly<Record<Locale, string>> = {
  en: MARK_NAME.en.possible,
  fr: MARK_NAME.fr.possible,
};

/** "Only in the left report" and its mirror, for lists that name the side. */
export const ONLY_IN: Readonly<Record<Locale, Readonly<Record<'left' | 'right', string>>>> = {
  en: { left: 'Only in the left report', right: 'Only in the right report' },
  fr: { left: 'Seulement dans le texte de gauche', right: 'Seulement dans le texte de droite' },
};

export const REASON_NAME: Readonly<Record<Locale, Readonly<Record<ReasonKind, string>>>> = {
  en: {
    number: 'number',
    date: 'date',
    negation: 'negation',
    attribution: 'attribution',
    actor: 'actor',
    place: 'place',
    quote: 'quotation',
    hedge: 'hedge',
    label: 'label',
  },
  fr: {
    number: 'nombre',
    date: 'date',
    negation: 'négation',
    attribution: 'attribution',
    actor: 'acteur',
    place: 'lieu',
    quote: 'citation',
    hedge: 'précaution',
    label: 'étiquette',
  },
};

export function markName(mark: Mark, locale: Locale = 'en'): string {
  return MARK_NAME[locale][mark];
}

export function reasonName(kind: ReasonKind, locale: Locale = 'en'): string {
  return REASON_NAME[locale][kind];
}
