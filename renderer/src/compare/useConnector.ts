// The connector across the gutter between the active link's claims, drawn straight into the SVG (and the
// hover marks straight on the claims), so the two long texts are not re-rendered per hover or per scroll.
import { useLayoutEffect, useRef } from 'react';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import { claimElement } from './usePaneSync';

export function useConnector(c: CorrectedComparison, activeLink: number | null, frame: number) {
  const gutter = useRef<SVGSVGElement | null>(null);
  const path = useRef<SVGPathElement | null>(null);
  useLayoutEffect(() => {
    const link = activeLink === null ? undefined : c.links[activeLink];
    const svg = gutter.current;
    const el = path.current;
    if (!svg || !el) return;
    const l = link && claimElement(link.left[0]!);
    const r = link && claimElement(link.right[0]!);
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
    el.setAttribute('d', `M 0 ${y1} C 16 ${y1}, 16 ${y2}, 32 ${y2}`);
    el.dataset.mark = link.verdict;
  }, [activeLink, c.links, frame]);
  return { gutter, path };
}

/** Marks the hovered link's claims in the DOM (a class on each), undone when the hover moves on. */
export function useHoverMarks(c: CorrectedComparison, hoverLink: number | null, className: string) {
  useLayoutEffect(() => {
    if (hoverLink === null) return;
    const els = [...c.links[hoverLink]!.left, ...c.links[hoverLink]!.right]
      .map(claimElement)
      .filter((el): el is HTMLElement => el !== null);
    els.forEach((el) => el.classList.add(className));
    return () => els.forEach((el) => el.classList.remove(className));
  }, [hoverLink, c.links, className]);
}
