// Stage 1, tokens: words, numbers and currency signs with their offsets. French elisions (l', qu') and English
// negative contractions (didn't, won't) are split; hyphenated words are split into their parts (an apostrophe inside a name stays: Dar'a) (multi-word
// entries such as "cessez-le-feu" are found later by phrase matching). Every word is folded, lemmatised and
// stemmed by one rule whatever its case.
import { fold } from '../language/phrases';
import type { LanguageResources } from '../language/resources';

/** What a token is as a word, whatever its position: the same for every occurrence of the same text. */
interface Lexeme {
  readonly folded: string;
  readonly lemma: string;
  readonly stem: string;
  readonly isNumber: boolean;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** Written in capitals throughout (an acronym, or a shouted headline). */
  readonly allCaps: boolean;
}

export interface Token extends Lexeme {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*|[%$€£]/gu;
const ELISION = /^(jusqu|lorsqu|puisqu|quoiqu|qu|[ldnsjmtc])['’](?=\p{L})/iu;
const CONTRACTION = /^(\p{L}+)(n['’]t)$/iu;

function lexeme(text: string, res: LanguageResources): Lexeme {
  const folded = fold(text);
  const isNumber = /^\d/.test(text);
  const lemma = isNumber ? folded : res.lemma(folded);
  return {
    folded,
    lemma,
    stem: isNumber ? folded : res.stem(lemma),
    isNumber,
    capitalised: /^\p{Lu}/u.test(text),
    allCaps: text.length > 1 && /^[\p{Lu}\d.]+$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text),
  };
}

// News vocabulary repeats: each language's words are looked up (folded, lemmatised, stemmed) once per process.
const LEXEMES = new Map<LanguageResources, Map<string, Lexeme>>();
const MAX_LEXEMES = 200_000;

function make(text: string, start: number, res: LanguageResources): Token {
  let cache = LEXEMES.get(res);
  if (!cache) LEXEMES.set(res, (cache = new Map()));
  let x = cache.get(text);
  if (x === undefined) {
    x = lexeme(text, res);
    if (cache.size >= MAX_LEXEMES) cache.clear();
    cache.set(text, x);
  }
  return {
    text,
    start,
    end: start + text.length,
    folded: x.folded,
    lemma: x.lemma,
    stem: x.stem,
    isNumber: x.isNumber,
    capitalised: x.capitalised,
    allCaps: x.allCaps,
  };
}

const CONTRACTED: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

export function tokenize(text: string, base: number, res: LanguageResources): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let start = base + (m.index ?? 0);
    const elision = ELISION.exec(word);
    if (elision && res.code !== 'en') {
      out.push(make(word.slice(0, elision[1]!.length), start, res));
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    const contraction = CONTRACTION.exec(word);
    if (contraction) {
      const head = contraction[1]!;
      const t = make(head, start, res);
      out.push(CONTRACTED[t.folded] ? { ...t, lemma: CONTRACTED[t.folded]!, stem: CONTRACTED[t.folded]! } : t);
      out.push(make(contraction[2]!, start + head.length, res));
      continue;
    }
    // The English possessive is not part of the name: "Al-Masdar's" is Al-Masdar.
    const possessive = /['’]s$/.exec(word);
    if (possessive && word.length > 3) word = word.slice(0, -2);
    if (/[-‑]/.test(word)) {
      let offset = 0;
      for (const part of word.split(/[-‑]/)) {
        if (part) out.push(make(part, start + offset, res));
        offset += part.length + 1;
      }
    } else {
      out.push(make(word, start, res));
    }
  }
  return out;
}
