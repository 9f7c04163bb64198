// Tokenizing a claim into words and numbers with their offsets, splitting French elisions (l', d', qu')
// and hyphenated words unless the compound is one the lexicons know (cessez-le-feu, al-Qaïda).
import { KNOWN_COMPOUNDS } from './lexicon';
import { fold } from './normalize';

export interface Token {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  readonly isNumber: boolean;
  readonly capitalised: boolean;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?|[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*|[%$€]/gu;
const ELISION = /^(jusqu|lorsqu|puisqu|quoiqu|qu|[ldnsjmtc])['’](?=[\p{L}])/iu;

function make(text: string, start: number): Token {
  return {
    text,
    folded: fold(text),
    start,
    end: start + text.length,
    isNumber: /^\d/.test(text),
    capitalised: /^\p{Lu}/u.test(text),
  };
}

export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let start = base + (m.index ?? 0);
    const elision = ELISION.exec(word);
    if (elision) {
      // The elided article is its own token, folded without its apostrophe so it meets the stopword "l", "d", "qu".
      const article = make(word.slice(0, elision[1]!.length + 1), start);
      out.push({ ...article, folded: article.folded.replace(/'$/, '') });
      start += elision[0].length;
      word = word.slice(elision[0].length);
    }
    // The English possessive is not part of the name: "Al-Masdar's" is Al-Masdar.
    const possessive = /['’]s$/.exec(word);
    if (possessive && word.length > 3) word = word.slice(0, -2);
    if (/[-‑]/.test(word) && !KNOWN_COMPOUNDS.has(fold(word))) {
      let offset = 0;
      for (const part of word.split(/[-‑]/)) {
        if (part) out.push(make(part, start + offset));
        offset += part.length + 1;
      }
    } else {
      out.push(make(word, start));
    }
  }
  return out;
}
