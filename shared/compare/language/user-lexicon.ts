// The researcher's own lexicon for one library: names or words to treat as the same (aliases), pairs of labels
// that name one referent differently (a framing pair), and extra hedges. Applied during analysis, so its
// version is part of the key of any cached analysis.
import { fold, PhraseIndex } from './phrases';

export type UserLexiconEntry =
  | { readonly kind: 'alias'; readonly terms: readonly string[] }
  | { readonly kind: 'label'; readonly terms: readonly [string, string] }
  | { readonly kind: 'hedge'; readonly terms: readonly [string] };

export interface UserLexicon {
  readonly entries: readonly UserLexiconEntry[];
}

export const EMPTY_LEXICON: UserLexicon = { entries: [] };

export interface CompiledLexicon {
  /** A phrase -> the key it stands for ("U:3" for the fourth entry). */
  readonly aliases: PhraseIndex<string>;
  readonly labels: PhraseIndex<{ readonly referent: string; readonly label: string; readonly pair: readonly string[] }>;
  readonly hedges: PhraseIndex<true>;
  readonly empty: boolean;
}

const compiled = new WeakMap<UserLexicon, CompiledLexicon>();

export function compileLexicon(lexicon: UserLexicon): CompiledLexicon {
  let c = compiled.get(lexicon);
  if (c) return c;
  const aliases = new PhraseIndex<string>();
  const labels = new PhraseIndex<{ referent: string; label: string; pair: readonly string[] }>();
  const hedges = new PhraseIndex<true>();
  lexicon.entries.forEach((e, i) => {
    switch (e.kind) {
      case 'alias':
        for (const t of e.terms) aliases.add(t, `U:${i}`);
        break;
      case 'label':
        for (const t of e.terms) labels.add(t, { referent: `user-${i}`, label: fold(t), pair: e.terms });
        break;
      case 'hedge':
        hedges.add(e.terms[0], true);
        break;
    }
  });
  c = { aliases, labels, hedges, empty: lexicon.entries.length === 0 };
  compiled.set(lexicon, c);
  return c;
}

/** A short stable fingerprint of a lexicon's content, for cache keys. */
export function lexiconVersion(lexicon: UserLexicon): string {
  const text = JSON.stringify(lexicon.entries);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${lexicon.entries.length}-${h.toString(16)}`;
}
