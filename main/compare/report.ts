// `parallax report`: a comparison exported to a file. Library ids go through the contract (openComparison, then
// exportComparison, as the app's Export does) and bring their stored corrections along; files are compared as is.
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { renderReport, type ReportFormat } from '../../shared/report';
import type { RenderedReport } from '../../shared/report';
import { call, openForCli, type LibraryChoice } from '../cli/client';
import { APP_VERSION } from '../version';
import { comparisonReport } from './comparison-report';
import { readReport } from './read-report';

export async function buildReport(
  leftRef: string,
  rightRef: string,
  choice: LibraryChoice,
  format: ReportFormat,
): Promise<RenderedReport> {
  if (/^\d+$/.test(leftRef) && /^\d+$/.test(rightRef)) {
    const ctx = openForCli(choice, false);
    try {
      const view = await call(ctx, 'openComparison', { leftId: Number(leftRef), rightId: Number(rightRef) });
      // A read-only library cannot record a new pair, so it has no id to export by: render what it shows.
      if (view.comparisonId === 0) return comparisonReport(view, format, APP_VERSION);
      const file = await call(ctx, 'exportComparison', { comparisonId: view.comparisonId, format });
      return { filename: file.filename, mediaType: file.mediaType, content: file.content };
    } finally {
      ctx.db.close();
    }
  }
  const [l, r] = await Promise.all([readReport(leftRef, choice), readReport(rightRef, choice)]);
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
      generatedAt: new Date().toISOString(),
      appVersion: APP_VERSION,
    },
    format,
  );
}
