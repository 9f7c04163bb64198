// How much two sentences say the same thing, word by word: each content word counts once, by its heaviest key
// that the other sentence also has (so a word meeting its synonym does not count twice through stem, sense and
// group). Candidates are found through an inverted index of keys: pairs that share nothing are never scored.
import type { ArticleAnalysis, SentenceAnalysis } from '../analysis/types';
import type { Vocabulary } from './vocabulary';

export interface Profile {
  readonly index: number;
  readonly sentence: SentenceAnalysis;
  /** Per content word: its keys (renamed) and their weights in this comparison, as parallel arrays. */
  readonly words: readonly { readonly keys: readonly string[]; readonly weights: readonly number[] }[];
  readonly keys: ReadonlyMap<string, number>;
  readonly total: number;
  /** Each word's own key (its first: stem, name or figure), for plain word overlap. */
  readonly own: ReadonlySet<string>;
}

export function profiles(a: ArticleAnalysis, vocabulary: Vocabulary, renamed: boolean): Profile[] {
  return a.sentences.map((sentence, index) => {
    const keys = new Map<string, number>();
    let total = 0;
    const words = sentence.words.map((list) => {
      const out: { keys: string[]; weights: number[] } = { keys: [], weights: [] };
      let max = 0;
      for (const k of list) {
        const key = renamed ? vocabulary.rename(k) : k;
        const w = vocabulary.weight(key, sentence.keys[k] ?? 0);
        if (w <= 0) continue;
        out.keys.push(key);
        out.weights.push(w);
        if (w > max) max = w;
        if (w > (keys.get(key) ?? 0)) keys.set(key, w);
      }
      total += max;
      return out;
    });
    const own = new Set<string>();
    for (const w of words) if (w.keys[0] !== undefined) own.add(w.keys[0]);
    return { index, sentence, words, keys, total, own };
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
  /** Unweighted Dice of the words' own keys (stems, names, figures): plain word overlap, in the engine's terms. */
  readonly plain: number;
}

function matched(p: Profile, other: Profile): { weight: number; words: number; max: number } {
  let weight = 0;
  let words = 0;
  let max = 0;
  for (const w of p.words) {
    let best = 0;
    for (let i = 0; i < w.keys.length; i++) {
      const x = w.weights[i]!;
      if (x > best && other.keys.has(w.keys[i]!)) best = x;
    }
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
  const oa = a.own;
  const ob = b.own;
  let plainShared = 0;
  for (const k of oa) if (ob.has(k)) plainShared++;
  return {
    plain: oa.size + ob.size ? (2 * plainShared) / (oa.size + ob.size) : 0,
    dice: total ? (ma.weight + mb.weight) / total : 0,
    cover: Math.min(1, shorter),
    matchedWords: Math.min(ma.words, mb.words),
    maxShared: Math.max(ma.max, mb.max),
    shared,
  };
}

/**
 * Pairs of sentences worth scoring, found through an inverted index of the right side: the weight of the keys a
 * pair shares is summed on the way (cheap), and only pairs sharing at least `minShare` of their combined weight
 * are returned, so the full word-by-word overlap is computed for few pairs and pairs that share nothing are
 * never looked at.
 */
export function candidatePairs(
  left: readonly Profile[],
  right: readonly Profile[],
  minShare = 0.1,
): [number, number][] {
  const index = new Map<string, [number, number][]>();
  for (const p of right) {
    for (const [k, w] of p.keys) {
      // Shared senses count once a pair is scored, but do not make candidates: most words share one with many.
      if (w < 0.15 || k.startsWith('unit:') || k.startsWith('s:')) continue;
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push([p.index, w]);
    }
  }
  const out: [number, number][] = [];
  const shared = new Float64Array(right.length);
  const touched: number[] = [];
  for (const p of left) {
    for (const [k, w] of p.keys) {
      if (w < 0.15) continue;
      for (const [j, x] of index.get(k) ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j]! += Math.min(w, x);
      }
    }
    for (const j of touched) {
      if (shared[j]! >= minShare * (p.total + right[j]!.total)) out.push([p.index, j]);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return out;
}
