// Aligning the claims of two texts: IDF-weighted overlap of concept keys (stems within a language; entities,
// numbers, dates and lexicon concepts across languages), scored only for pairs that share a key, then a greedy
// one-to-one matching from the best pair down. Near-linear in practice: no claim is compared with every other.
import type { ClaimFeatures } from './features';

export interface Alignment {
  readonly left: number;
  readonly right: number;
  readonly score: number;
}

function weightOf(key: string): number {
  if (key.startsWith('E:') || key.startsWith('N:')) return 1.5;
  if (key.startsWith('U:')) return 0.5;
  return 1;
}

export function conceptWeights(sides: readonly (readonly ClaimFeatures[])[]): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const side of sides) {
    for (const claim of side) {
      n++;
      for (const key of new Set(claim.concepts)) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  const weights = new Map<string, number>();
  for (const [key, count] of df) {
    // In a long text, a key found in over a fifth of all claims says nothing about which claims match:
    // it is dropped, like a stopword, which also keeps candidate generation near-linear.
    if (n >= 100 && count > n / 5) continue;
    weights.set(key, Math.log(1 + n / count) * weightOf(key));
  }
  return weights;
}

interface Bag {
  readonly keys: readonly string[];
  readonly total: number;
}

function bagOf(claim: ClaimFeatures, weights: ReadonlyMap<string, number>): Bag {
  const keys = [...new Set(claim.concepts)].filter((k) => weights.has(k));
  return { keys, total: keys.reduce((s, k) => s + weights.get(k)!, 0) };
}

/** Weighted Dice overlap of two claims' concept sets, in 0..1. */
export function similarity(a: ClaimFeatures, b: ClaimFeatures, weights: ReadonlyMap<string, number>): number {
  const ba = bagOf(a, weights);
  const bb = bagOf(b, weights);
  const setB = new Set(bb.keys);
  let shared = 0;
  for (const k of ba.keys) if (setB.has(k)) shared += weights.get(k)!;
  return ba.total + bb.total === 0 ? 0 : (2 * shared) / (ba.total + bb.total);
}

/**
 * Every pair of claims that shares a key, with its similarity: shared weights are summed through an inverted
 * index of the right side, so no pair that shares nothing is ever looked at.
 */
export function candidatePairs(
  left: readonly ClaimFeatures[],
  right: readonly ClaimFeatures[],
  minScore: number,
): Alignment[] {
  const weights = conceptWeights([left, right]);
  const rightBags = right.map((c) => bagOf(c, weights));
  const index = new Map<string, number[]>();
  rightBags.forEach((bag, j) => {
    for (const key of bag.keys) {
      if (key.startsWith('U:')) continue;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(j);
    }
  });
  const out: Alignment[] = [];
  const shared = new Float64Array(right.length);
  const touched: number[] = [];
  left.forEach((claim, i) => {
    const bag = bagOf(claim, weights);
    const keys = new Set(bag.keys);
    for (const key of bag.keys) {
      const w = weights.get(key)!;
      for (const j of index.get(key) ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j]! += w;
      }
    }
    for (const j of touched) {
      // Unit keys were not indexed (they say little alone) but count once a pair is a candidate.
      let s = shared[j]!;
      for (const k of rightBags[j]!.keys) if (k.startsWith('U:') && keys.has(k)) s += weights.get(k)!;
      const score = (2 * s) / (bag.total + rightBags[j]!.total);
      if (score >= minScore) out.push({ left: i, right: j, score });
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return out;
}

export function alignClaims(
  left: readonly ClaimFeatures[],
  right: readonly ClaimFeatures[],
  threshold: number,
): Alignment[] {
  return matchOneToOne(candidatePairs(left, right, threshold));
}

/** Greedy one-to-one matching, best pair first; ties broken by position so the result is deterministic. */
export function matchOneToOne(candidates: readonly Alignment[]): Alignment[] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || x.left - y.left || x.right - y.right);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const out: Alignment[] = [];
  for (const c of sorted) {
    if (usedLeft.has(c.left) || usedRight.has(c.right)) continue;
    usedLeft.add(c.left);
    usedRight.add(c.right);
    out.push(c);
  }
  return out.sort((x, y) => x.left - y.left);
}

export interface LinkGroup {
  readonly left: readonly number[];
  readonly right: readonly number[];
  /** The claim pairs judged for this link: the main pair first. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly score: number;
}

/**
 * A claim left over by the one-to-one matching joins the link of its best counterpart when it says enough of
 * the same (one report may say in two sentences what the other says in one).
 */
export function attachSecondaryClaims(
  alignment: readonly Alignment[],
  candidates: readonly Alignment[],
  threshold: number,
): LinkGroup[] {
  const groups = alignment.map((a) => ({
    left: [a.left],
    right: [a.right],
    pairs: [[a.left, a.right] as const] as (readonly [number, number])[],
    score: a.score,
  }));
  const groupOfLeft = new Map(alignment.map((a, g) => [a.left, g]));
  const groupOfRight = new Map(alignment.map((a, g) => [a.right, g]));
  const secondary = threshold * 1.25;
  const bestForLeft = new Map<number, Alignment>();
  const bestForRight = new Map<number, Alignment>();
  for (const c of candidates) {
    if (c.score < secondary) continue;
    if (!groupOfLeft.has(c.left) && groupOfRight.has(c.right)) {
      const b = bestForLeft.get(c.left);
      if (!b || c.score > b.score || (c.score === b.score && c.right < b.right)) bestForLeft.set(c.left, c);
    }
    if (!groupOfRight.has(c.right) && groupOfLeft.has(c.left)) {
      const b = bestForRight.get(c.right);
      if (!b || c.score > b.score || (c.score === b.score && c.left < b.left)) bestForRight.set(c.right, c);
    }
  }
  for (const c of [...bestForLeft.values()].sort((x, y) => x.left - y.left)) {
    const g = groups[groupOfRight.get(c.right)!]!;
    if (g.left.length >= 3) continue;
    g.left.push(c.left);
    g.pairs.push([c.left, c.right]);
  }
  for (const c of [...bestForRight.values()].sort((x, y) => x.right - y.right)) {
    const g = groups[groupOfLeft.get(c.left)!]!;
    if (g.right.length >= 3) continue;
    g.right.push(c.right);
    g.pairs.push([c.left, c.right]);
  }
  for (const g of groups) {
    g.left.sort((x, y) => x - y);
    g.right.sort((x, y) => x - y);
  }
  return groups;
}
