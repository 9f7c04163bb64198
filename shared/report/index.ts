// Exported reports of a comparison, in one of three formats.
import { comparisonCsv } from './csv';
import { comparisonHtml } from './html';
import type { ReportFormat, ReportInput } from './model';

export interface RenderedReport {
  readonly filename: string;
  readonly mediaType: string;
  readonly content: string;
}

/** A file-name-safe piece of a title or outlet: accents off, runs of other characters to one dash. */
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

const MEDIA_TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** An export's file: its name from `base` and the format, its media type, its content. */
export function reportFile(base: string, format: ReportFormat, content: string): RenderedReport {
  return { filename: `${base}.${format}`, mediaType: MEDIA_TYPES[format], content };
}

export function renderReport(input: ReportInput, format: ReportFormat): RenderedReport {
  const base = `parallax-${slug(input.left.outlet ?? input.left.title)}-vs-${slug(input.right.outlet ?? input.right.title)}`;
  const { generatedAt, appVersion, left, right, comparison } = input;
  const content = {
    html: () => comparisonHtml(input),
    csv: () => comparisonCsv(input),
    json: () => JSON.stringify({ generatedAt, appVersion, left, right, comparison }, null, 2),
  }[format]();
  return reportFile(base, format, content);
}

export type { ReportFormat, ReportInput } from './model';
