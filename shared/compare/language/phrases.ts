// Folding and phrase matching shared by every stage: all word lists are matched on folded words (lower case, no
// accents), and a phrase is a list of such words matched at a token position, longest first.
import { memoize } from '../memo';

/** Lower case, no accents, one apostrophe. Memoised: news vocabulary repeats, and NFD is not cheap. */
export const fold = memoize((word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ`]/g, "'"),
);

/** A phrase as the tokenizer will see it: folded words, split on spaces, hyphens and elided apostrophes. */
export function phraseWords(phrase: string): string[] {
  return (
    fold(phrase)
      .replace(/\b(qu|[ldnsjmtc])'(?!t\b)/g, '$1 ')
      // "hasn't" is two tokens, "has" and "n't", as the tokenizer cuts it.
      .replace(/(\p{L})n't\b/gu, "$1 n't")
      .split(/[\s\-‑]+/)
      .map((w) => w.replace(/^'+|'+$/g, ''))
      .filter(Boolean)
  );
}

export interface PhraseEntry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** Phrases indexed by their first word, longest first, so matching at a token tries only what can match. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    this.addWords(words, value);
    // English "not" is also written "n't": "not immediately clear" matches "wasn't immediately clear".
    if (words.includes('not'))
      this.addWords(
        words.map((w) => (w === 'not' ? "n't" : w)),
        value,
      );
  }

  private addWords(words: readonly string[], value: T): void {
    const first = words[0];
    if (first === undefined) return;
    let list = this.byFirst.get(first);
    if (!list) this.byFirst.set(first, (list = []));
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at `i` in `words` (folded), if any. */
  match(words: readonly string[], i: number): PhraseEntry<T> | undefined {
    const list = this.byFirst.get(words[i] ?? '');
    if (!list) return undefined;
    // Plain loops: this runs for every word of every sentence against several lists.
    for (const e of list) {
      let k = 1;
      while (k < e.words.length && words[i + k] === e.words[k]) k++;
      if (k === e.words.length) return e;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}
