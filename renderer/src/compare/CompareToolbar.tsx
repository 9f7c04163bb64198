// The comparison's toolbar: the counts per verdict (each a filter, and the legend), next/previous difference
// and conflict, Undo, Export and the framing glossary.
import { useTranslation } from 'react-i18next';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import { framingGlossary } from '../../../shared/compare/corrections';
import { MARK_MEANING, MARK_NAME, MARKS, type Mark } from '../../../shared/presentation/verdicts';
import { useLocale } from '../i18n';
import { MenuPopover, Popover } from '../shell/Popover';
import { MarkSample } from './MarkSample';
import type { Step } from './useCompareKeys';
import styles from './CompareToolbar.module.css';

export type ExportFormat = 'html' | 'csv' | 'json' | 'pdf' | 'qdpx';

interface Props {
  readonly comparison: CorrectedComparison;
  readonly visible: ReadonlySet<Mark>;
  readonly onToggle: (m: Mark) => void;
  readonly onStep: (what: Step, direction: 1 | -1) => void;
  readonly onExport: (format: ExportFormat) => void;
  readonly onUndo: () => void;
  readonly busy: boolean;
}

export function CompareToolbar({ comparison, visible, onToggle, onStep, onExport, onUndo, busy }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = comparison.counts;
  const count: Readonly<Record<Mark, number>> = {
    agree: c.agree,
    conflict: c.conflict,
    framing: c.framing,
    possible: c.possible,
    only: c.onlyLeft + c.onlyRight,
  };
  const differences = c.conflict + c.framing + c.possible + c.onlyLeft + c.onlyRight;
  const glossary = framingGlossary(comparison);
  // PDF needs Chromium's printer, which only the desktop app has; browser mode prints the HTML.
  const formats: readonly ExportFormat[] = window.parallax
    ? ['html', 'csv', 'json', 'pdf', 'qdpx']
    : ['html', 'csv', 'json', 'qdpx'];
  return (
    <div className={styles.bar}>
      <div className={styles.filters} role="group" aria-label={t('compare.filters')}>
        {MARKS.map((m) => (
          <button
            key={m}
            type="button"
            className={styles.filter}
            aria-pressed={visible.has(m)}
            onClick={() => onToggle(m)}
            title={`${MARK_MEANING[locale][m]} ${t('compare.filterHint')}`}
          >
            <MarkSample mark={m}>{MARK_NAME[locale][m]}</MarkSample>
            <span className={styles.count}>{count[m]}</span>
          </button>
        ))}
      </div>
      <StepGroup what="difference" enabled={differences > 0} onStep={onStep} />
      <StepGroup what="conflict" enabled={c.conflict > 0} onStep={onStep} />
      <div className={styles.end}>
        <button
          type="button"
          onClick={onUndo}
          disabled={busy || comparison.corrections.length === 0}
          aria-keyshortcuts="Control+Z"
          aria-label={t('compare.undo')}
          title={`${t('compare.undo')} (${t('keys.Ctrl')}+Z)`}
        >
          ↶ {t('compare.undoShort')}
        </button>
        {glossary.length > 0 && (
          <Popover label={t('compare.glossary', { count: glossary.length })}>
            <table className={styles.glossary}>
              <caption>{t('compare.glossaryCaption')}</caption>
              <thead>
                <tr>
                  <th>{t('compare.leftSays')}</th>
                  <th>{t('compare.rightSays')}</th>
                  <th>{t('compare.times')}</th>
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
          </Popover>
        )}
        <MenuPopover
          label={t('compare.export')}
          listLabel={t('compare.exportAs')}
          items={formats.map((f) => ({ key: f, label: t(`compare.format.${f}`), onSelect: () => onExport(f) }))}
        />
      </div>
    </div>
  );
}

/** Previous and next of one kind of stop, with their keys in the tooltip. */
function StepGroup({
  what,
  enabled,
  onStep,
}: {
  readonly what: Step;
  readonly enabled: boolean;
  readonly onStep: (what: Step, direction: 1 | -1) => void;
}) {
  const { t } = useTranslation();
  const shift = t('keys.Shift');
  const labels = {
    difference: {
      group: t('compare.differences'),
      previous: [t('compare.previousDifference'), `${shift}+D, Alt+↑`, 'Shift+D Alt+ArrowUp'],
      next: [t('compare.nextDifference'), 'D, Alt+↓', 'D Alt+ArrowDown'],
    },
    conflict: {
      group: t('compare.conflicts'),
      previous: [t('compare.previousConflict'), `P, ${shift}+F8`, 'P Shift+F8'],
      next: [t('compare.nextConflict'), 'N, F8', 'N F8'],
    },
  }[what];
  return (
    <div className={styles.group} role="group" aria-label={labels.group}>
      <span className={styles.groupLabel} aria-hidden="true">
        {labels.group}
      </span>
      {([-1, 1] as const).map((direction) => {
        const [name, keys, shortcuts] = direction === -1 ? labels.previous : labels.next;
        return (
          <button
            key={direction}
            type="button"
            onClick={() => onStep(what, direction)}
            disabled={!enabled}
            aria-label={name}
            title={`${name} (${keys})`}
            aria-keyshortcuts={shortcuts}
          >
            {direction === -1 ? '↑' : '↓'}
          </button>
        );
      })}
    </div>
  );
}
