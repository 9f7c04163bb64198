// The story, fact by fact: what the view holds (reports, shared facts, notices), coverage at a glance, the toolbar
// (order, conflicts only, exclusives, conflict steps, Undo, Export), the matrix, and the selected fact's details
// with its corrections. Two cells of one row open the two reports side by side at that fact.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionInput } from '../../../shared/compare/corrections';
import type { StorySelection, StoryView as View } from '../../../shared/domain';
import { storyCautions } from '../../../shared/presentation/reliability';
import { outletName } from '../../../shared/report/story-strings';
import { matrixRows, type RowOrder } from '../../../shared/story/coverage';
import { getApi } from '../api/client';
import { afterStoryCorrection, storyInput, useStory } from '../api/queries';
import screens from '../app/Screens.module.css';
import { navigate } from '../app/useRoute';
import { download } from '../compare/download';
import { useLocale } from '../i18n';
import { errorMessage } from '../shell/errors';
import { useFormat } from '../shell/format';
import { Loading, LoadError } from '../shell/Status';
import ui from '../shell/common.module.css';
import { FactDetails } from './FactDetails';
import { StoryCoverage } from './StoryCoverage';
import { StoryMatrix, type CellPosition } from './StoryMatrix';
import { StoryToolbar } from './StoryToolbar';
import { useStoryKeys } from './useStoryKeys';
import styles from './StoryScreen.module.css';

export function StoryView({
  story,
  selection,
  onChooseOther,
}: {
  readonly story: string;
  readonly selection: StorySelection;
  readonly onChooseOther?: () => void;
}) {
  const { t } = useTranslation();
  const query = useStory(selection);
  if (query.isPending) return <Loading what={t('status.what.story')} />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Loaded story={story} selection={selection} view={query.data} {...(onChooseOther ? { onChooseOther } : {})} />;
}

