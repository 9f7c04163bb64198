// The codebook of a Parallax REFI-QDA export: the verdicts, under them the reason kinds the judge gives (taken
// from the engine's own lists, so a new kind appears here without a second edit), claims found in one report
// only, "possibly related" pairs, and a report that calls the other's story false.
import { CONFLICT_KINDS, type ReasonKind, type Verdict } from '../compare/types';
import { MARK_COLOURS } from '../report/palette';

export type CodeKey = Verdict | `${'conflict' | 'framing'}/${ReasonKind}` | 'only' | 'possible' | 'disputes';

export interface CodeDefinition {
  readonly key: CodeKey;
  readonly name: string;
  readonly description: string;
  readonly colour: string;
  readonly children: readonly CodeDefinition[];
}

const ALL_KINDS: readonly ReasonKind[] = [
  'number',
  'date',
  'negation',
  'attribution',
  'actor',
  'place',
  'quote',
  'hedge',
  'label',
];

const KIND_NAMES: Readonly<Record<ReasonKind, string>> = {
  number: 'Number',
  date: 'Date',
  negation: 'Negation',
  attribution: 'Attribution',
  actor: 'Actor',
  place: 'Place',
  quote: 'Quote',
  hedge: 'Hedge',
  label: 'Label',
};

const KIND_DESCRIPTIONS: Readonly<Record<ReasonKind, string>> = {
  number: 'Figures that count the same thing and cannot both be true.',
  date: 'Dates of the same event that differ.',
  negation: 'One report denies or negates what the other states.',
  attribution: 'The reports credit the statement to different named sources.',
  actor: 'Roles swapped, or two different named doers of the same act.',
  place: 'The same event placed in different places.',
  quote: 'One report quotes words the other reports in its own voice.',
  hedge: 'One report hedges or distances itself ("reportedly", the reportative conditional) where the other does not.',
  label: 'The same referent named with different loaded labels ("rebels" / "terroristes").',
};

function kindCodes(parent: 'conflict' | 'framing', colour: string): CodeDefinition[] {
  return ALL_KINDS.filter((k) => CONFLICT_KINDS.has(k) === (parent === 'conflict')).map((k) => ({
    key: `${parent}/${k}` as CodeKey,
    name: KIND_NAMES[k],
    description: KIND_DESCRIPTIONS[k],
    colour,
    children: [],
  }));
}

export const CODEBOOK: readonly CodeDefinition[] = [
  {
    key: 'agree',
    name: 'Agree',
    description: 'Linked claims that report the same fact with nothing incompatible found.',
    colour: MARK_COLOURS.agree,
    children: [],
  },
  {
    key: 'conflict',
    name: 'Conflict',
    description: 'Linked claims about the same fact that cannot both be true; the sub-codes say why.',
    colour: MARK_COLOURS.conflict,
    children: kindCodes('conflict', MARK_COLOURS.conflict),
  },
  {
    key: 'framing',
    name: 'Framing',
    description: 'Linked claims that report the same fact framed differently; the sub-codes say how.',
    colour: MARK_COLOURS.framing,
    children: kindCodes('framing', MARK_COLOURS.framing),
  },
  {
    key: 'only',
    name: 'Only in one report',
    description: 'A claim the other report of a comparison does not make.',
    colour: MARK_COLOURS.only,
    children: [],
  },
  {
    key: 'possible',
    name: 'Possibly related',
    description:
      'Claims the engine found possibly related, below its confidence for a link: to check, never a claim of agreement.',
    colour: '#999999',
    children: [],
  },
  {
    key: 'disputes',
    name: 'Disputes the other report',
    description: 'A sentence that calls the other report’s story false as a whole.',
    colour: MARK_COLOURS.conflict,
    children: [],
  },
];

/** Every code, parents before children. */
export function allCodes(book: readonly CodeDefinition[] = CODEBOOK): CodeDefinition[] {
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
