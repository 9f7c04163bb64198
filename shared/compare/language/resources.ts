// Everything the analysis knows about one language, built once from the data files: stopwords, stems and lemmas,
// cue phrases (negation, hedging, attribution, disputes), number words, units, loaded labels, antonyms and
// synonym groups, and word rarity. English and French have data; any other language gets none of it, so only
// names, numbers and quotations are compared.
import cuesEn from '../data/cues-en.json';
import cuesFr from '../data/cues-fr.json';
import frequency from '../data/generated/frequency.json';
import stopwords from '../data/generated/stopwords.json';
import { memoize } from '../memo';
import { lemmaEn, stemEn } from './english';
import { lemmaFr, stemFr } from './french';
import { fold, PhraseIndex } from './phrases';

export type EngineLanguage = 'en' | 'fr' | 'und';
export const ENGINE_LANGUAGES: ReadonlySet<string> = new Set(['en', 'fr']);

export type ApproximationKind = 'about' | 'below' | 'above' | 'atleast' | 'atmost';

interface RawCues {
  negations: string[];
  notNegation: string[];
  negationNeedsNe?: string[];
  negativeVerbs: string[];
  /** Negative verbs that negate only before an infinitive: "declined to comment", not "declining revenue". */
  negativeBeforeInfinitive?: string[];
  /** Words opening an embedded question: "did not say whether…" withholds an answer, it denies nothing after it. */
  questionWords?: string[];
  /** "The government said Sunday", "a déclaré lundi dans un communiqué": the date of a statement, not of the event. */
  statementVerbs?: string[];
  statementNouns?: string[];
  denials: string[];
  hedged: string[];
  reportativeConditional?: string[];
  distancing: string[];
  attribution: string[];
  disputes: string[];
  /** Phrases that start like a dispute cue and are not one: "made up of" (composed of). */
  notDispute?: string[];
  storyWords: string[];
  numberWords: Record<string, number>;
  vagueNumbers: Record<string, [number, number]>;
  scales: Record<string, number>;
  units: Record<string, string>;
  approximations: Record<string, string>;
  titles: string[];
  pronouns: string[];
  passiveAgent: string[];
  locative: string[];
  labels: { referent: string; label: string; forms: string[] }[];
  antonyms: string[][];
  synonyms: string[][];
}

export interface LanguageResources {
  readonly code: EngineLanguage;
  readonly stopwords: ReadonlySet<string>;
  stem(folded: string): string;
  lemma(folded: string): string;
  /** 1 for the most frequent word; Infinity for a word outside the 10,000 most frequent. */
  rank(folded: string): number;
  readonly negations: PhraseIndex<true>;
  readonly notNegation: PhraseIndex<true>;
  /** French "plus", "rien", "personne" negate only with "ne" before them. */
  readonly negationNeedsNe: ReadonlySet<string>;
  /** Lemmas that negate what follows them ("unable", "refuse", "deny"). */
  readonly negativeVerbs: ReadonlySet<string>;
  readonly negativeBeforeInfinitive: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  readonly statementVerbs: ReadonlySet<string>;
  readonly statementNouns: ReadonlySet<string>;
  readonly denials: ReadonlySet<string>;
  readonly hedged: PhraseIndex<true>;
  readonly reportativeConditional: ReadonlySet<string>;
  readonly distancing: PhraseIndex<true>;
  readonly attribution: PhraseIndex<true>;
  readonly disputes: PhraseIndex<true>;
  readonly notDispute: PhraseIndex<true>;
  readonly storyWords: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly vagueNumbers: ReadonlyMap<string, readonly [number, number]>;
  readonly scales: ReadonlyMap<string, number>;
  readonly units: PhraseIndex<string>;
  readonly approximations: PhraseIndex<ApproximationKind>;
  readonly titles: PhraseIndex<true>;
  readonly pronouns: ReadonlySet<string>;
  readonly passiveAgent: ReadonlySet<string>;
  readonly locative: ReadonlySet<string>;
  readonly labels: PhraseIndex<{ readonly referent: string; readonly label: string }>;
  /** Antonym pairs as lemmas of this language. */
  readonly antonyms: readonly (readonly [string, string])[];
  /** Synonym groups: each phrase -> the group's id ("en:3"). */
  readonly synonyms: PhraseIndex<string>;
}

const foldAll = (list: readonly string[]) => list.map(fold);
const truthy = (list: readonly string[]) => new PhraseIndex<true>(list.map((p) => [p, true] as const));

