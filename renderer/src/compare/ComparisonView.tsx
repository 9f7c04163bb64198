// The side-by-side comparison: two reports, claims highlighted by verdict, a connector across the gutter,
// linked claims kept level while scrolling, keyboard navigation between conflicts, and corrections.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CorrectionKind } from '../../../shared/compare/corrections';
import type { Verdict } from '../../../shared/compare/types';
import type { ComparisonView as View } from '../../../shared/domain';
import { getApi } from '../api/client';
import { ArticlePane } from './ArticlePane';
import { download } from './download';
import { LinkDetails } from './LinkDetails';
import { indexClaims, MARKS, stepTo, type ClaimMark } from './model';
import { SummaryBar } from './SummaryBar';

interface Props {
  readonly view: View;
  readonly onView: (v: View) => void;
  /** Check a claim across the library. */
  readonly onCheck: (claim: string) => void;
}

const LEVEL = 0.3; // linked claims are brought to this height of their pane

function offsetIn(pane: HTMLElement, el: HTMLElement): number {
  return el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
}

export function ComparisonView({ view, onView, onCheck }: Props) {
  const c = view.comparison;
  const index = useMemo(() => indexClaims(c), [c]);
  const [visible, setVisible] = useState<ReadonlySet<ClaimMark>>(new Set(MARKS));
  const [selected, setSelected] = useState<number | null>(null);
  const [hoverClaim, setHoverClaim] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panes = useRef<{ left: HTMLDivElement | null; right: HTMLDivElement | null }>({ left: null, right: null });
  const gutter = useRef<SVGSVGElement | null>(null);
  const syncing = useRef(false);
  const [frame, setFrame] = useState(0);
  // Scroll events from our own scrolling arrive a frame or two later: ignore them until things settle.
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settle = useCallback(() => {
    clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(() => (syncing.current = false), 150);
  }, []);

  const hoverLink = hoverClaim === null ? null : (index.linkOf.get(hoverClaim) ?? null);
  const activeLink = hoverLink ?? selected;

  useEffect(() => {
    performance.mark('parallax:compare-rendered');
    try {
      performance.measure('parallax:compare-render', 'parallax:compare-requested', 'parallax:compare-rendered');
    } catch {
      // no request mark: opened some other way
    }
  }, [view]);

  const bringLevel = useCallback(
    (li: number) => {
      const link = c.links[li];
      const { left, right } = panes.current;
      if (!link || !left || !right) return;
      const l = document.getElementById(`claim-${link.left[0]}`);
      const r = document.getElementById(`claim-${link.right[0]}`);
      if (!l || !r) return;
      // Bring both claims to one height on screen: a third down the panes, or higher when a claim sits too
      // near the top of its text to scroll that far.
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

  // Level the selected link once the details panel has taken its room (it changes the panes' height).
  const levelNext = useRef<{ li: number; focus: boolean } | null>(null);
  const select = useCallback((li: number, focus: boolean) => {
    levelNext.current = { li, focus };
    setSelected(li);
  }, []);
  useLayoutEffect(() => {
    const next = levelNext.current;
    if (!next || next.li !== selected) return;
    levelNext.current = null;
    bringLevel(next.li);
    if (next.focus) document.getElementById(`claim-${c.links[next.li]!.left[0]}`)?.focus({ preventScroll: true });
  }, [selected, bringLevel, c.links]);

  const step = useCallback(
    (direction: 1 | -1) => {
      const next = stepTo(c.links, selected, 'conflict', direction);
      if (next >= 0) select(next, true);
    },
    [c.links, selected, select],
  );

  const correct = useCallback(
    async (kind: CorrectionKind, leftId: string, rightId: string, extra: { verdict?: Verdict; note?: string } = {}) => {
      const claim = (id: string) => [...c.left.claims, ...c.right.claims].find((x) => x.id === id)!;
      setBusy(true);
      setError(null);
      try {
        onView(
          await getApi().correctComparison({
            comparisonId: view.comparisonId,
            kind,
            leftText: claim(leftId).text,
            rightText: claim(rightId).text,
            leftStart: claim(leftId).start,
            rightStart: claim(rightId).start,
            ...extra,
          }),
        );
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      } finally {
        setBusy(false);
      }
    },
    [c, onView, view.comparisonId],
  );

  const undo = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      onView(await getApi().undoCorrection({ comparisonId: view.comparisonId }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }, [onView, view.comparisonId]);

  const exportAs = useCallback(
    async (format: 'html' | 'csv' | 'json' | 'pdf' | 'qdpx') => {
      try {
        download(
          format === 'qdpx'
            ? await getApi().exportQdpx({ articleIds: [view.left.id, view.right.id] })
            : await getApi().exportComparison({ comparisonId: view.comparisonId, format }),
        );
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    },
    [view.comparisonId, view.left.id, view.right.id],
  );

  // Keyboard: N / P (and F8 / Shift+F8) between conflicts, Escape to cancel a pending link, Ctrl+Z to undo.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (e.key === 'F8' || ((e.key === 'n' || e.key === 'p') && !e.ctrlKey && !e.metaKey && !e.altKey)) {
        e.preventDefault();
        step(e.key === 'p' || (e.key === 'F8' && e.shiftKey) ? -1 : 1);
      } else if (e.key === 'Escape') {
        setPending(null);
      } else if (e.key === 'z' && (e.ctrlKey || e.metaKey) && c.corrections.length) {
        e.preventDefault();
        void undo();
      }
    };
    window.addEventListener('keydown', onKey);
    const offMenu = window.parallaxShell?.onCommand((cmd) => step(cmd === 'previous-conflict' ? -1 : 1));
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu?.();
    };
  }, [step, undo, c.corrections.length]);

  const onClaim = useCallback(
    (claimId: string) => {
      const li = index.linkOf.get(claimId);
      const side = claimId.startsWith('L') ? 'L' : 'R';
      if (pending && pending[0] !== side) {
        const [l, r] = side === 'L' ? [claimId, pending] : [pending, claimId];
        setPending(null);
        void correct('link', l, r);
        return;
      }
      if (li === undefined) {
        setPending(claimId);
        setSelected(null);
        return;
      }
      setPending(null);
      select(li, false);
    },
    [index, pending, correct, select],
  );

  // Scrolling one pane keeps the counterpart of its first visible linked claim level in the other.
  const onScroll = useCallback(
    (from: 'left' | 'right') => {
      setFrame((f) => f + 1);
      if (syncing.current) return;
      const src = panes.current[from];
      const dst = panes.current[from === 'left' ? 'right' : 'left'];
      if (!src || !dst) return;
      const top = src.getBoundingClientRect().top;
      for (const el of src.querySelectorAll<HTMLElement>('.claim')) {
        const rect = el.getBoundingClientRect();
        if (rect.bottom < top) continue;
        const li = index.linkOf.get(el.dataset.claim!);
        if (li === undefined) continue;
        const link = c.links[li]!;
        const other = document.getElementById(`claim-${(from === 'left' ? link.right : link.left)[0]}`);
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

  // Hover marks the link's claims straight in the DOM, so the two long texts are not re-rendered per hover.
  useLayoutEffect(() => {
    if (hoverLink === null) return;
    const els = [...c.links[hoverLink]!.left, ...c.links[hoverLink]!.right]
      .map((id) => document.getElementById(`claim-${id}`))
      .filter((el): el is HTMLElement => el !== null);
    els.forEach((el) => el.classList.add('hovered'));
    return () => els.forEach((el) => el.classList.remove('hovered'));
  }, [hoverLink, c.links]);

  // The connector across the gutter between the active link's claims, drawn straight into the SVG.
  const path = useRef<SVGPathElement | null>(null);
  useLayoutEffect(() => {
    const link = activeLink === null ? undefined : c.links[activeLink];
    const svg = gutter.current;
    const el = path.current;
    if (!svg || !el) return;
    const l = link && document.getElementById(`claim-${link.left[0]}`);
    const r = link && document.getElementById(`claim-${link.right[0]}`);
    if (!link || !l || !r) {
      el.setAttribute('d', '');
      return;
    }
    const base = svg.getBoundingClientRect().top;
    const mid = (node: HTMLElement) => {
      const rect = node.getBoundingClientRect();
      return Math.min(Math.max(rect.top + Math.min(rect.height, 40) / 2 - base, 0), svg.clientHeight);
    };
    const y1 = mid(l);
    const y2 = mid(r);
    el.setAttribute('d', `M 0 ${y1} C 20 ${y1}, 20 ${y2}, 40 ${y2}`);
    el.setAttribute('class', `connector m-${link.verdict}`);
  }, [activeLink, c.links, frame]);

  // Stable refs and props, so the two (possibly long) texts render again only when what they show changes.
  const leftRef = useCallback((el: HTMLDivElement | null) => void (panes.current.left = el), []);
  const rightRef = useCallback((el: HTMLDivElement | null) => void (panes.current.right = el), []);
  const pane = (side: 'left' | 'right') => (
    <ArticlePane
      side={side}
      article={view[side]}
      claims={c[side].claims}
      comparison={c}
      index={index}
      visible={visible}
      selectedLink={selected}
      pendingClaim={pending}
      onClaim={onClaim}
      onHover={setHoverClaim}
      paneRef={side === 'left' ? leftRef : rightRef}
    />
  );

  const selectedLink = selected === null ? undefined : c.links[selected];
  return (
    <div className="comparison">
      <SummaryBar
        comparison={c}
        visible={visible}
        busy={busy}
        onToggle={(m) =>
          setVisible((v) => {
            const n = new Set(v);
            if (n.has(m)) n.delete(m);
            else n.add(m);
            return n;
          })
        }
        onStep={step}
        onExport={(f) => void exportAs(f)}
        onUndo={() => void undo()}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {pending && (
        <p className="notice" role="status">
          Choose a claim in the other report to link with {pending}, or press Escape.
        </p>
      )}
      <div className="panes">
        {pane('left')}
        <svg className="gutter" ref={gutter} aria-hidden="true">
          <path ref={path} className="connector" d="" />
        </svg>
        {pane('right')}
      </div>
      {selectedLink && (
        <LinkDetails
          key={`${selected}-${selectedLink.left.join()}-${selectedLink.right.join()}-${selectedLink.note ?? ''}`}
          comparison={c}
          link={selectedLink}
          busy={busy}
          onVerdict={(v) => void correct('verdict', selectedLink.left[0]!, selectedLink.right[0]!, { verdict: v })}
          onUnlink={() => {
            setSelected(null);
            void correct('unlink', selectedLink.left[0]!, selectedLink.right[0]!);
          }}
          onNote={(note) => void correct('note', selectedLink.left[0]!, selectedLink.right[0]!, { note })}
          onCheck={onCheck}
        />
      )}
    </div>
  );
}
