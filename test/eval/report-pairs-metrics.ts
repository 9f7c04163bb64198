// Scoring a comparison against gold links, independently of how either side splits sentences: a predicted link
// matches a gold link when it overlaps it on both sides (one to one, largest overlap first).
import type { Comparison } from '../../shared/compare';
import type { GoldSpan, LoadedPair } from './report-pairs-data';

export interface Counts {
  predicted: number;
  gold: number;
  matched: number;
  verdictRight: number;
  predConflict: number;
  goldConflict: number;
  conflictHit: number;
  goldConflictFound: number;
  onlyPred: number;
  onlyGold: number;
  onlyBoth: number;
  stanceRight: number;
  pairs: number;
}

export const zero = (): Counts => ({
  predicted: 0,
  gold: 0,
  matched: 0,
  verdictRight: 0,
  predConflict: 0,
  goldConflict: 0,
  conflictHit: 0,
  goldConflictFound: 0,
  onlyPred: 0,
  onlyGold: 0,
  onlyBoth: 0,
  stanceRight: 0,
  pairs: 0,
});

export function add(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

/** A claim or sentence shares some text with one of the spans. */
export const touches = (s: { start: number; end: number }, spans: readonly GoldSpan[]) =>
  spans.some(([x, y]) => Math.min(s.end, y) > Math.max(s.start, x));

/** A sentence shares more than 30% of the shorter of itself and one of the spans (a candidate pair gold links). */
export const sharesSpan = (s: { start: number; end: number }, spans: readonly GoldSpan[]) =>
  spans.some(([a, b]) => Math.min(b, s.end) - Math.max(a, s.start) > 0.3 * Math.min(b - a, s.end - s.start));

/** The claims of one side of a link, by id. */
export const claimsOf = (ids: readonly string[], claims: Comparison['left']['claims']) =>
  ids.map((id) => claims.find((q) => q.id === id)!);

const overlapLen = (x: GoldSpan, y: GoldSpan) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));

/** How much of the shorter of two span sets the other covers, 0..1. */
function cover(xs: readonly GoldSpan[], ys: readonly GoldSpan[]): number {
  let o = 0;
  for (const x of xs) for (const y of ys) o += overlapLen(x, y);
  const len = (s: readonly GoldSpan[]) => s.reduce((n, [a, b]) => n + (b - a), 0);
  return o / Math.max(1, Math.min(len(xs), len(ys)));
}

export interface PredictedLink {
  readonly left: readonly GoldSpan[];
  readonly right: readonly GoldSpan[];
  readonly verdict: string;
}

/** Predicted links of a comparison as spans (only "linked" ones: "possibly related" is not a claim of a link). */
export function predictedLinks(c: Comparison): PredictedLink[] {
  const span = (claims: Comparison['left']['claims'], id: string): GoldSpan => {
    const claim = claims.find((x) => x.id === id)!;
    return [claim.start, claim.end];
  };
  return c.links
    .filter((l) => l.strength !== 'possible')
    .map((l) => ({
      left: l.left.map((id) => span(c.left.claims, id)),
      right: l.right.map((id) => span(c.right.claims, id)),
      verdict: l.verdict,
    }));
}

const MIN_COVER = 0.3;

export function scorePair(
  pair: LoadedPair,
  predicted: readonly PredictedLink[],
  claims: { left: readonly GoldSpan[]; right: readonly GoldSpan[] },
  only: { left: readonly GoldSpan[]; right: readonly GoldSpan[] },
  stance: 'left' | 'right' | null,
): Counts {
  const c = zero();
  c.pairs = 1;
  c.predicted = predicted.length;
  c.gold = pair.links.length;
  const options: { p: number; g: number; w: number }[] = [];
  predicted.forEach((p, i) =>
    pair.links.forEach((g, j) => {
      const wl = cover(p.left, g.left);
      const wr = cover(p.right, g.right);
      if (wl >= MIN_COVER && wr >= MIN_COVER) options.push({ p: i, g: j, w: Math.min(wl, wr) });
    }),
  );
  options.sort((x, y) => y.w - x.w);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const goldOf = new Map<number, number>();
  for (const o of options) {
    if (usedP.has(o.p) || usedG.has(o.g)) continue;
    usedP.add(o.p);
    usedG.add(o.g);
    goldOf.set(o.p, o.g);
  }
  c.matched = goldOf.size;
  for (const [p, g] of goldOf) if (predicted[p]!.verdict === pair.links[g]!.verdict) c.verdictRight++;
  c.predConflict = predicted.filter((p) => p.verdict === 'conflict').length;
  c.goldConflict = pair.links.filter((g) => g.verdict === 'conflict').length;
  for (const [p, g] of goldOf) {
    if (predicted[p]!.verdict === 'conflict' && pair.links[g]!.verdict === 'conflict') {
      c.conflictHit++;
      c.goldConflictFound++;
    }
  }
  // Only in one report, per claim of the engine's split: gold-only when it overlaps no gold link on its side.
  for (const side of ['left', 'right'] as const) {
    const goldSpans = pair.links.flatMap((l) => l[side]);
    for (const claim of claims[side]) {
      const goldOnly = cover([claim], goldSpans) < MIN_COVER;
      const predOnly = only[side].some((o) => o[0] === claim[0] && o[1] === claim[1]);
      if (goldOnly) c.onlyGold++;
      if (predOnly) c.onlyPred++;
      if (goldOnly && predOnly) c.onlyBoth++;
    }
  }
  c.stanceRight = (pair.documentStance?.side ?? null) === stance ? 1 : 0;
  return c;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function summary(c: Counts) {
  const lp = ratio(c.matched, c.predicted);
  const lr = ratio(c.matched, c.gold);
  return {
    linkP: lp,
    linkR: lr,
    linkF1: f1(lp, lr),
    verdictAcc: ratio(c.verdictRight, c.matched),
    conflictP: ratio(c.conflictHit, c.predConflict),
    conflictR: ratio(c.goldConflictFound, c.goldConflict),
    onlyP: ratio(c.onlyBoth, c.onlyPred),
    onlyR: ratio(c.onlyBoth, c.onlyGold),
    stanceAcc: ratio(c.stanceRight, c.pairs),
  };
}
