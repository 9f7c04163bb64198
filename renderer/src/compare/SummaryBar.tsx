// Counts per verdict (each a filter and the legend), conflict navigation, export, and the framing glossary.
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import { framingGlossary } from '../../../shared/compare/corrections';
import { MARK_ICON, MARK_LABEL, MARKS, type ClaimMark } from './model';

interface Props {
  readonly comparison: CorrectedComparison;
  readonly visible: ReadonlySet<ClaimMark>;
  readonly onToggle: (m: ClaimMark) => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onExport: (format: 'html' | 'csv' | 'json' | 'pdf' | 'qdpx') => void;
  readonly onUndo: () => void;
  readonly busy: boolean;
}

export function SummaryBar({ comparison, visible, onToggle, onStep, onExport, onUndo, busy }: Props) {
  const c = comparison.counts;
  const count: Readonly<Record<ClaimMark, number>> = {
    agree: c.agree,
    conflict: c.conflict,
    framing: c.framing,
    only: c.onlyLeft + c.onlyRight,
  };
  const glossary = framingGlossary(comparison);
  return (
    <div className="summary-bar">
      <div className="filters" role="group" aria-label="Show verdicts (legend)">
        {MARKS.map((m) => (
          <button
            key={m}
            type="button"
            className={`filter m-${m}`}
            aria-pressed={visible.has(m)}
            onClick={() => onToggle(m)}
            title={`Show or hide claims marked "${MARK_LABEL[m]}"`}
          >
            <span className="claim-icon" aria-hidden="true">
              {MARK_ICON[m]}
            </span>{' '}
            {MARK_LABEL[m]} <span className="count">{count[m]}</span>
          </button>
        ))}
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => onStep(-1)} disabled={!c.conflict} aria-keyshortcuts="P Shift+F8">
          ↑ Previous conflict <kbd>P</kbd>
        </button>
        <button type="button" onClick={() => onStep(1)} disabled={!c.conflict} aria-keyshortcuts="N F8">
          ↓ Next conflict <kbd>N</kbd>
        </button>
        <button
          type="button"
          onClick={onUndo}
          disabled={busy || comparison.corrections.length === 0}
          aria-keyshortcuts="Control+Z"
        >
          Undo correction
        </button>
        <span className="export">
          Export {/* PDF needs Chromium's printer, which only the desktop app has; browser mode prints the HTML. */}
          {(window.parallax ? (['html', 'csv', 'json', 'pdf'] as const) : (['html', 'csv', 'json'] as const)).map(
            (f) => (
              <button key={f} type="button" onClick={() => onExport(f)}>
                {f.toUpperCase()}
              </button>
            ),
          )}
          <button
            type="button"
            onClick={() => onExport('qdpx')}
            title="A REFI-QDA project for NVivo, MAXQDA, ATLAS.ti or QualCoder"
          >
            QDPX
          </button>
        </span>
      </div>
      {glossary.length > 0 && (
        <details className="glossary">
          <summary>Framing glossary ({glossary.length})</summary>
          <table>
            <thead>
              <tr>
                <th>Left says</th>
                <th>Right says</th>
                <th>Times</th>
              </tr>
            </thead>
            <tbody>
              {glossary.map((g) => (
                <tr key={`${g.left}|${g.right}`}>
                  <td dir="auto">{g.left}</td>
                  <td dir="auto">{g.right}</td>
                  <td>{g.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {comparison.stale.length > 0 && (
        <div className="notice" role="note">
          {comparison.stale.length} correction(s) no longer match the text:
          <ul>
            {comparison.stale.map((s) => (
              <li key={s.correction.id}>
                {s.correction.kind} of “{s.correction.leftText.slice(0, 60)}…”: {s.why}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
