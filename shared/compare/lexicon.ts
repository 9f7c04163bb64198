// Loads the per-language data files into lookup tables, once. All matching is on folded forms.
import en from './data/en.json';
import entitiesData from './data/entities.json';
import fr from './data/fr.json';
import frEn from './data/fr-en.json';
import { memoize } from './memo';
import { fold, stem } from './normalize';

export interface LabelForm {
  readonly label: string;
  readonly referent: string;
  /** Folded words of the form. */
  readonly words: readonly string[];
}

export interface LanguageData {
  readonly code: string;
  readonly stopwords: ReadonlySet<string>;
  readonly negations: ReadonlySet<string>;
  readonly hedgeWords: ReadonlySet<string>;
  readonly hedgePhrases: readonly (readonly string[])[];
  readonly attributionWords: ReadonlySet<string>;
  readonly attributionPhrases: readonly (readonly string[])[];
  readonly actionWords: ReadonlySet<string>;
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly scales: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, string>;
  readonly labels: readonly LabelForm[];
  readonly labelIndex: ReadonlyMap<string, readonly LabelForm[]>;
  readonly hedgeIndex: ReadonlyMap<string, readonly { readonly words: readonly string[] }[]>;
  readonly attributionIndex: ReadonlyMap<string, readonly { readonly words: readonly string[] }[]>;
  readonly antonyms: readonly (readonly [string, string])[];
}

interface RawLanguage {
  stopwords: string[];
  negations: string[];
  hedges: string[];
  attributionVerbs: string[];
  actionVerbs: string[];
  months: Record<string, number>;
  weekdays: Record<string, number>;
  numberWords: Record<string, number>;
  scales: Record<string, number>;
  units: Record<string, string>;
  labels: { label: string; referent: string; forms: string[] }[];
  antonyms: string[][];
}

const words = (s: string): string[] => fold(s).split(/\s+/).filter(Boolean);

function build(code: string, raw: RawLanguage): LanguageData {
  const single = (list: string[]) => new Set(list.filter((w) => !/\s/.test(w)).map(fold));
  const multi = (list: string[]) => list.filter((w) => /\s/.test(w)).map(words);
  const labels = raw.labels.flatMap((l) =>
    l.forms.map((f) => ({ label: l.label, referent: l.referent, words: words(f) })),
  );
  return {
    labelIndex: phraseIndex(labels),
    hedgeIndex: phraseIndex(multi(raw.hedges).map((w) => ({ words: w }))),
    attributionIndex: phraseIndex(multi(raw.attributionVerbs).map((w) => ({ words: w }))),
    code,
    stopwords: new Set(raw.stopwords.map(fold)),
    negations: new Set(raw.negations.map(fold)),
    hedgeWords: single(raw.hedges),
    hedgePhrases: multi(raw.hedges),
    attributionWords: single(raw.attributionVerbs),
    attributionPhrases: multi(raw.attributionVerbs),
    actionWords: new Set(raw.actionVerbs.map(fold)),
    months: new Map(Object.entries(raw.months).map(([k, v]) => [fold(k), v])),
    weekdays: new Map(Object.entries(raw.weekdays).map(([k, v]) => [fold(k), v])),
    numberWords: new Map(Object.entries(raw.numberWords).map(([k, v]) => [fold(k), v])),
    scales: new Map(Object.entries(raw.scales).map(([k, v]) => [fold(k), v])),
    units: new Map(Object.entries(raw.units).map(([k, v]) => [fold(k), v])),
    labels,
    antonyms: raw.antonyms.filter((p) => p.length === 2).map((p) => [fold(p[0]!), fold(p[1]!)] as const),
  };
}

export const LANGUAGES: ReadonlyMap<string, LanguageData> = new Map([
  ['en', build('en', en as RawLanguage)],
  ['fr', build('fr', fr as RawLanguage)],
]);

/** For an unsupported language: no word lists, so only lexical alignment and language-independent anchors. */
export const NO_LANGUAGE: LanguageData = build('und', {
  stopwords: [],
  negations: [],
  hedges: [],
  attributionVerbs: [],
  actionVerbs: [],
  months: {},
  weekdays: {},
  numberWords: {},
  scales: {},
  units: {},
  labels: [],
  antonyms: [],
});

export function languageData(code: string): LanguageData {
  return LANGUAGES.get(code) ?? NO_LANGUAGE;
}

// English concepts: synonyms fold onto one word, then the stemmer.
const EN_SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries((en as { synonyms: Record<string, string> }).synonyms).map(([k, v]) => [fold(k), fold(v)]),
);

export const englishConcept = memoize(englishConceptUncached);

function englishConceptUncached(folded: string): string {
  const syn = EN_SYNONYMS.get(folded) ?? EN_SYNONYMS.get(stem(folded, 'en')) ?? folded;
  return stem(syn, 'en');
}

// French to English through the French stem, so "proposé", "proposait" and "proposer" find one entry.
const FR_TO_EN: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [frWord, enWord] of Object.entries((frEn as { entries: Record<string, string> }).entries)) {
    const key = stem(fold(frWord), 'fr');
    if (!map.has(key)) map.set(key, englishConcept(fold(enWord)));
  }
  return map;
})();

export function frenchToEnglish(folded: string): string | undefined {
  return FR_TO_EN.get(stem(folded, 'fr'));
}

/** Phrases indexed by their first word, longest first, so matching at a token tries only what can match. */
export function phraseIndex<T extends { readonly words: readonly string[] }>(
  items: readonly T[],
): ReadonlyMap<string, readonly T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const first = item.words[0];
    if (first === undefined) continue;
    let list = map.get(first);
    if (!list) map.set(first, (list = []));
    list.push(item);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

export interface EntityEntry {
  readonly id: string;
  readonly type: 'person' | 'place' | 'organisation';
}

/** Entity forms keyed by their folded words joined by spaces; the longest form wins when matching. */
export const ENTITY_FORMS: ReadonlyMap<string, EntityEntry> = (() => {
  const map = new Map<string, EntityEntry>();
  for (const e of (entitiesData as { entities: { id: string; type: EntityEntry['type']; forms: string[] }[] })
    .entities) {
    for (const form of e.forms) map.set(words(form).join(' '), { id: e.id, type: e.type });
  }
  return map;
})();

export const ENTITY_INDEX: ReadonlyMap<
  string,
  readonly { readonly words: readonly string[]; readonly entity: EntityEntry }[]
> = phraseIndex([...ENTITY_FORMS].map(([key, entity]) => ({ words: key.split(' '), entity })));

export const MAX_ENTITY_WORDS = Math.max(...[...ENTITY_FORMS.keys()].map((k) => k.split(' ').length));

/** Hyphenated and dotted forms the tokenizer keeps whole (cessez-le-feu, al-qaida, u.s.). */
export const KNOWN_COMPOUNDS: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  const add = (w: string) => {
    if (/[-.']/.test(w)) set.add(w);
  };
  for (const key of ENTITY_FORMS.keys()) key.split(' ').forEach(add);
  for (const frWord of Object.keys((frEn as { entries: Record<string, string> }).entries)) add(fold(frWord));
  for (const k of EN_SYNONYMS.keys()) add(k);
  for (const lang of LANGUAGES.values()) {
    for (const l of lang.labels) l.words.forEach(add);
    for (const w of lang.hedgeWords) add(w);
    for (const w of lang.attributionWords) add(w);
  }
  return set;
})();
