// `parallax report`: a comparison exported to a file. Library ids bring their stored corrections along.
import fs from 'node:fs/promises';
import path from 'node:path';
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { renderReport, type ReportFormat } from '../../shared/report';
import type { RenderedReport } from '../../shared/report';
import { openComparison } from '../library/comparisons';
import { openLibrary } from '../library/open';
import { APP_VERSION } from '../version';
import { readReport } from './read-report';

export async function buildReport(
  leftRef: string,
  rightRef: string,
  dbPath: string,
  format: ReportFormat,
): Promise<RenderedReport> {
  const generatedAt = new Date().toISOString();
  if (/^\d+$/.test(leftRef) && /^\d+$/.test(rightRef)) {
    const db = openLibrary(dbPath);
    try {
      const v = openComparison(db, Number(leftRef), Number(rightRef));
      return renderReport(
        { left: v.left, right: v.right, comparison: v.comparison, generatedAt, appVersion: APP_VERSION },
        format,
      );
    } finally {
      db.close();
    }
  }
  const [l, r] = await Promise.all([readReport(leftRef, dbPath), readReport(rightRef, dbPath)]);
  const base = compareTexts(l!.text, r!.text, {
    ...(l!.language ? { leftLanguage: l!.language } : {}),
    ...(r!.language ? { rightLanguage: r!.language } : {}),
  });
  const comparison = applyCorrections(base, [], (a, b) =>
    judgeClaimPair(a, b, base.left.language, base.right.language),
  );
  const article = (name: string, text: string, language: string) => ({
    title: name,
    outlet: null,
    publishedAt: null,
    language,
    text,
  });
  return renderReport(
    {
      left: article(l!.name, l!.text, base.left.language),
      right: article(r!.name, r!.text, base.right.language),
      comparison,
      generatedAt,
      appVersion: APP_VERSION,
    },
    format,
  );
}

/** Writes through a temporary file and a rename, so an interrupted export never leaves half a file. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  await fs.writeFile(tmp, content, 'utf8');
  await fs.rename(tmp, file);
}
