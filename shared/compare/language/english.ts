// English lexical resources: Snowball stems, lemmas (wink-lemmatizer), WordNet's first senses, antonyms and
// derivations (generated from WordNet 3.1 by main/tools/language-data), and the word-frequency ranks.
import * as snowballModule from 'snowball-stemmers';
import * as lemmatizerModule from 'wink-lemmatizer';
import wordnet from '../data/generated/wordnet-en.json';
import { memoize } from '../memo';

const WORDNET = wordnet as unknown as {
  readonly senses: Readonly<Record<string, readonly number[]>>;
  readonly antonyms: readonly (readonly [string, string])[];
  readonly derivations: Readonly<Record<string, string>>;
  readonly agents: readonly string[];
};

/** CommonJS packages seen through ESM, CommonJS and bundlers alike. */
export function cjs<T>(module: T): T {
  return (module as { default?: T }).default ?? module;
}

const snowball = cjs(snowballModule);
const lemmatizer = cjs(lemmatizerModule);
const stemmer = snowball.newStemmer('english');

/** Snowball stem of a folded word: "planning" and "plan", "Rivers" and "river" meet. */
export const stemEn = memoize((folded: string): string => (/\d/.test(folded) ? folded : stemmer.stem(folded)));

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

let senses: ReadonlyMap<string, readonly number[]> | undefined;
const NO_SENSES: readonly number[] = [];

/** WordNet's first senses of a lemma ("shut down" and "close" share one), as synset numbers. */
export function sensesEn(lemma: string): readonly number[] {
  // A Map built on first use: looked up for most words of every sentence, faster than the data's own object.
  senses ??= new Map(Object.entries(WORDNET.senses));
  return senses.get(lemma) ?? NO_SENSES;
}

let phraseHeads: ReadonlySet<string> | undefined;

/** First words of WordNet's multi-word lemmas ("shut" of "shut down"): a pair is looked up only after one. */
export function startsEnglishPhrase(word: string): boolean {
  phraseHeads ??= new Set(
    Object.keys(WORDNET.senses)
      .filter((k) => k.includes(' '))
      .map((k) => k.slice(0, k.indexOf(' '))),
  );
  return phraseHeads.has(word);
}

export function isKnownEnglish(lemma: string): boolean {
  return sensesEn(lemma) !== NO_SENSES;
}

/** The verb a noun comes from, as WordNet records it ("denial" -> "deny", "withdrawal" -> "withdraw"). */
export function derivationEn(lemma: string): string | undefined {
  return own(WORDNET.derivations, lemma) ? WORDNET.derivations[lemma] : undefined;
}

export const WORDNET_ANTONYMS = WORDNET.antonyms;

const AGENTS = new Set(WORDNET.agents);

/** A noun for someone who can act: a person or a group (police, rebels, mother, government). */
export function isAgentEn(lemma: string): boolean {
  return AGENTS.has(lemma);
}

/** An inflected form of a verb ("shot", "offered", "took"), by the verb lemmatiser: not "earlier" or "bigger". */
export const isVerbFormEn = memoize((folded: string): boolean => lemmatizer.verb(folded) !== folded);

/**
 * A word in "-ly" made from a known word, as adverbs are: "fatally" (fatal), "quickly", "happily" (happy),
 * "probably" (probable); not "family" or "rally". Adjectives and verbs pass too ("elderly", "deadly", "supply",
 * "assembly"), so callers read it only where an adverb stands: right after an auxiliary, or before a verb after "to".
 */
export const isAdverbEn = memoize((folded: string): boolean => {
  const m = /^([a-z]{2,})ly$/.exec(folded);
  if (!m) return false;
  const base = m[1]!;
  return [base, base.replace(/i$/, 'y'), `${base}le`, base.replace(/al$/, '')].some(
    (w) => w.length > 2 && isKnownEnglish(w) && w !== folded,
  );
});

/**
 * The dictionary form of a folded English word: irregular verbs and nouns from WordNet's exception lists
 * ("went" -> "go", "children" -> "child"), else regular inflections undone.
 */
export const lemmaEn = memoize((folded: string): string => {
  if (folded.length < 3 || /[^a-z'-]/.test(folded)) return folded;
  const verb = lemmatizer.verb(folded);
  if (verb !== folded && (isKnownEnglish(verb) || !isKnownEnglish(folded))) return verb;
  const noun = lemmatizer.noun(folded);
  if (noun !== folded) return noun;
  const adjective = lemmatizer.adjective(folded);
  return adjective !== folded && isKnownEnglish(adjective) ? adjective : folded;
});
