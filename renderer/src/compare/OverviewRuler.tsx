// The overview ruler beside a text (as Meld, VS Code and Beyond Compare draw it): the whole text at once, a mark
// per claim coloured and shaped by verdict, the visible part outlined. A click scrolls there. It is a pointer
// shortcut; the keyboard has next/previous difference.
import { memo, useEffect, useLayoutEffect, useState } from 'react';
import type { Claim } from '../../../shared/compare/types';
import type { Mark } from '../../../shared/presentation/verdicts';
import type { ClaimIndex } from './model';
import { claimElement } from './usePaneSync';
import styles from './OverviewRuler.module.css';

/** The ruler's drawing space: 100 units across, 1000 down, stretched to the ruler's size. */
const H = 1000;
/** Where each mark sits across the ruler: its shape tells the verdict without colour. */
const SHAPE: Readonly<Record<Mark, { readonly x: number; readonly width: number; readonly minHeight: number }>> = {
  agree: { x: 35, width: 30, minHeight: 3 },
  framing: { x: 12, width: 76, minHeight: 4 },
  possible: { x: 45, width: 10, minHeight: 3 },
  conflict: { x: 0, width: 100, minHeight: 6 },
  only: { x: 4, width: 92, minHeight: 4 },
};

interface Placed {
  readonly id: string;
  readonly mark: Mark;
  readonly y: number;
  readonly height: number;
}

function measure(pane: HTMLElement, claims: readonly Claim[], index: ClaimIndex): Placed[] {
  const total = pane.scrollHeight || 1;
  const out: Placed[] = [];
  for (const c of claims) {
    const el = claimElement(c.id);
    if (!el) continue;
    const mark = index.markOf(c.id);
    out.push({
      id: c.id,
      mark,
      y: (el.offsetTop / total) * H,
      height: Math.max((el.offsetHeight / total) * H, SHAPE[mark].minHeight),
    });
  }
  return out;
}

export const OverviewRuler = memo(function OverviewRuler({
  side,
  claims,
  index,
  visible,
  getPane,
  onJump,
}: {
  readonly side: 'left' | 'right';
  readonly claims: readonly Claim[];
  readonly index: ClaimIndex;
  readonly visible: ReadonlySet<Mark>;
  readonly getPane: (side: 'left' | 'right') => HTMLElement | null;
  readonly onJump: (side: 'left' | 'right', fraction: number) => void;
}) {
  const [placed, setPlaced] = useState<readonly Placed[]>([]);
  const [view, setView] = useState({ top: 0, height: 1 });

  // Where the claims are: measured after layout, and again when the text reflows (a resize, a font).
  useLayoutEffect(() => {
    const pane = getPane(side);
    if (!pane) return;
    const update = () => {
      setPlaced(measure(pane, claims, index));
      const total = pane.scrollHeight || 1;
      setView({ top: pane.scrollTop / total, height: pane.clientHeight / total });
    };
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(pane);
    return () => observer?.disconnect();
  }, [getPane, side, claims, index]);

  // The visible part follows scrolling, once per frame.
  useEffect(() => {
    const pane = getPane(side);
    if (!pane) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const total = pane.scrollHeight || 1;
        setView({ top: pane.scrollTop / total, height: pane.clientHeight / total });
      });
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('scroll', onScroll);
    };
  }, [getPane, side]);

  return (
    <div
      className={styles.ruler}
      data-testid={`ruler-${side}`}
      aria-hidden="true"
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        onJump(side, (e.clientY - r.top) / r.height);
      }}
    >
      <svg viewBox={`0 0 100 ${H}`} preserveAspectRatio="none" className={styles.svg}>
        <Marks placed={placed} visible={visible} />
        <rect
          className={styles.view}
          x="0"
          y={view.top * H}
          width="100"
          height={Math.min(view.height, 1) * H}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </div>
  );
});

const Marks = memo(function Marks({
  placed,
  visible,
}: {
  readonly placed: readonly Placed[];
  readonly visible: ReadonlySet<Mark>;
}) {
  return (
    <g>
      {placed.map((p) => (
        <rect
          key={p.id}
          data-mark={p.mark}
          data-claim-mark={p.id}
          data-dimmed={visible.has(p.mark) ? undefined : 'true'}
          x={SHAPE[p.mark].x}
          y={p.y}
          width={SHAPE[p.mark].width}
          height={p.height}
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
});
