// The report of a comparison as the library shows it (corrections applied), for Export and `parallax report`.
import type { ComparisonView } from '../../shared/domain';
import { renderReport, type RenderedReport, type ReportFormat } from '../../shared/report';

export function comparisonReport(view: ComparisonView, format: ReportFormat, appVersion: string): RenderedReport {
  return renderReport(
    {
      left: view.left,
      right: view.right,
      comparison: view.comparison,
      generatedAt: new Date().toISOString(),
      appVersion,
    },
    format,
  );
}
