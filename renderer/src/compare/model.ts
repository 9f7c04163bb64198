// Pure helpers for the comparison screen: which mark each claim shows, the reading order across both texts,
// and the navigation stops (conflicts, or differences of any kind) in that order.
import type { CorrectedComparison, CorrectedLink } from '../../../shared/compare/corrections';
import type { Claim } from '../../../shared/compare/types';
import { linkMark, type Mark } from '../../../shared/presentation/verdicts';

export interface ClaimIndex {
  /** The link each linked claim belongs to (index into comparison.links). */
  readonly linkOf: ReadonlyMap<string, number>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly markOf: (id: string) => Mark;
  /** A claim's place in reading order across both texts: a link sits where its left claims are; a claim only on
   * the right sits after the linked right claim before it. */
  readonly order: ReadonlyMap<string, number>;
}

export function indexClaims(c: CorrectedComparison): ClaimIndex {
  const linkOf = new Map<string, number>();
  c.links.forEach((l, i) => {
    for (const id of [...l.left, ...l.right]) linkOf.set(id, i);
  });
  const claims = new Map([...c.left.claims, ...c.right.claims].map((x) => [x.id, x]));
  const leftPos = new Map(c.left.claims.map((x, i) => [x.id, i]));
  const linkKey = (li: number) => Math.min(...c.links[li]!.left.map((id) => leftPos.get(id) ?? Infinity));
  const order = new Map<string, number>();
  c.left.claims.forEach((x, i) => {
    const li = linkOf.get(x.id);
    order.set(x.id, li === undefined ? i : linkKey(li));
  });
  let before = -1;
  c.right.claims.forEach((x, j) => {
    const li = linkOf.get(x.id);
    if (li !== undefined) {
      before = linkKey(li);
      order.set(x.id, before);
    } else {
      order.set(x.id, before + 0.5 + j / 1e7);
    }
  });
  return {
    linkOf,
    claims,
    order,
    markOf: (id) => {
      const i = linkOf.get(id);
      return i === undefined ? 'only' : linkMark(c.links[i]!);
    },
  };
}

/** The claim that stands for a stop: a link's first left claim, or the claim itself when it is only on one side. */
export function stopOf(c: CorrectedComparison, index: ClaimIndex, claimId: string): string {
  const li = index.linkOf.get(claimId);
  return li === undefined ? claimId : c.links[li]!.left[0]!;
}

/** The navigation stops with one of the marks, in reading order: one per link, one per claim only on one side. */
export function stopsWith(c: CorrectedComparison, index: ClaimIndex, marks: ReadonlySet<Mark>): string[] {
  const out: string[] = [];
  for (const l of c.links) if (marks.has(linkMark(l))) out.push(l.left[0]!);
  if (marks.has('only')) out.push(...c.onlyLeft, ...c.onlyRight);
  return out.sort((a, b) => index.order.get(a)! - index.order.get(b)!);
}

/** The next (or previous) stop after the current claim in reading order, wrapping around; null when none. */
export function stepFrom(
  stops: readonly string[],
  index: ClaimIndex,
  current: string | null,
  direction: 1 | -1,
): string | null {
  if (!stops.length) return null;
  const at = current === null ? undefined : index.order.get(current);
  if (at === undefined) return direction === 1 ? stops[0]! : stops[stops.length - 1]!;
  if (direction === 1) return stops.find((s) => index.order.get(s)! > at) ?? stops[0]!;
  for (let i = stops.length - 1; i >= 0; i--) if (index.order.get(stops[i]!)! < at) return stops[i]!;
  return stops[stops.length - 1]!;
}

export function linkClaims(c: CorrectedComparison, link: CorrectedLink, side: 'left' | 'right'): Claim[] {
  return c[side].claims.filter((x) => link[side].includes(x.id));
}

export const sideOf = (claimId: string): 'left' | 'right' => (claimId.startsWith('L') ? 'left' : 'right');
