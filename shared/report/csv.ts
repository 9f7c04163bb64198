// CSV export: one row per link (left claim, right claim, verdict, strength, confidence, reasons, note, edited; a
// "possible" strength means possibly related, the verdict being what the judge would say), then one per claim
// only one report makes (verdict only-left / only-right), RFC 4180 quoting, with a byte-order mark so
// spreadsheet programs read French accents right. Column names and verdicts stay English keys in every
// language, so scripts can read any export.
import { claimText, reasonsText, type ReportInput } from './model';

export function cell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs: neutralise it.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function comparisonCsv(input: ReportInput): string {
  const c = input.comparison;
  const rows = [['left claim', 'right claim', 'verdict', 'strength', 'confidence', 'reasons', 'note', 'edited']];
  for (const l of c.links) {
    rows.push([
      claimText(c, l.left),
      claimText(c, l.right),
      l.verdict,
      l.strength,
      l.score.toFixed(2),
      reasonsText(l.reasons),
      l.note ?? '',
      l.edited ? 'yes' : 'no',
    ]);
  }
  for (const id of c.onlyLeft) rows.push([claimText(c, [id]), '', 'only-left', '', '', '', '', 'no']);
  for (const id of c.onlyRight) rows.push(['', claimText(c, [id]), 'only-right', '', '', '', '', 'no']);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
