// The side-by-side comparison, composed: the toolbar, notices about the whole comparison, the two texts with
// their rulers and the connector between them, and the details of the selection. The selection lives in the
// address (#/compare/3/5?claim=L4), so reload, back/forward and bookmarks bring it back. The behaviour is in
// hooks: usePaneSync (levelling and scroll sync), useConnector, useCorrections, useCompareKeys, useHandLink.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonView as View } from '../../../shared/domain';
import { DIFFERENCE_MARKS, MARKS, type Mark } from '../../../shared/presentation/verdicts';
import { comparisonCaution } from '../../../shared/presentation/reliability';
import { getApi } from '../api/client';
import { replaceRoute } from '../app/useRoute';
import { useLocale } from '../i18n';
import { errorMessage } from '../shell/errors';
import ui from '../shell/common.module.css';
import { ArticlePane } from './ArticlePane';
import { ComparisonNotices } from './ComparisonNotices';
import { CompareToolbar, type ExportFormat } from './CompareToolbar';
import { download } from './download';
import { LinkingNotice, ReplaceLinkDialog } from './HandLinking';
import { indexClaims, sideOf, stepFrom, stopsWith } from './model';
import { OverviewRuler } from './OverviewRuler';
import { PaneHeader } from './PaneHeader';
import { SelectionDetails } from './SelectionDetails';
import { StaleCorrections } from './StaleCorrections';
import { useCompareKeys, type Step } from './useCompareKeys';
import { useConnector, useHoverMarks } from './useConnector';
import { useCorrections } from './useCorrections';
import { useHandLink } from './useHandLink';
import { claimElement, usePaneSync } from './usePaneSync';
import styles from './ComparisonView.module.css';

interface Props {
  readonly view: View;
  /** The selected claim, from the address. */
  readonly claim: string | undefined;
  /** Check a claim (taken from one side's report) across the library. */
  readonly onCheck: (claim: string, side: 'left' | 'right') => void;
}

