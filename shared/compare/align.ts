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
  for (const [key, count] of df) weights.set(key, Math.log(1 + n / count) * weightOf(key));
  return weights;
}

/** Weighted Dice overlap of two claims' concept sets, in 0..1. */
export function similarity(a: ClaimFeatures, b: ClaimFeatures, weights: ReadonlyMap<string, number>): number {
  const setA = new Set(a.concepts);
  const setB = new Set(b.concepts);
  const w = (k: string) => weights.get(k) ?? Math.log(2) * weightOf(k);
  let total = 0;
  let shared = 0;
  for (const k of setA) {
    total += w(k);
    if (setB.has(k)) shared += w(k);
  }
  for (const k of setB) total += w(k);
  return total === 0 ? 0 : (2 * shared) / total;
}

export function alignClaims(
  left: readonly ClaimFeatures[],
  right: readonly ClaimFeatures[],
  threshold: number,
): Alignment[] {
  const weights = conceptWeights([left, right]);
  const index = new Map<string, number[]>();
  right.forEach((claim, j) => {
    for (const key of new Set(claim.concepts)) {
      if (key.startsWith('U:')) continue;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(j);
    }
  });
  const candidates: Alignment[] = [];
  left.forEach((claim, i) => {
    const seen = new Set<number>();
    for (const key of new Set(claim.concepts)) {
      for (const j of index.get(key) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const score = similarity(claim, right[j]!, weights);
        if (score >= threshold) candidates.push({ left: i, right: j, score });
      }
    }
  });
  // Best first; ties broken by position so the result is deterministic.
  candidates.sort((x, y) => y.score - x.score || x.left - y.left || x.right - y.right);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const out: Alignment[] = [];
  for (const c of candidates) {
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
 * the same (one report may say in two sentences what the other says in one): "the rebels proposed the truce"
 * then meets "the Russian centre offered a ceasefire" even though that claim was matched first.
 */
export function attachSecondaryClaims(
  alignment: readonly Alignment[],
  left: readonly { concepts: readonly string[] }[],
  right: readonly { concepts: readonly string[] }[],
  threshold: number,
): LinkGroup[] {
  const weights = conceptWeights([left as ClaimFeatures[], right as ClaimFeatures[]]);
  const groups = alignment.map((a) => ({
    left: [a.left],
    right: [a.right],
    pairs: [[a.left, a.right] as const],
    score: a.score,
  }));
  const byLeft = new Map(alignment.map((a, g) => [a.left, g]));
  const byRight = new Map(alignment.map((a, g) => [a.right, g]));
  const secondary = threshold * 1.25;
  const attach = (
    own: readonly { concepts: readonly string[] }[],
    other: readonly { concepts: readonly string[] }[],
    linkedOwn: ReadonlyMap<number, number>,
    linkedOther: ReadonlyMap<number, number>,
    side: 'left' | 'right',
  ) => {
    own.forEach((claim, i) => {
      if (linkedOwn.has(i)) return;
      let best = -1;
      let bestScore = secondary;
      for (const [j] of linkedOther) {
        const s = similarity(claim as ClaimFeatures, other[j] as ClaimFeatures, weights);
        if (s > bestScore) [best, bestScore] = [j, s];
      }
      if (best < 0) return;
      const g = groups[linkedOther.get(best)!]!;
      if ((side === 'left' ? g.left : g.right).length >= 3) return;
      if (side === 'left') {
        g.left.push(i);
        g.pairs.push([i, best] as const);
      } else {
        g.right.push(i);
        g.pairs.push([best, i] as const);
      }
    });
  };
  attach(left, right, byLeft, byRight, 'left');
  attach(right, left, byRight, byLeft, 'right');
  for (const g of groups) {
    g.left.sort((x, y) => x - y);
    g.right.sort((x, y) => x - y);
  }
  return groups;
}
