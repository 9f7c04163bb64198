// Keeps the two texts in step: a selected link's claims are brought level, a claim shown alone is brought to
// the same height, and scrolling one pane keeps the counterpart of its first visible linked claim level in the
// other. Reports each scroll (as a frame count) so the connector can follow.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { ClaimIndex } from './model';

/** Linked claims are brought to this height of their pane. */
export const LEVEL = 0.3;

export interface Panes {
  left: HTMLDivElement | null;
  right: HTMLDivElement | null;
}

export const claimElement = (id: string) => document.getElementById(`claim-${id}`);

function offsetIn(pane: HTMLElement, el: HTMLElement): number {
  return el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
}

export function usePaneSync(c: CorrectedComparison, index: ClaimIndex) {
  const panes = useRef<Panes>({ left: null, right: null });
  const syncing = useRef(false);
  const [frame, setFrame] = useState(0);
  // Scroll events from our own scrolling arrive a frame or two later: ignore them until things settle.
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settle = useCallback(() => {
    clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => (syncing.current = false), 150);
  }, []);
  useEffect(() => () => clearTimeout(settleTimer.current), []);

  /** Brings a link's first claims level, a third down the panes (higher when a claim is near its text's top). */
  const bringLevel = useCallback(
    (li: number) => {
      const link = c.links[li];
      const { left, right } = panes.current;
      if (!link || !left || !right) return;
      const l = claimElement(link.left[0]!);
      const r = claimElement(link.right[0]!);
      if (!l || !r) return;
      const pl = left.getBoundingClientRect().top;
      const pr = right.getBoundingClientRect().top;
      const ol = offsetIn(left, l);
      const or = offsetIn(right, r);
      const y = Math.min(Math.max(pl, pr) + left.clientHeight * LEVEL, pl + ol, pr + or);
      syncing.current = true;
      left.scrollTop = pl + ol - y;
      right.scrollTop = pr + or - y;
      settle();
    },
    [c.links, settle],
  );

  /** Brings one claim (one with no counterpart) to the level height of its pane; the other pane follows. */
  const bringIntoView = useCallback((claimId: string) => {
    const pane = panes.current[claimId.startsWith('L') ? 'left' : 'right'];
    const el = claimElement(claimId);
    if (!pane || !el) return;
    pane.scrollTop = offsetIn(pane, el) - pane.clientHeight * LEVEL;
  }, []);

  /** Scrolls a pane so that a fraction of its text is in the middle (the overview ruler's jump). */
  const jumpTo = useCallback((side: 'left' | 'right', fraction: number) => {
    const pane = panes.current[side];
    if (!pane) return;
    pane.scrollTop = fraction * pane.scrollHeight - pane.clientHeight / 2;
  }, []);

  const onScroll = useCallback(
    (from: 'left' | 'right') => {
      setFrame((f) => f + 1);
      if (syncing.current) return;
      const src = panes.current[from];
      const dst = panes.current[from === 'left' ? 'right' : 'left'];
      if (!src || !dst) return;
      const top = src.getBoundingClientRect().top;
      for (const el of src.querySelectorAll<HTMLElement>('[data-claim]')) {
        const rect = el.getBoundingClientRect();
        if (rect.bottom < top) continue;
        const li = index.linkOf.get(el.dataset.claim!);
        if (li === undefined) continue;
        const link = c.links[li]!;
        const other = claimElement((from === 'left' ? link.right : link.left)[0]!);
        if (!other) return;
        syncing.current = true;
        dst.scrollTop = offsetIn(dst, other) - (rect.top - top);
        settle();
        return;
      }
    },
    [c.links, index, settle],
  );

  useEffect(() => {
    const { left, right } = panes.current;
    const l = () => onScroll('left');
    const r = () => onScroll('right');
    left?.addEventListener('scroll', l, { passive: true });
    right?.addEventListener('scroll', r, { passive: true });
    return () => {
      left?.removeEventListener('scroll', l);
      right?.removeEventListener('scroll', r);
    };
  }, [onScroll]);

  // Stable refs, so the two (possibly long) texts render again only when what they show changes.
  const leftRef = useCallback((el: HTMLDivElement | null) => void (panes.current.left = el), []);
  const rightRef = useCallback((el: HTMLDivElement | null) => void (panes.current.right = el), []);
  const getPane = useCallback((side: 'left' | 'right') => panes.current[side], []);
  return { leftRef, rightRef, getPane, frame, bringLevel, bringIntoView, jumpTo };
}