export function ComparisonView({ view, claim, onCheck }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const c = view.comparison;
  const index = useMemo(() => indexClaims(c), [c]);
  const [visible, setVisible] = useState<ReadonlySet<Mark>>(new Set(MARKS));
  const [hoverClaim, setHoverClaim] = useState<string | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const sync = usePaneSync(c, index);
  const corrections = useCorrections(view, index);

  const selectedClaim = claim !== undefined && index.claims.has(claim) ? claim : null;
  const selectedLink = selectedClaim === null ? null : (index.linkOf.get(selectedClaim) ?? null);
  const hoverLink = hoverClaim === null ? null : (index.linkOf.get(hoverClaim) ?? null);

  useEffect(() => {
    performance.mark('parallax:compare-rendered');
    try {
      performance.measure('parallax:compare-render', 'parallax:compare-opened', 'parallax:compare-rendered');
    } catch {
      // not opened through CompareScreen
    }
  }, [view]);

  // Selecting rewrites the address; the claims are levelled (and focused) once the details panel has taken its
  // room. A selection that came with the address is levelled when the texts first render.
  const levelNext = useRef<{ readonly id: string; readonly focus: boolean } | null>(
    claim ? { id: claim, focus: false } : null,
  );
  const leftId = view.left.id;
  const rightId = view.right.id;
  const select = useCallback(
    (id: string | null, focus = false) => {
      levelNext.current = id === null ? null : { id, focus };
      replaceRoute({ name: 'compare', left: leftId, right: rightId, ...(id === null ? {} : { claim: id }) });
    },
    [leftId, rightId],
  );
  const { bringLevel, bringIntoView } = sync;
  useLayoutEffect(() => {
    const next = levelNext.current;
    if (!next || next.id !== selectedClaim) return;
    levelNext.current = null;
    const li = index.linkOf.get(next.id);
    if (li === undefined) bringIntoView(next.id);
    else bringLevel(li);
    if (next.focus) claimElement(next.id)?.focus({ preventScroll: true });
  }, [selectedClaim, index, bringLevel, bringIntoView]);

  const hand = useHandLink({ c, index, selectedClaim, select, correct: corrections.correct });

  const stops = useMemo(() => {
    const differences = new Set([...DIFFERENCE_MARKS].filter((m) => visible.has(m)));
    return {
      conflict: stopsWith(c, index, new Set<Mark>(['conflict'])),
      difference: stopsWith(c, index, differences.size ? differences : DIFFERENCE_MARKS),
    };
  }, [c, index, visible]);
  const step = useCallback(
    (what: Step, direction: 1 | -1) => {
      const next = stepFrom(stops[what], index, hand.pending ?? selectedClaim, direction);
      if (next === null) return;
      hand.cancel();
      select(next, true);
    },
    [stops, index, selectedClaim, select, hand],
  );

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      try {
        setExportError(null);
        download(
          format === 'qdpx'
            ? await getApi().exportQdpx({ articleIds: [view.left.id, view.right.id] })
            : await getApi().exportComparison({ comparisonId: view.comparisonId, format, locale }),
        );
      } catch (err) {
        setExportError(err);
      }
    },
    [view.comparisonId, view.left.id, view.right.id, locale],
  );

  useCompareKeys({
    step,
    escape: () => {
      if (hand.pending) hand.cancel();
      else if (selectedClaim) select(null);
    },
    undo: corrections.undo,
    canUndo: c.corrections.length > 0 && !corrections.busy,
  });

  const { gutter, path } = useConnector(c, hoverLink ?? selectedLink, sync.frame);
  useHoverMarks(c, hoverLink, 'hovered');

  const onClaim = useCallback(
    (id: string) => {
      if (hand.pending) hand.choose(id);
      else select(id);
    },
    [hand, select],
  );
  const onBackground = useCallback(() => {
    if (!hand.pending && selectedClaim) select(null);
  }, [hand.pending, selectedClaim, select]);

  // Headers and rulers are made once per change, so the memoised panes skip renders that change nothing.
  const headers = useMemo(
    () => ({ left: <PaneHeader article={view.left} />, right: <PaneHeader article={view.right} /> }),
    [view.left, view.right],
  );
  const rulers = useMemo(() => {
    const ruler = (side: 'left' | 'right') => (
      <OverviewRuler
        side={side}
        claims={c[side].claims}
        index={index}
        visible={visible}
        getPane={sync.getPane}
        onJump={sync.jumpTo}
      />
    );
    return { left: ruler('left'), right: ruler('right') };
  }, [c, index, visible, sync.getPane, sync.jumpTo]);
  const pane = (side: 'left' | 'right') => (
    <ArticlePane
      side={side}
      article={view[side]}
      claims={c[side].claims}
      comparison={c}
      index={index}
      visible={visible}
      selectedLink={selectedLink}
      selectedClaim={selectedClaim}
      pendingClaim={hand.pending}
      onClaim={onClaim}
      onHover={setHoverClaim}
      onBackground={onBackground}
      paneRef={side === 'left' ? sync.leftRef : sync.rightRef}
      header={headers[side]}
      ruler={rulers[side]}
    />
  );

  const error = corrections.error ?? exportError;
  return (
    <div className={styles.comparison}>
      <CompareToolbar
        comparison={c}
        visible={visible}
        busy={corrections.busy}
        onToggle={(m) =>
          setVisible((v) => {
            const n = new Set(v);
            if (n.has(m)) n.delete(m);
            else n.add(m);
            return n;
          })
        }
        onStep={step}
        onExport={(f) => void exportAs(f)}
        onUndo={corrections.undo}
      />
      {/* Notices about the whole comparison. */}
      <div className={styles.notices}>
        {error !== null && error !== undefined && (
          <p role="alert" className={`${ui.error} ${styles.error}`}>
            {errorMessage(error, t)}{' '}
            <button
              type="button"
              className={ui.linkButton}
              onClick={() => {
                corrections.clearError();
                setExportError(null);
              }}
            >
              {t('action.dismiss')}
            </button>
          </p>
        )}
        {hand.pending && (
          <LinkingNotice
            source={index.claims.get(hand.pending)!.text}
            side={sideOf(hand.pending) === 'left' ? 'right' : 'left'}
            onCancel={hand.cancel}
          />
        )}
        <ComparisonNotices
          stance={c.documentStance}
          notes={c.notes}
          caution={comparisonCaution(c, locale)}
          onShow={(id) => select(id, true)}
        />
        <StaleCorrections stale={c.stale} />
      </div>
      <div className={styles.panes}>
        {pane('left')}
        <svg className={styles.gutter} ref={gutter} aria-hidden="true">
          <path ref={path} className={styles.connector} d="" />
        </svg>
        {pane('right')}
      </div>
      <SelectionDetails
        c={c}
        index={index}
        selectedClaim={selectedClaim}
        busy={corrections.busy}
        justLinked={hand.justLinked}
        correct={corrections.correct}
        onLinkByHand={hand.start}
        onCheck={onCheck}
        onClose={() => select(null)}
      />
      {hand.confirm && (
        <ReplaceLinkDialog
          source={index.claims.get(hand.confirm.source)!.text}
          target={index.claims.get(hand.confirm.target)!.text}
          counterpart={hand.confirm.counterpart}
          existing={hand.confirm.existing}
          onReplace={hand.replace}
          onCancel={hand.cancelReplace}
        />
      )}
    </div>
  );
}
