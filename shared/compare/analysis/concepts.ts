// Stage 3, concepts: the keys by which a word can meet a word of the other report. In English, the Snowball stem
// of the lemma, WordNet's first senses, the verb a noun derives from, and the synonym group; in French, the stem
// and the keys of its English translations (lexicon, then cognates). Multi-word entries ("shut down",
// "cessez-le-feu", "pull out") put their keys on their first word. Weights favour rare words.
import { derivationEn, isKnownEnglish, sensesEn, startsEnglishPhrase, stemEn } from '../language/english';
import { FRENCH_PHRASES, translateFr } from '../language/french';
import { PhraseIndex } from '../language/phrases';
import { rarityWeight, resourcesFor } from '../language/resources';
import { addKey, addSharedKeys, isStopword, type SentenceContext } from './context';
import type { Token } from './tokens';

const SENSE_FACTOR = 0.7;
const GROUP_FACTOR = 0.85;
const TRANSLATION_FACTOR = 0.9;
export const NUMBER_WEIGHT = 1.3;

let frenchPhrases: PhraseIndex<readonly string[]> | undefined;
const frenchPhraseIndex = () => (frenchPhrases ??= new PhraseIndex(FRENCH_PHRASES));

/** Keys of an English lemma (one word or a phrase "shut down"), with a base weight. */
function englishKeys(lemma: string, weight: number, put: (key: string, weight: number) => void): void {
  const stem = lemma.split(' ').map(stemEn).join('_');
  put(`en:${stem}`, weight);
  for (const s of sensesEn(lemma)) put(`s:${s}`, weight * SENSE_FACTOR);
  const verb = derivationEn(lemma);
  if (verb) put(`en:${stemEn(verb)}`, weight * 0.9);
  const en = resourcesFor('en');
  const group = en.synonyms.match(lemma.split(' '), 0);
  if (group && group.words.length === lemma.split(' ').length) put(`g:${group.value}`, weight * GROUP_FACTOR);
}

/** A word's keys in the order they are put, as [key, weight, key, weight, ...]. */
type KeyList = readonly (string | number)[];

function computeWordKeys(t: Token, code: string): KeyList {
  const out: (string | number)[] = [];
  const put = (key: string, weight: number) => {
    out.push(key, weight);
  };
  const weight = rarityWeight(`${code === 'und' ? 'en' : code}:${t.folded}`);
  if (code === 'en') {
    englishKeys(t.lemma, weight, put);
    if (t.folded !== t.lemma && sensesEn(t.folded).length) englishKeys(t.folded, weight, put);
  } else if (code === 'fr') {
    put(`fr:${t.stem}`, weight);
    const res = resourcesFor('fr');
    const group = res.synonyms.match([t.lemma], 0) ?? res.synonyms.match([t.folded], 0);
    if (group) put(`g:${group.value}`, weight * GROUP_FACTOR);
    for (const en of translateFr(t.text.toLowerCase()).slice(0, 3)) englishKeys(en, weight * TRANSLATION_FACTOR, put);
  } else {
    // A language without word lists: the word itself, and the English word it is spelled like, if any
    // ("Reform", "demonstrieren" no; "Minister", "Parlament" no, "Reform" yes).
    put(`und:${t.folded}`, weight);
    if (t.folded.length >= 5 && isKnownEnglish(t.folded)) put(`en:${stemEn(t.folded)}`, weight * 0.7);
  }
  return out;
}

// A word's keys depend only on the word and its language: computed once per process for each (news vocabulary
// repeats), as the map addKey would build from them, shared by every token of the word (copied on a later key).
const WORD_KEYS = new Map<string, Map<string, ReadonlyMap<string, number>>>();
const MAX_WORDS = 200_000;

function wordKeys(ctx: SentenceContext, i: number): void {
  const t = ctx.tokens[i]!;
  const code = ctx.res.code;
  let cache = WORD_KEYS.get(code);
  if (!cache) WORD_KEYS.set(code, (cache = new Map()));
  let keys = cache.get(t.text);
  if (keys === undefined) {
    const list = computeWordKeys(t, code);
    const built = new Map<string, number>();
    for (let k = 0; k < list.length; k += 2) {
      const key = list[k] as string;
      built.set(key, Math.max(built.get(key) ?? 0, list[k + 1] as number));
    }
    keys = built;
    if (cache.size >= MAX_WORDS) cache.clear();
    cache.set(t.text, keys);
  }
  addSharedKeys(ctx, i, keys);
}

function phraseKeys(ctx: SentenceContext, i: number): void {
  const { words, tokens } = ctx;
  const put = (key: string, weight: number) => addKey(ctx, i, key, weight);
  const mark = (length: number) => {
    ctx.phraseStart[i] = true;
    for (let k = i + 1; k < i + length; k++) ctx.inPhrase[k] = true;
  };
  if (ctx.res.code === 'fr') {
    const p = frenchPhraseIndex().match(words, i);
    if (p) {
      for (const en of p.value.slice(0, 3)) englishKeys(en, 1.1 * TRANSLATION_FACTOR, put);
      mark(p.words.length);
    }
  }
  if (ctx.res.code === 'en' && tokens[i + 1] && startsEnglishPhrase(tokens[i]!.lemma)) {
    // Two-word lemmas WordNet knows ("shut down", "pull out", "take over").
    const pair = `${tokens[i]!.lemma} ${tokens[i + 1]!.folded}`;
    if (sensesEn(pair).length) englishKeys(pair, 1.1, put);
  }
  const group = ctx.res.synonyms.match(words, i);
  if (group && group.words.length > 1) {
    put(`g:${group.value}`, GROUP_FACTOR);
    mark(group.words.length);
  }
}

export function findConcepts(ctx: SentenceContext): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.isNumber) continue;
    phraseKeys(ctx, i);
    if (ctx.entityAt[i]) {
      // A capitalised common word ("Apple", "Reading") may still be the common word in the other report.
      if (ctx.res.code === 'en' && sensesEn(t.lemma).length && ctx.entityAt[i]!.kind === 'name') {
        addKey(ctx, i, `en:${t.stem}`, 0.6);
      }
      // Without word lists every capitalised noun looks like a name (German): keep its English look-alike too.
      if (ctx.res.code === 'und' && t.folded.length >= 5 && isKnownEnglish(t.folded)) {
        addKey(ctx, i, `en:${stemEn(t.folded)}`, 0.6);
      }
      continue;
    }
    if (isStopword(ctx, i) || ctx.res.pronouns.has(t.folded) || ctx.res.negations.match(ctx.words, i)) continue;
    wordKeys(ctx, i);
  }
}
