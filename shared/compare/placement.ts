// Where every claim ends up: in a link, or only on its side; and the counts per verdict. One function for the
// engine and for corrections, so both always place each claim exactly once.
import type { Claim, Comparison, Link, Verdict } from './types';

export function placeClaims(
  links: readonly Pick<Link, 'left' | 'right' | 'verdict' | 'strength'>[],
  leftClaims: readonly Claim[],
  rightClaims: readonly Claim[],
): Pick<Comparison, 'onlyLeft' | 'onlyRight' | 'counts'> {
  const linkedLeft = new Set(links.flatMap((l) => l.left));
  const linkedRight = new Set(links.flatMap((l) => l.right));
  const onlyLeft = leftClaims.filter((c) => !linkedLeft.has(c.id)).map((c) => c.id);
  const onlyRight = rightClaims.filter((c) => !linkedRight.has(c.id)).map((c) => c.id);
  const linked = links.filter((l) => l.strength !== 'possible');
  const count = (v: Verdict) => linked.filter((l) => l.verdict === v).length;
  return {
    onlyLeft,
    onlyRight,
    counts: {
      agree: count('agree'),
      conflict: count('conflict'),
      framing: count('framing'),
      possible: links.length - linked.length,
      onlyLeft: onlyLeft.length,
      onlyRight: onlyRight.length,
    },
  };
}
