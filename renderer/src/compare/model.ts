// Pure helpers for the comparison screen: which verdict each claim shows, navigation between conflicts.
import type { CorrectedComparison, CorrectedLink } from '../../../shared/compare/corrections';
import type { Claim, Verdict } from '../../../shared/compare/types';

export type ClaimMark = Verdict | 'only';
export const MARKS: readonly ClaimMark[] = ['agree', 'conflict', 'framing', 'only'];

export const MARK_LABEL: Readonly<Record<ClaimMark, string>> = {
  agree: 'Agree',
  conflict: 'Conflict',
  framing: 'Framing',
  only: 'Only in this report',
};

export const MARK_ICON: Readonly<Record<ClaimMark, string>> = { agree: '=', conflict: '≠', framing: '≈', only: '○' };

export interface ClaimIndex {
  readonly linkOf: ReadonlyMap<string, number>;
  readonly markOf: (id: string) => ClaimMark;
}

export function indexClaims(c: CorrectedComparison): ClaimIndex {
  const linkOf = new Map<string, number>();
  c.links.forEach((l, i) => {
    for (const id of [...l.left, ...l.right]) linkOf.set(id, i);
  });
  return {
    linkOf,
    markOf: (id) => {
      const i = linkOf.get(id);
      return i === undefined ? 'only' : c.links[i]!.verdict;
    },
  };
}

/** The next (or previous) link with the verdict, after the current one, wrapping around; -1 when none. */
export function stepTo(
  links: readonly CorrectedLink[],
  current: number | null,
  verdict: Verdict,
  direction: 1 | -1,
): number {
  const n = links.length;
  if (!n) return -1;
  const start = current ?? (direction === 1 ? -1 : n);
  for (let k = 1; k <= n; k++) {
    const i = (((start + direction * k) % n) + n) % n;
    if (links[i]!.verdict === verdict) return i;
  }
  return -1;
}

export function accessibleName(mark: ClaimMark, claim: Claim, link: CorrectedLink | undefined): string {
  const why = link?.reasons[0] ? ` (${link.reasons[0].kind}: ${link.reasons[0].note})` : '';
  return `${MARK_LABEL[mark]}${link?.edited ? ', edited' : ''}${why}: ${claim.text}`;
}
