// The report of a comparison as the library shows it (corrections applied), for Export and `parallax report`.
import type { ComparisonView } from '../../shared/domain';
import type { Locale } from '../../shared/presentation/locale';
import { renderReport, type RenderedReport, type ReportFormat } from '../../shared/report';

export function comparisonReport(
  view: ComparisonView,
  format: ReportFormat,
  appVersion: string,
  locale: Locale = 'en',
): RenderedReport {
  return renderReport(
    {
      left: view.left,
      right: view.right,
      comparison: view.comparison,
      generatedAt: new Date().toISOString(),
      appVersion,
      locale,
    },
    format,
  );
}
