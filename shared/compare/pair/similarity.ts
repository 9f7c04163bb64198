// How much two sentences say the same thing, word by word: each content word counts once, by its heaviest key
// that the other sentence also has (so a word meeting its synonym does not count twice through stem, sense and
// group). Candidates are found through an inverted index of keys: pairs that share nothing are never scored.
import type { ArticleAnalysis, SentenceAnalysis } from '../analysis/types';
import type { Vocabulary } from './vocabulary';

export interface Profile {
  readonly index: number;
  readonly sentence: SentenceAnalysis;
  /** Per content word: its keys (renamed) and weights in this comparison. */
  readonly words: readonly (readonly (readonly [string, number])[])[];
  readonly keys: ReadonlyMap<string, number>;
  readonly total: number;
}

export function profiles(a: ArticleAnalysis, vocabulary: Vocabulary, renamed: boolean): Profile[] {
  return a.sentences.map((sentence, index) => {
    const keys = new Map<string, number>();
    const words = sentence.words.map((list) =>
      list
        .map((k) => {
          const key = renamed ? vocabulary.rename(k) : k;
          const w = vocabulary.weight(key, sentence.keys[k] ?? 0);
          keys.set(key, Math.max(keys.get(key) ?? 0, w));
          return [key, w] as const;
        })
        .filter(([, w]) => w > 0),
    );
    const total = words.reduce((s, w) => s + Math.max(0, ...w.map(([, x]) => x)), 0);
    return { index, sentence, words, keys, total };
  });
}

export interface Overlap {
  /** Weighted share of both sentences' words found in the other, 0..1. */
  readonly dice: number;
  /** The same for the shorter sentence alone. */
  readonly cover: number;
  readonly matchedWords: number;
  /** Weight of the heaviest word the two share. */
  readonly maxShared: number;
  /** Keys both sentences have. */
  readonly shared: readonly string[];
}

function matched(p: Profile, other: Profile): { weight: number; words: number; max: number } {
  let weight = 0;
  let words = 0;
  let max = 0;
  for (const w of p.words) {
    let best = 0;
    for (const [k, x] of w) if (x > best && other.keys.has(k)) best = x;
    if (best > 0) {
      weight += best;
      words++;
      if (best > max) max = best;
    }
  }
  return { weight, words, max };
}

export function overlap(a: Profile, b: Profile): Overlap {
  const ma = matched(a, b);
  const mb = matched(b, a);
  const total = a.total + b.total;
  const shorter = a.total <= b.total ? ma.weight / (a.total || 1) : mb.weight / (b.total || 1);
  const shared: string[] = [];
  for (const k of a.keys.keys()) if (b.keys.has(k)) shared.push(k);
  return {
    dice: total ? (ma.weight + mb.weight) / total : 0,
    cover: Math.min(1, shorter),
    matchedWords: Math.min(ma.words, mb.words),
    maxShared: Math.max(ma.max, mb.max),
    shared,
  };
}

/** Every pair of sentences sharing a key of some weight, found through an inverted index of the right side. */
export function candidatePairs(left: readonly Profile[], right: readonly Profile[]): [number, number][] {
  const index = new Map<string, number[]>();
  for (const p of right) {
    for (const [k, w] of p.keys) {
      if (w < 0.15 || k.startsWith('unit:')) continue;
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(p.index);
    }
  }
  const out: [number, number][] = [];
  const seen = new Uint8Array(right.length);
  const touched: number[] = [];
  for (const p of left) {
    for (const [k, w] of p.keys) {
      if (w < 0.15) continue;
      for (const j of index.get(k) ?? []) {
        if (seen[j]) continue;
        seen[j] = 1;
        touched.push(j);
      }
    }
    for (const j of touched) {
      out.push([p.index, j]);
      seen[j] = 0;
    }
    touched.length = 0;
  }
  return out;
}
