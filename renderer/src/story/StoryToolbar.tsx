// The story matrix's toolbar: the order of its rows, conflicts only, exclusives shown or not, previous and next
// conflict, Undo (of a correction made here) and Export.
import { useTranslation } from 'react-i18next';
import { ROW_ORDERS, type RowOrder } from '../../../shared/story/coverage';
import { MenuPopover } from '../shell/Popover';
import styles from './StoryToolbar.module.css';

export type StoryExportFormat = 'html' | 'csv' | 'json' | 'qdpx';

interface Props {
  readonly order: RowOrder;
  readonly onOrder: (o: RowOrder) => void;
  readonly conflictsOnly: boolean;
  readonly onConflictsOnly: (on: boolean) => void;
  readonly exclusives: boolean;
  readonly onExclusives: (on: boolean) => void;
  readonly hasConflicts: boolean;
  readonly onStep: (direction: 1 | -1) => void;
  readonly canUndo: boolean;
  readonly onUndo: () => void;
  readonly onExport: (format: StoryExportFormat) => void;
}

export function StoryToolbar(p: Props) {
  const { t } = useTranslation();
  const shift = t('keys.Shift');
  return (
    <div className={styles.bar}>
      <label className={styles.field}>
        {t('story.order')}{' '}
        <select value={p.order} onChange={(e) => p.onOrder(e.target.value as RowOrder)}>
          {ROW_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t(`story.orderBy.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.field}>
        <input type="checkbox" checked={p.conflictsOnly} onChange={(e) => p.onConflictsOnly(e.target.checked)} />{' '}
        {t('story.conflictsOnly')}
      </label>
      <label className={styles.field}>
        <input
          type="checkbox"
          checked={p.exclusives}
          disabled={p.conflictsOnly}
          onChange={(e) => p.onExclusives(e.target.checked)}
        />{' '}
        {t('story.showExclusives')}
      </label>
      <div className={styles.group} role="group" aria-label={t('compare.conflicts')}>
        <span aria-hidden="true">{t('compare.conflicts')}</span>
        <button
          type="button"
          onClick={() => p.onStep(-1)}
          disabled={!p.hasConflicts}
          aria-label={t('compare.previousConflict')}
          title={`${t('compare.previousConflict')} (P, ${shift}+F8)`}
          aria-keyshortcuts="P Shift+F8"
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => p.onStep(1)}
          disabled={!p.hasConflicts}
          aria-label={t('compare.nextConflict')}
          title={`${t('compare.nextConflict')} (N, F8)`}
          aria-keyshortcuts="N F8"
        >
          ↓
        </button>
      </div>
      <div className={styles.end}>
        <button
          type="button"
          onClick={p.onUndo}
          disabled={!p.canUndo}
          aria-label={t('compare.undo')}
          title={`${t('compare.undo')} (${t('keys.Ctrl')}+Z)`}
          aria-keyshortcuts="Control+Z"
        >
          ↶ {t('compare.undoShort')}
        </button>
        <MenuPopover
          label={t('compare.export')}
          listLabel={t('compare.exportAs')}
          items={(['html', 'csv', 'json', 'qdpx'] as const).map((f) => ({
            key: f,
            label: t(`compare.format.${f}`),
            onSelect: () => p.onExport(f),
          }))}
        />
      </div>
    </div>
  );
}
