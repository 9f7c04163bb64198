// Progress of a long comparison or claim check: after ~300 ms the view shows how far the engine is (it runs in a
// worker, so this page stays responsive), with a button to stop it. A newer request for the same view replaces
// an older one on the back end, so nothing queues behind a request the researcher no longer wants.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskProgressView } from '../../../shared/api';
import { getApi } from '../api/client';
import styles from './WorkProgress.module.css';

/** One id per page, so two browser tabs never cancel each other's work. */
const PAGE = Math.random().toString(36).slice(2, 10);

export type EngineView = 'compare' | 'check';

/** The back end's name for one view of this page. */
export function viewId(view: EngineView): string {
  return `${PAGE}:${view}`;
}

const SHOW_AFTER_MS = 300;
const POLL_MS = 150;
const STAGES = ['analyse', 'match', 'check'] as const;

export function WorkProgress({ view }: { readonly view: EngineView }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<TaskProgressView | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      getApi()
        .taskProgress({ view: viewId(view) })
        .then(
          (p) => live && setProgress(p),
          () => {},
        )
        .finally(() => {
          if (live) timer = setTimeout(poll, POLL_MS);
        });
    };
    const show = setTimeout(() => {
      setShown(true);
      poll();
    }, SHOW_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(show);
      clearTimeout(timer);
    };
  }, [view]);
  if (!shown) return null;
  const stage = STAGES.find((s) => s === progress?.stage);
  const label = stage ? t(`progress.${stage}`) : t(`progress.working.${view}`);
  const fraction = progress?.fraction;
  const percent = fraction === null || fraction === undefined ? undefined : Math.round(fraction * 100);
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <span>{percent === undefined ? `${label}…` : t('progress.percent', { label, percent })}</span>
      <progress max={100} value={percent} aria-label={t(`progress.label.${view}`)} />
      <button type="button" onClick={() => void getApi().cancelTask({ view: viewId(view) })}>
        {t('progress.stop')}
      </button>
    </div>
  );
}
