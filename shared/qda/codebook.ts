// The codebook of a Parallax REFI-QDA export: the verdicts, under them the reason kinds the judge gives (taken
// from the engine's own lists, so a new kind appears here without a second edit), claims found in one report
// only, "possibly related" pairs, and a report that calls the other's story false. Names, meanings and colours
// come from the one presentation of verdicts (shared/presentation), in English or French; a code's GUID comes
// from its key, so it is the same in both languages.
import { CONFLICT_KINDS, REASON_KINDS, type ReasonKind, type Verdict } from '../compare/types';
import type { Locale } from '../presentation/locale';
import { MARK_MEANING, MARK_NAME, MARK_STYLE, POSSIBLE_NAME, reasonName } from '../presentation/verdicts';

export type CodeKey = Verdict | `${'conflict' | 'framing'}/${ReasonKind}` | 'only' | 'possible' | 'disputes';

export interface CodeDefinition {
  readonly key: CodeKey;
  readonly name: string;
  readonly description: string;
  readonly colour: string;
  readonly children: readonly CodeDefinition[];
}

const KIND_DESCRIPTIONS: Readonly<Record<Locale, Readonly<Record<ReasonKind, string>>>> = {
  en: {
    number: 'Figures that count the same thing and cannot both be true.',
    date: 'Dates of the same event that differ.',
    negation: 'One report denies or negates what the other states.',
    attribution: 'The reports credit the statement to different named sources.',
    actor: 'Roles swapped, or two different named doers of the same act.',
    place: 'The same event placed in different places.',
    quote: 'One report quotes words the other reports in its own voice.',
    hedge:
      'One report hedges or keeps its distance ("reportedly", the reportative conditional) where the other does not.',
    label: 'The same referent named with different loaded labels ("rebels" / "terroristes").',
  },
  fr: {
    number: 'Des nombres qui comptent la même chose et ne peuvent être vrais ensemble.',
    date: 'Des dates différentes pour le même événement.',
    negation: 'Un texte nie ce que l’autre affirme.',
    attribution: 'Les textes attribuent la déclaration à des sources différentes.',
    actor: 'Des rôles inversés, ou deux auteurs différents du même acte.',
    place: 'Le même événement situé en des lieux différents.',
    quote: 'Un texte cite des paroles que l’autre rapporte à son propre compte.',
    hedge: 'Un texte prend ses distances (« aurait », « selon ») là où l’autre affirme.',
    label: 'Le même référent désigné par des étiquettes connotées différentes (« rebelles » / « terroristes »).',
  },
};

const WORDS: Readonly<
  Record<Locale, Readonly<Record<'only' | 'onlyMeaning' | 'possibleMeaning' | 'disputes' | 'disputesMeaning', string>>>
> = {
  en: {
    only: 'Only in one report',
    onlyMeaning: 'A claim the other report of a comparison does not make.',
    possibleMeaning:
      'Claims the engine found possibly related, below its confidence for a link: to check, never a claim of agreement.',
    disputes: 'Disputes the other report',
    disputesMeaning: 'A sentence that calls the other report’s story false as a whole.',
  },
  fr: {
    only: 'Seulement dans un texte',
    onlyMeaning: 'Une affirmation que l’autre texte de la comparaison ne fait pas.',
    possibleMeaning:
      'Des affirmations peut-être liées, sous le seuil de confiance d’un lien : à vérifier, jamais un accord.',
    disputes: 'Conteste l’autre texte',
    disputesMeaning: 'Une phrase qui dit fausse l’histoire de l’autre texte.',
  },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ink = (mark: keyof typeof MARK_STYLE) => MARK_STYLE[mark].light.ink;

function kindCodes(parent: 'conflict' | 'framing', locale: Locale): CodeDefinition[] {
  return REASON_KINDS.filter((k) => CONFLICT_KINDS.has(k) === (parent === 'conflict')).map((k) => ({
    key: `${parent}/${k}` as CodeKey,
    name: capital(reasonName(k, locale)),
    description: KIND_DESCRIPTIONS[locale][k],
    colour: ink(parent),
    children: [],
  }));
}

export function codebook(locale: Locale = 'en'): readonly CodeDefinition[] {
  const verdict = (key: Verdict, children: CodeDefinition[] = []): CodeDefinition => ({
    key,
    name: MARK_NAME[locale][key],
    description: MARK_MEANING[locale][key],
    colour: ink(key),
    children,
  });
  const w = WORDS[locale];
  return [
    verdict('agree'),
    verdict('conflict', kindCodes('conflict', locale)),
    verdict('framing', kindCodes('framing', locale)),
    { key: 'only', name: w.only, description: w.onlyMeaning, colour: ink('only'), children: [] },
    { key: 'possible', name: POSSIBLE_NAME[locale], description: w.possibleMeaning, colour: '#999999', children: [] },
    { key: 'disputes', name: w.disputes, description: w.disputesMeaning, colour: ink('conflict'), children: [] },
  ];
}

/** Every code, parents before children. */
export function allCodes(book: readonly CodeDefinition[] = codebook()): CodeDefinition[] {
  return book.flatMap((c) => [c, ...allCodes(c.children)]);
}

/** The code of a reason kind: under Conflict or under Framing, as the engine groups it. */
export function reasonCode(kind: ReasonKind): CodeKey {
  return `${CONFLICT_KINDS.has(kind) ? 'conflict' : 'framing'}/${kind}`;
}

/**
 * The codes a linked pair of claims carries: its verdict and the kinds of its reasons (a conflict may also be
 * framed differently). A pair the researcher judged to agree carries only that; a possibly related pair only
 * "Possibly related", never its suggested verdict.
 */
export function linkCodes(verdict: Verdict, kinds: readonly ReasonKind[], possible: boolean): CodeKey[] {
  if (possible) return ['possible'];
  if (verdict === 'agree') return ['agree'];
  return [verdict, ...new Set(kinds.map(reasonCode))];
}
