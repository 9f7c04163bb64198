// Progress of a long comparison or claim check: after ~300 ms the view shows how far the engine is (it runs in a
// worker, so this page stays responsive), with a button to stop it. A newer request for the same view replaces
// an older one on the back end, so nothing queues behind a request the researcher no longer wants.
import { useEffect, useState } from 'react';
import type { TaskProgressView } from '../../../shared/api';
import { getApi } from '../api/client';

/** One id per page, so two browser tabs never cancel each other's work. */
const PAGE = Math.random().toString(36).slice(2, 10);

/** The back end's name for one view of this page ("compare", "check"). */
export function viewId(view: string): string {
  return `${PAGE}:${view}`;
}

const SHOW_AFTER_MS = 300;
const POLL_MS = 150;

const STAGES: Readonly<Record<string, string>> = {
  analyse: 'Reading the reports',
  match: 'Matching claims',
  check: 'Reading the candidate reports',
};

export function WorkProgress({ view, what }: { readonly view: string; readonly what: string }) {
  const [progress, setProgress] = useState<TaskProgressView | null>(null);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
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
  const percent = progress?.fraction === null || !progress ? undefined : Math.round(progress.fraction * 100);
  return (
    <div className="work-progress" role="status" aria-live="polite">
      <span>
        {(progress?.stage && STAGES[progress.stage]) ?? `Working on ${what}`}
        {percent === undefined ? '…' : ` (${percent}%)`}
      </span>
      <progress max={100} value={percent} aria-label={`Progress of ${what}`} />
      <button type="button" onClick={() => void getApi().cancelTask({ view: viewId(view) })}>
        Stop
      </button>
    </div>
  );
}
