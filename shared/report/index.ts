// Exported reports of a comparison, in one of three formats.
import { comparisonCsv } from './csv';
import { comparisonHtml } from './html';
import type { ReportFormat, ReportInput } from './model';

export interface RenderedReport {
  readonly filename: string;
  readonly mediaType: string;
  readonly content: string;
}

export function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'article'
  );
}

export function renderReport(input: ReportInput, format: ReportFormat): RenderedReport {
  const base = `parallax-${slug(input.left.outlet ?? input.left.title)}-vs-${slug(input.right.outlet ?? input.right.title)}`;
  switch (format) {
    case 'html':
      return { filename: `${base}.html`, mediaType: 'text/html;charset=utf-8', content: comparisonHtml(input) };
    case 'csv':
      return { filename: `${base}.csv`, mediaType: 'text/csv;charset=utf-8', content: comparisonCsv(input) };
    case 'json':
      return {
        filename: `${base}.json`,
        mediaType: 'application/json',
        content: JSON.stringify(
          {
            generatedAt: input.generatedAt,
            appVersion: input.appVersion,
            left: input.left,
            right: input.right,
            comparison: input.comparison,
          },
          null,
          2,
        ),
      };
  }
}

export type { ReportFormat, ReportInput } from './model';
