// The geometry of the story's two small charts, drawn as plain SVG by the screen (React) and the HTML export
// (a string) alike: per outlet, bars for the facts it shares, the claims only it reports and the facts it
// contradicts; and a timeline with a lane per outlet and a mark on the day it published, sized by what it reported.
import type { OutletCoverage } from './coverage';

export type BarKind = 'facts' | 'exclusive' | 'contradicts';
export const BAR_KINDS: readonly BarKind[] = ['facts', 'exclusive', 'contradicts'];
/** Which verdict colour each bar takes (shared/presentation/verdicts.ts). */
export const BAR_MARK = { facts: 'agree', exclusive: 'only', contradicts: 'conflict' } as const;

export interface Bar {
  readonly kind: BarKind;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly value: number;
}

export interface ChartRow {
  readonly articleId: number;
  readonly name: string;
  /** Where the row's label sits (its baseline). */
  readonly y: number;
  readonly bars: readonly Bar[];
}

export interface CoverageChart {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly rows: readonly ChartRow[];
}

const BAR = 9;
const GAP = 2;
const ROW_GAP = 10;

export function coverageChart(
  coverage: readonly OutletCoverage[],
  nameOf: (articleId: number) => string,
  { width = 520, labelWidth = 170 } = {},
): CoverageChart {
  const max = Math.max(1, ...coverage.flatMap((c) => BAR_KINDS.map((k) => c[k])));
  const span = width - labelWidth - 40;
  const rowHeight = BAR_KINDS.length * (BAR + GAP) + ROW_GAP;
  const rows = coverage.map((c, i) => {
    const top = 4 + i * rowHeight;
    return {
      articleId: c.articleId,
      name: nameOf(c.articleId),
      y: top + (BAR_KINDS.length * (BAR + GAP)) / 2 + 4,
      bars: BAR_KINDS.map((kind, k) => ({
        kind,
        x: labelWidth,
        y: top + k * (BAR + GAP),
        width: Math.max(c[kind] ? 2 : 0, (c[kind] / max) * span),
        height: BAR,
        value: c[kind],
      })),
    };
  });
  return { width, height: 4 + rows.length * rowHeight, labelWidth, rows };
}

export interface TimelineMark {
  readonly articleId: number;
  readonly name: string;
  readonly laneY: number;
  /** null: undated, drawn in the last column. */
  readonly day: string | null;
  readonly x: number;
  readonly r: number;
  readonly facts: number;
  readonly first: number;
}

export interface Timeline {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly axisY: number;
  /**
   * Ticks on the date axis (each day that has a report, and the undated column when there is one); `label` is
   * false where the previous label would overlap it, `anchor` keeps the last label inside the chart.
   */
  readonly ticks: readonly {
    readonly x: number;
    readonly day: string | null;
    readonly label: boolean;
    readonly anchor: 'middle' | 'end';
  }[];
  readonly marks: readonly TimelineMark[];
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.round(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / DAY_MS);

export function timelineChart(
  articles: readonly { readonly id: number; readonly publishedAt: string | null }[],
  coverage: readonly OutletCoverage[],
  nameOf: (articleId: number) => string,
  { width = 520, labelWidth = 170 } = {},
): Timeline {
  const lane = 26;
  const dated = articles.filter((a) => a.publishedAt && !Number.isNaN(dayNumber(a.publishedAt)));
  const days = dated.map((a) => dayNumber(a.publishedAt!));
  const undated = dated.length < articles.length;
  const first = Math.min(...days);
  const last = Math.max(...days);
  const right = width - 24 - (undated ? 60 : 0);
  const xOf = (day: number) =>
    last === first
      ? (labelWidth + right) / 2
      : labelWidth + 12 + ((day - first) / (last - first)) * (right - labelWidth - 12);
  const undatedX = width - 36;
  const most = Math.max(1, ...coverage.map((c) => c.facts + c.exclusive));
  const marks = articles.map((a, i) => {
    const c = coverage.find((x) => x.articleId === a.id);
    const datedDay = dated.includes(a) ? a.publishedAt!.slice(0, 10) : null;
    return {
      articleId: a.id,
      name: nameOf(a.id),
      laneY: 14 + i * lane,
      day: datedDay,
      x: datedDay ? xOf(dayNumber(datedDay)) : undatedX,
      r: 3 + 6 * Math.sqrt(((c?.facts ?? 0) + (c?.exclusive ?? 0)) / most),
      facts: c?.facts ?? 0,
      first: c?.first ?? 0,
    };
  });
  const axisY = 14 + articles.length * lane;
  let lastLabel = -Infinity;
  const ticks = [
    ...[...new Set(marks.filter((m) => m.day).map((m) => m.day!))]
      .sort()
      .map((day): { x: number; day: string | null } => ({ x: xOf(dayNumber(day)), day })),
    ...(undated ? [{ x: undatedX, day: null }] : []),
  ].map((k) => {
    const label = k.x - lastLabel >= 80;
    if (label) lastLabel = k.x;
    return { ...k, label, anchor: k.x > width - 60 ? ('end' as const) : ('middle' as const) };
  });
  return { width, height: axisY + 34, labelWidth, axisY, ticks, marks };
}