function build(code: 'en' | 'fr', raw: RawCues): LanguageResources {
  const ranks = new Map<string, number>((frequency as Record<string, string[]>)[code]!.map((w, i) => [w, i + 1]));
  const lemma = code === 'en' ? lemmaEn : lemmaFr;
  const synonyms = new PhraseIndex<string>();
  raw.synonyms.forEach((group, i) => group.forEach((p) => synonyms.add(p, `${code}:${i}`)));
  return {
    code,
    stopwords: new Set((stopwords as Record<string, string[]>)[code]),
    stem: code === 'en' ? stemEn : stemFr,
    lemma,
    rank: (w) => ranks.get(w) ?? Infinity,
    negations: truthy(raw.negations),
    notNegation: truthy(raw.notNegation),
    negationNeedsNe: new Set(foldAll(raw.negationNeedsNe ?? [])),
    negativeVerbs: new Set(foldAll(raw.negativeVerbs)),
    negativeBeforeInfinitive: new Set(foldAll(raw.negativeBeforeInfinitive ?? [])),
    // As written, not folded: "où" would fold to "ou" ("or"); a token is looked up as written and folded.
    questionWords: new Set((raw.questionWords ?? []).map((w) => w.toLowerCase())),
    statementVerbs: new Set(foldAll(raw.statementVerbs ?? [])),
    statementNouns: new Set(foldAll(raw.statementNouns ?? [])),
    denials: new Set(foldAll(raw.denials)),
    hedged: truthy(raw.hedged),
    reportativeConditional: new Set(foldAll(raw.reportativeConditional ?? [])),
    distancing: truthy(raw.distancing),
    attribution: truthy(raw.attribution),
    disputes: truthy(raw.disputes),
    notDispute: truthy(raw.notDispute ?? []),
    storyWords: new Set(foldAll(raw.storyWords)),
    numberWords: new Map(Object.entries(raw.numberWords).map(([k, v]) => [fold(k), v])),
    vagueNumbers: new Map(Object.entries(raw.vagueNumbers).map(([k, v]) => [fold(k), v])),
    scales: new Map(Object.entries(raw.scales).map(([k, v]) => [fold(k), v])),
    units: new PhraseIndex(Object.entries(raw.units)),
    approximations: new PhraseIndex(Object.entries(raw.approximations) as [string, ApproximationKind][]),
    titles: truthy(raw.titles),
    pronouns: new Set(foldAll(raw.pronouns)),
    passiveAgent: new Set(foldAll(raw.passiveAgent)),
    locative: new Set(foldAll(raw.locative)),
    labels: new PhraseIndex(
      raw.labels.flatMap((l) => l.forms.map((f) => [f, { referent: l.referent, label: l.label }] as const)),
    ),
    antonyms: raw.antonyms.filter((p) => p.length === 2).map((p) => [fold(p[0]!), fold(p[1]!)] as const),
    synonyms,
  };
}

const EMPTY: RawCues = {
  negations: [],
  notNegation: [],
  negativeVerbs: [],
  denials: [],
  hedged: [],
  distancing: [],
  attribution: [],
  disputes: [],
  storyWords: [],
  numberWords: {},
  vagueNumbers: {},
  scales: {},
  units: {},
  approximations: {},
  titles: [],
  pronouns: [],
  passiveAgent: [],
  locative: [],
  labels: [],
  antonyms: [],
  synonyms: [],
};

const identity = (w: string) => w;

const RESOURCES: ReadonlyMap<EngineLanguage, () => LanguageResources> = new Map([
  ['en', lazy(() => build('en', cuesEn as unknown as RawCues))],
  ['fr', lazy(() => build('fr', cuesFr as unknown as RawCues))],
  [
    'und',
    lazy(() => ({
      ...build('en', EMPTY),
      code: 'und' as const,
      stopwords: new Set<string>(),
      stem: identity,
      lemma: identity,
      rank: () => Infinity,
    })),
  ],
]);

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function resourcesFor(language: string): LanguageResources {
  return (RESOURCES.get(language as EngineLanguage) ?? RESOURCES.get('und')!)();
}

/** How much a word says about which claims match: rare words say more. 0.35..1.2. */
export const rarityWeight = memoize((key: string): number => {
  const [code, word] = [key.slice(0, 2), key.slice(3)];
  const rank = resourcesFor(code).rank(word);
  if (!Number.isFinite(rank)) return 1.2;
  return Math.max(0.35, Math.min(1.2, Math.log(rank + 1) / Math.log(10_000)));
});
