// What an exported report describes: the two articles and their corrected comparison.
import type { CorrectedComparison } from '../compare/corrections';
import type { Locale } from '../presentation/locale';

export interface ReportArticle {
  readonly title: string;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly language: string;
  readonly text: string;
  readonly isSummary?: boolean;
  readonly url?: string | null;
  /** The researcher's own note on the outlet. */
  readonly outletNotes?: string;
}

export interface ReportInput {
  readonly left: ReportArticle;
  readonly right: ReportArticle;
  readonly comparison: CorrectedComparison;
  readonly generatedAt: string;
  readonly appVersion: string;
  /** The language of the report's headings and names; English when not given. */
  readonly locale?: Locale;
}

export type ReportFormat = 'html' | 'csv' | 'json';

export function claimText(c: CorrectedComparison, ids: readonly string[]): string {
  const all = new Map([...c.left.claims, ...c.right.claims].map((x) => [x.id, x.text]));
  return ids.map((id) => all.get(id) ?? '').join(' ');
}

export function reasonsText(reasons: CorrectedComparison['links'][number]['reasons']): string {
  return reasons.map((r) => `${r.kind}: "${r.left}" / "${r.right}" (${r.note})`).join('; ');
}
