// The matrix: a row per fact (and per claim only one outlet reports), a column per outlet (name, date, language;
// the researcher's outlet note on hover). A cell shows that outlet's words, marked like the two-report view; an
// empty cell says "not reported". A grid for the keyboard: one cell takes Tab, the arrows move between cells,
// Enter or Space chooses one (as a click does).
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryView } from '../../../shared/domain';
import { MARK_NAME, MARK_STYLE, type Mark } from '../../../shared/presentation/verdicts';
import { outletName } from '../../../shared/report/story-strings';
import type { MatrixRow } from '../../../shared/story/coverage';
import { formatRoute } from '../app/routes';
import marks from '../compare/marks.module.css';
import { useLocale } from '../i18n';
import { useFormat } from '../shell/format';
import ui from '../shell/common.module.css';
import styles from './StoryMatrix.module.css';

export interface CellPosition {
  readonly row: string;
  readonly column: number;
  /** Move the page's focus there too (keyboard), not only the selection. */
  readonly move?: boolean;
}

interface Props {
  readonly view: StoryView;
  readonly rows: readonly MatrixRow[];
  readonly focus: CellPosition | null;
  readonly picked: { readonly row: string; readonly articleId: number } | null;
  readonly onFocus: (p: CellPosition) => void;
  readonly onActivate: (row: string, articleId: number) => void;
}

export const StoryMatrix = memo(function StoryMatrix({ view, rows, focus, picked, onFocus, onActivate }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const grid = useRef<HTMLTableElement>(null);
  const columns = view.articles;
  const texts = new Map(columns.map((a) => [a.id, new Map(a.claims.map((c) => [c.id, c.text]))]));
  const rowIndex = focus
    ? Math.max(
        0,
        rows.findIndex((r) => r.id === focus.row),
      )
    : 0;
  const colIndex = focus ? Math.min(focus.column, columns.length - 1) : 0;

  useEffect(() => {
    if (!focus?.move) return;
    const cell = grid.current?.querySelector<HTMLElement>(`[data-row="${focus.row}"][data-column="${focus.column}"]`);
    cell?.focus();
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [focus]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, document.dir === 'rtl' ? 1 : -1],
      ArrowRight: [0, document.dir === 'rtl' ? -1 : 1],
    };
    const move = moves[e.key];
    if (move && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      const r = Math.min(rows.length - 1, Math.max(0, rowIndex + move[0]));
      const c = Math.min(columns.length - 1, Math.max(0, colIndex + move[1]));
      onFocus({ row: rows[r]!.id, column: c, move: true });
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      onFocus({ row: rows[rowIndex]!.id, column: e.key === 'Home' ? 0 : columns.length - 1, move: true });
    } else if ((e.key === 'Enter' || e.key === ' ') && focus) {
      e.preventDefault();
      onActivate(focus.row, columns[colIndex]!.id);
    }
  };

  if (!rows.length) return <p className={styles.nothing}>{t('story.noRows')}</p>;
  return (
    <div className={styles.scroller}>
      <table ref={grid} role="grid" className={styles.grid} aria-label={t('story.matrix')} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col" className={styles.factHead}>
              {t('story.fact')}
            </th>
            {columns.map((a) => (
              <th
                key={a.id}
                scope="col"
                className={styles.outlet}
                title={a.outletNotes ? t('story.noteOn', { outlet: outletName(a), notes: a.outletNotes }) : undefined}
              >
                <a href={formatRoute({ name: 'article', id: a.id })} dir="auto">
                  {outletName(a)}
                </a>
                {a.outletNotes && (
                  <>
                    <span className={styles.note} aria-hidden="true">
                      {' '}
                      ✎
                    </span>
                    <span className={ui.visuallyHidden}>
                      {t('story.noteOn', { outlet: outletName(a), notes: a.outletNotes })}
                    </span>
                  </>
                )}
                <span className={styles.meta}>
                  {[format.day(a.publishedAt), format.language(a.language)].filter(Boolean).join(' · ')}
                  {a.isSummary && ` · ${t('article.summaryBadge')}`}
                </span>
                {!a.compared && <span className={styles.notCompared}>{t('story.notCompared')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const rowMark: Mark = r.verdict ?? 'only';
            const only = r.verdict === null ? columns.find((a) => a.id === r.cells[0]!.articleId) : undefined;
            return (
              <tr
                key={r.id}
                data-fact={r.id}
                data-verdict={rowMark}
                className={focus?.row === r.id ? styles.current : undefined}
              >
                <th scope="row" className={styles.fact}>
                  <span className={`${marks.mark} ${styles.verdict}`} data-mark={rowMark}>
                    <span className={marks.icon} aria-hidden="true">
                      {MARK_STYLE[rowMark].icon}
                    </span>
                    {only ? t('story.exclusiveOf', { outlet: outletName(only) }) : MARK_NAME[locale][rowMark]}
                  </span>
                  <span className={styles.meta}>
                    {r.verdict !== null && `${r.id} · ${t('story.outlets', { count: r.cells.length })}`}
                    {r.firstReported && ` · ${t('story.firstReported', { day: format.day(r.firstReported) })}`}
                  </span>
                </th>
                {columns.map((a, c) => {
                  const cell = r.cells.find((x) => x.articleId === a.id);
                  const here = focus?.row === r.id && colIndex === c;
                  const tabbable = focus ? here : r === rows[0] && c === 0;
                  const common = {
                    role: 'gridcell',
                    tabIndex: tabbable ? 0 : -1,
                    'data-row': r.id,
                    'data-column': c,
                    'data-article': a.id,
                    onFocus: () => !here && onFocus({ row: r.id, column: c }),
                  } as const;
                  if (!cell) {
                    return (
                      <td key={a.id} {...common} className={styles.empty} data-empty="">
                        {a.compared ? t('story.notReported') : t('story.notCompared')}
                      </td>
                    );
                  }
                  const mark: Mark = r.verdict === null ? 'only' : cell.mark;
                  const text = cell.claimIds.map((id) => texts.get(a.id)?.get(id) ?? '').join(' ');
                  const chosen = picked?.row === r.id && picked.articleId === a.id;
                  return (
                    <td
                      key={a.id}
                      {...common}
                      aria-selected={chosen}
                      data-mark={mark}
                      className={`${styles.cell} ${chosen ? styles.picked : ''}`}
                      onClick={() => onActivate(r.id, a.id)}
                    >
                      <span className={`${marks.mark} ${styles.words}`} data-mark={mark} dir="auto">
                        <span className={marks.icon} aria-hidden="true">
                          {MARK_STYLE[mark].icon}
                        </span>
                        {text}
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
