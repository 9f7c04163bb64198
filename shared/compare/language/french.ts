// French lexical resources and the bridge to English: Snowball stems, irregular verb forms (from the Lefff
// conjugation tables, generated), the project's French-English lexicon, and cognates by regular spelling
// correspondences (-ique/-ic, -té/-ty, -eur/-or…) checked against English's own vocabulary.
import * as snowballModule from 'snowball-stemmers';
import irregular from '../data/generated/fr-irregular.json';
import lexicon from '../data/generated/fr-en.json';
import { memoize } from '../memo';
import { cjs, isKnownEnglish, lemmaEn } from './english';
import { fold } from './phrases';

const IRREGULAR = irregular as unknown as Readonly<Record<string, string>>;
const LEXICON = lexicon as unknown as Readonly<Record<string, readonly string[]>>;
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

const stemmer = cjs(snowballModule).newStemmer('french');

export const stemFr = memoize((folded: string): string => (/\d/.test(folded) ? folded : stemmer.stem(folded)));

/** Lexicon entries by the Snowball stem of their French lemma, so "proposé", "proposait", "proposer" find one. */
let byStem: ReadonlyMap<string, readonly string[]> | undefined;
const BY_STEM = (): ReadonlyMap<string, readonly string[]> => (byStem ??= buildByStem());

function buildByStem(): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const [fr, en] of Object.entries(LEXICON)) {
    if (fr.includes(' ')) continue;
    const key = stemFr(fr);
    const list = map.get(key) ?? [];
    for (const e of en) if (!list.includes(e)) list.push(e);
    map.set(key, list);
  }
  return map;
}

/** Multi-word French entries ("cessez-le-feu", "mettre en garde"), for the phrase matcher. */
export const FRENCH_PHRASES: readonly (readonly [string, readonly string[]])[] = Object.entries(LEXICON).filter(
  ([fr]) => /[\s-]/.test(fr),
);

/** The infinitive of an irregular verb form ("fait" -> "faire", "pris" -> "prendre"), else the word. */
export function lemmaFr(folded: string): string {
  return own(IRREGULAR, folded) ? IRREGULAR[folded]! : folded;
}

/**
 * English lemmas a French word translates to. Takes the word in lower case with its accents, since folding would
 * make "proposé" (proposed) look like "propos" (a remark) once its final e is read as a feminine ending.
 */
export const translateFr = memoize((lower: string): readonly string[] => {
  const folded = fold(lower);
  const lemma = lemmaFr(folded);
  for (const form of [folded, lemma, ...verbForms(lower), ...singulars(folded)]) {
    if (own(LEXICON, form)) return LEXICON[form]!;
  }
  return BY_STEM().get(stemFr(lemma)) ?? cognates(folded);
});

/** Infinitives a regular verb form may come from: "proposé(e)(s)" and "propose(nt)" -> "proposer", "fini" -> "finir". */
function verbForms(lower: string): string[] {
  const out: string[] = [];
  const participle = /^(.+)é(e?s?)$/.exec(lower);
  if (participle) out.push(fold(`${participle[1]}er`));
  const present = /^(.+?)(e|es|ent)$/.exec(lower);
  if (present && !participle) out.push(fold(`${present[1]}er`));
  const ir = /^(.+)i(e?s?|t|ssent|ssait|ssaient)$/.exec(lower);
  if (ir) out.push(fold(`${ir[1]}ir`));
  return out;
}

function singulars(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('aux')) out.push(`${w.slice(0, -3)}al`);
  if (/[sx]$/.test(w)) out.push(w.slice(0, -1));
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('e')) out.push(w.slice(0, -1));
  return out;
}

const COGNATE_RULES: readonly (readonly [RegExp, string])[] = [
  [/ique(s)?$/, 'ic'],
  [/isme(s)?$/, 'ism'],
  [/iste(s)?$/, 'ist'],
  [/ite(s)?$/, 'ity'],
  [/eur(s)?$/, 'or'],
  [/eur(s)?$/, 'er'],
  [/aire(s)?$/, 'ary'],
  [/oire(s)?$/, 'ory'],
  [/ie(s)?$/, 'y'],
  [/if(s)?$/, 'ive'],
  [/ive(s)?$/, 'ive'],
  [/elle(s)?$/, 'al'],
  [/el(s)?$/, 'al'],
  [/ale(s)?$/, 'al'],
  [/aux$/, 'al'],
  [/re(s)?$/, 'er'],
  [/ee?s?$/, 'ate'],
  [/e(s)?$/, ''],
  [/e(s)?$/, 'e'],
  [/s$/, ''],
  [/ou/g, 'u'],
];

/** Common false friends: spelled like an English word that means something else. */
const FALSE_FRIENDS = new Set(
  'actuel actuelle actuels actuellement eventuel eventuelle eventuellement librairie location sensible achever assister attendre blesser blesse coin college deception demander demande formidable journee lecture monnaie pretendre rester sympathique supporter user preservatif envie large raisin chance car sale'.split(
    ' ',
  ),
);

/**
 * English words a French word is spelled like (central/central, roubles/rubles, démocratique/democratic),
 * kept only when English has the word: a rule, not a list, so it works on words no lexicon lists.
 */
function cognates(folded: string): readonly string[] {
  if (folded.length < 5 || FALSE_FRIENDS.has(folded)) return [];
  const out: string[] = [];
  for (const candidate of [
    folded,
    ...COGNATE_RULES.map(([pattern, replacement]) => folded.replace(pattern, replacement)),
  ]) {
    const lemma = lemmaEn(candidate);
    if (isKnownEnglish(lemma) && !out.includes(lemma)) out.push(lemma);
    if (out.length >= 2) break;
  }
  return out;
}

let reverse: Map<string, string[]> | undefined;

/** French lemmas that translate an English lemma (the lexicon read backwards), most common first. */
export function frenchFor(english: string): readonly string[] {
  if (!reverse) {
    reverse = new Map();
    for (const [fr, en] of Object.entries(LEXICON)) {
      for (const e of en) {
        const list = reverse.get(e) ?? [];
        if (!list.includes(fr)) list.push(fr);
        reverse.set(e, list);
      }
    }
  }
  return reverse.get(english.toLowerCase()) ?? [];
}

export function hasFrenchEntry(word: string): boolean {
  return own(LEXICON, fold(word));
}