function Loaded({
  story,
  selection,
  view,
  onChooseOther,
}: {
  readonly story: string;
  readonly selection: StorySelection;
  readonly view: View;
  readonly onChooseOther?: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const client = useQueryClient();
  const [order, setOrder] = useState<RowOrder>('conflicts');
  const [conflictsOnly, setConflictsOnly] = useState(false);
  const [exclusives, setExclusives] = useState(true);
  const [focus, setFocus] = useState<CellPosition | null>(null);
  const [picked, setPicked] = useState<{ row: string; articleId: number } | null>(null);
  const [undoStack, setUndoStack] = useState<readonly number[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const columns = view.articles;
  const rows = useMemo(
    () => matrixRows(view, order, { conflictsOnly }).filter((r) => exclusives || r.verdict !== null),
    [view, order, conflictsOnly, exclusives],
  );
  const current = focus ? rows.find((r) => r.id === focus.row) : undefined;
  const name = (id: number) => outletName(view.articles.find((a) => a.id === id) ?? { outlet: null, title: '' });
  const count = (v: string) => view.facts.filter((f) => f.verdict === v).length;

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      await afterStoryCorrection(client);
    } catch (err) {
      setFailure(errorMessage(err, t));
    } finally {
      setBusy(false);
    }
  };
  const correct = (leftId: number, rightId: number, input: CorrectionInput) =>
    act(async () => {
      const { comparisonId } = await getApi().correctStoryPair({ leftId, rightId, ...input });
      setUndoStack((s) => [...s, comparisonId]);
    });
  const undo = () =>
    act(async () => {
      const last = undoStack[undoStack.length - 1];
      if (last === undefined) return;
      await getApi().undoCorrection({ comparisonId: last });
      setUndoStack((s) => s.slice(0, -1));
    });

  /** Moves to the next or previous conflicting fact, focusing its first reported cell. */
  const stepConflict = (direction: 1 | -1) => {
    const at = focus ? rows.findIndex((r) => r.id === focus.row) : -1;
    const n = rows.length;
    for (let k = 1; k <= n; k++) {
      const i = ((((at < 0 && direction === -1 ? 0 : at) + direction * k) % n) + n) % n;
      const r = rows[i]!;
      if (r.verdict === 'conflict') {
        const first = columns.findIndex((a) => r.cells.some((c) => c.articleId === a.id));
        setFocus({ row: r.id, column: first, move: true });
        return;
      }
    }
  };
  useStoryKeys({
    stepConflict,
    undo: () => void undo(),
    canUndo: undoStack.length > 0 && !busy,
    escape: () => setPicked(null),
  });

  /** A click (or Enter) on a cell: the first chooses it, a second in the same row opens the two reports there. */
  const activate = (row: string, articleId: number) => {
    const r = rows.find((x) => x.id === row);
    const cell = r?.cells.find((c) => c.articleId === articleId);
    if (!r || !cell) return;
    if (picked && picked.row === row && picked.articleId !== articleId) {
      const ref = view.pairs.find(
        (p) => [p.leftId, p.rightId].includes(picked.articleId) && [p.leftId, p.rightId].includes(articleId),
      );
      const left = ref?.leftId ?? picked.articleId;
      const right = ref?.rightId ?? articleId;
      const leftCell = r.cells.find((c) => c.articleId === left)!;
      setPicked(null);
      navigate({ name: 'compare', left, right, claim: `L${leftCell.claimIds[0]!.slice(1)}` });
      return;
    }
    setPicked(picked?.row === row && picked.articleId === articleId ? null : { row, articleId });
  };

  const notCompared = columns.filter((a) => !a.compared);
  // Where most conflicts found between reports in two of the story's languages were wrong, the reader is told so.
  const cautions = storyCautions(view, locale);
  return (
    <main className={`${screens.workspace} ${styles.screen}`}>
      <h2 dir="auto">{view.story ? t('story.title', { story: view.story.name }) : t('story.title', { story })}</h2>
      <p className={styles.summary}>
        {t('story.reports', { count: columns.length })} · {t('story.facts', { count: view.facts.length })} ·{' '}
        {t('story.conflicts', { count: count('conflict') })} · {t('story.framing', { count: count('framing') })}
        {onChooseOther && (
          <>
            {' '}
            <button type="button" className={ui.linkButton} onClick={onChooseOther}>
              {t('story.chooseOther')}
            </button>
          </>
        )}
      </p>
      {view.dropped.length > 0 && (
        <p className={ui.notice} role="status">
          {t('story.dropped', {
            count: view.dropped.length,
            titles: view.dropped.map((d) => d.title ?? `#${d.id}`).join(', '),
          })}
        </p>
      )}
      {notCompared.map((a) => (
        <p key={a.id} className={ui.notice}>
          {t('story.notComparedHint', { outlet: name(a.id), language: format.language(a.language) })}
        </p>
      ))}
      {view.stale > 0 && <p className={ui.notice}>{t('story.stale', { count: view.stale })}</p>}
      {cautions.map((c) => (
        <p key={c} className={ui.notice} role="note">
          {c}
        </p>
      ))}
      <StoryCoverage view={view} />
      <h3 className={styles.matrixHeading}>{t('story.matrix')}</h3>
      <StoryToolbar
        order={order}
        onOrder={setOrder}
        conflictsOnly={conflictsOnly}
        onConflictsOnly={setConflictsOnly}
        exclusives={exclusives}
        onExclusives={setExclusives}
        hasConflicts={count('conflict') > 0}
        onStep={stepConflict}
        canUndo={undoStack.length > 0 && !busy}
        onUndo={() => void undo()}
        onExport={(f) =>
          void (
            f === 'qdpx'
              ? // The outlets on screen, each pair compared, for NVivo, MAXQDA, ATLAS.ti or QualCoder.
                getApi().exportQdpx({ articleIds: view.articles.map((a) => a.id) })
              : getApi().exportStory({ selection: storyInput(selection), format: f, locale })
          ).then(download, (err: unknown) => setFailure(errorMessage(err, t)))
        }
      />
      {failure && (
        <p role="alert" className={ui.error}>
          {failure}
        </p>
      )}
      <p className={styles.hint} aria-live="polite">
        {picked ? t('story.picked', { outlet: name(picked.articleId) }) : t('story.pickHint')}
      </p>
      <div className={styles.body}>
        <StoryMatrix view={view} rows={rows} focus={focus} picked={picked} onFocus={setFocus} onActivate={activate} />
        {/* Always there, so choosing a cell never moves the matrix under the pointer. */}
        <FactDetails
          view={view}
          row={current ?? null}
          busy={busy}
          onCorrect={(l, r, input) => void correct(l, r, input)}
          onClose={() => setFocus(null)}
        />
      </div>
    </main>
  );
}
