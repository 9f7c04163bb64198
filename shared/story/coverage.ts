// The story matrix's rows and the coverage at a glance, computed once for the screen, the exports and the command
// line: a row per fact and per claim only one outlet reports, in one of three orders; per outlet, how many facts
// it reports, how many only it reports, how many it contradicts and how many it was first to report.
import type { FactCell, FactReason, StoryFact, Verdict } from './types';

export interface StoryColumn {
  readonly id: number;
  readonly publishedAt: string | null;
  readonly compared: boolean;
}

export interface StoryContent {
  readonly articles: readonly StoryColumn[];
  readonly facts: readonly StoryFact[];
  readonly exclusive: Readonly<Record<string, readonly string[]>>;
}

export interface MatrixRow {
  /** F3 for a fact; X5.C12 for claim C12 that only article 5 reports. */
  readonly id: string;
  /** null: an exclusive (one outlet only). */
  readonly verdict: Verdict | null;
  readonly cells: readonly FactCell[];
  readonly reasons: readonly FactReason[];
  /** The earliest publication date among the outlets that report it (null when none is dated). */
  readonly firstReported: string | null;
  /** The outlets that report it on that date. */
  readonly firstBy: readonly number[];
}

export type RowOrder = 'first' | 'outlets' | 'conflicts';
export const ROW_ORDERS: readonly RowOrder[] = ['conflicts', 'outlets', 'first'];

const RANK: Readonly<Record<Verdict | 'exclusive', number>> = { conflict: 0, framing: 1, agree: 2, exclusive: 3 };

export function matrixRows(
  story: StoryContent,
  order: RowOrder = 'first',
  { conflictsOnly = false } = {},
): MatrixRow[] {
  const column = new Map(story.articles.map((a, i) => [a.id, i]));
  const date = new Map(story.articles.map((a) => [a.id, a.publishedAt]));
  const firstOf = (cells: readonly FactCell[]) => {
    const dated = cells.filter((c) => date.get(c.articleId));
    if (!dated.length) return { firstReported: null, firstBy: [] };
    const first = dated.map((c) => date.get(c.articleId)!).sort()[0]!;
    return {
      firstReported: first,
      firstBy: dated.filter((c) => date.get(c.articleId) === first).map((c) => c.articleId),
    };
  };
  const rows: (MatrixRow & { place: number })[] = story.facts.map((f) => ({
    id: f.id,
    verdict: f.verdict,
    cells: f.cells,
    reasons: f.reasons,
    ...firstOf(f.cells),
    place: Math.min(...f.cells.map((c) => column.get(c.articleId)! * 1e6 + Number(c.claimIds[0]!.slice(1)))),
  }));
  if (!conflictsOnly) {
    for (const a of story.articles) {
      for (const claimId of story.exclusive[String(a.id)] ?? []) {
        const cells: FactCell[] = [{ articleId: a.id, claimIds: [claimId], mark: 'agree' }];
        rows.push({
          id: `X${a.id}.${claimId}`,
          verdict: null,
          cells,
          reasons: [],
          ...firstOf(cells),
          place: column.get(a.id)! * 1e6 + Number(claimId.slice(1)),
        });
      }
    }
  }
  const byFirst = (x: (typeof rows)[number], y: (typeof rows)[number]) =>
    (x.firstReported ?? '\uffff').localeCompare(y.firstReported ?? '\uffff') || x.place - y.place;
  const compare = {
    first: byFirst,
    outlets: (x: (typeof rows)[number], y: (typeof rows)[number]) => y.cells.length - x.cells.length || byFirst(x, y),
    conflicts: (x: (typeof rows)[number], y: (typeof rows)[number]) =>
      RANK[x.verdict ?? 'exclusive'] - RANK[y.verdict ?? 'exclusive'] || byFirst(x, y),
  }[order];
  return rows
    .filter((r) => !conflictsOnly || r.verdict === 'conflict')
    .sort(compare)
    .map(({ place: _place, ...row }) => row);
}

export interface OutletCoverage {
  readonly articleId: number;
  /** Facts shared with other outlets that this outlet reports. */
  readonly facts: number;
  /** Claims no other outlet reports. */
  readonly exclusive: number;
  /** Conflicting facts in which this outlet stands on one side. */
  readonly contradicts: number;
  /** Shared facts it reported first (on the earliest date among their outlets). */
  readonly first: number;
}

export function coverage(story: StoryContent): OutletCoverage[] {
  const rows = matrixRows(story).filter((r) => r.verdict !== null);
  return story.articles.map((a) => ({
    articleId: a.id,
    facts: story.facts.filter((f) => f.cells.some((c) => c.articleId === a.id)).length,
    exclusive: (story.exclusive[String(a.id)] ?? []).length,
    contradicts: story.facts.filter(
      (f) => f.verdict === 'conflict' && f.cells.some((c) => c.articleId === a.id && c.mark === 'conflict'),
    ).length,
    first: rows.filter((r) => r.firstBy.includes(a.id)).length,
  }));
}
