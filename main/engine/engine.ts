// The engine as main sees it: tasks run in a worker thread (never on the thread that answers the window or the
// browser-mode server), one request per view at a time (a newer request for the same view cancels the older
// one instead of queueing behind it), with progress the UI can ask for, and background analysis when idle.
// The command line runs the same tasks in-process (`inlineEngine`): it has no window to keep responsive.
import { ApiError } from '../../shared/errors';
import type { TaskProgress } from '../workers/protocol';
import { WorkerPool, WorkerTaskError } from '../workers/pool';
import type { EngineResult, EngineTask, ResultOf } from './tasks';

export interface ViewProgress {
  readonly running: boolean;
  readonly stage: string | null;
  /** 0..1, or null before the task has said how far it is. */
  readonly fraction: number | null;
  readonly elapsedMs: number;
}

export interface Engine {
  /** Runs a task; with a view, any earlier task for that view still running is cancelled. */
  run<T extends EngineTask>(task: T, options?: { readonly view?: string }): Promise<ResultOf<T>>;
  /** Work to do when nothing else is waiting (analysing imported articles); dropped if the engine is busy for long. */
  background(task: EngineTask, done: (result: EngineResult) => void): void;
  progress(view: string): ViewProgress;
  /** Cancels the view's running task, if any; true when there was one. */
  cancel(view: string): boolean;
  close(): Promise<void>;
}

/** The engine's limits: a comparison of two 1,000,000-character texts fits well inside them. */
export const ENGINE_TIME_LIMIT_MS = 5 * 60_000;
export const ENGINE_HEAP_MB = 3072;

interface Running {
  readonly cancel: () => void;
  readonly started: number;
  progress: TaskProgress | null;
}

const IDLE: ViewProgress = { running: false, stage: null, fraction: null, elapsedMs: 0 };

/** What a task that broke a limit, or was replaced, tells the user. */
export function engineFailure(err: unknown): unknown {
  if (!(err instanceof WorkerTaskError)) return err;
  switch (err.kind) {
    case 'cancelled':
      return new ApiError('cancelled', 'This request was replaced by a newer one, or cancelled.');
    case 'timeout':
      return new ApiError(
        'too_large',
        `The comparison took longer than ${ENGINE_TIME_LIMIT_MS / 60_000} minutes, so Parallax stopped it. Try shorter articles.`,
      );
    case 'memory':
      return new ApiError(
        'too_large',
        'The comparison needed more memory than Parallax allows, so it was stopped; the rest of the app is unaffected. Try shorter articles.',
      );
    case 'crashed':
      console.error('[parallax] the engine worker stopped:', err.message);
      return new ApiError(
        'internal',
        'The comparison engine stopped unexpectedly; the rest of the app is unaffected. Try again.',
      );
  }
}

abstract class ViewTracker {
  protected readonly views = new Map<string, Running>();

  progress(view: string): ViewProgress {
    const r = this.views.get(view);
    if (!r) return IDLE;
    const p = r.progress;
    return {
      running: true,
      stage: p?.stage ?? null,
      fraction: p && p.total > 0 ? Math.min(1, p.done / p.total) : null,
      elapsedMs: Math.round(performance.now() - r.started),
    };
  }

  cancel(view: string): boolean {
    const r = this.views.get(view);
    if (!r) return false;
    this.views.delete(view);
    r.cancel();
    return true;
  }
}

/** The engine in a worker thread owned by main (the desktop app and browser mode). */
export class WorkerEngine extends ViewTracker implements Engine {
  private readonly pool: WorkerPool<EngineTask, EngineResult>;
  private readonly waiting: { task: EngineTask; done: (r: EngineResult) => void }[] = [];
  private active = 0;

  /** The limits are the engine's own unless a test asks for tighter ones. */
  constructor(limits: { readonly timeoutMs?: number; readonly heapMb?: number } = {}) {
    super();
    this.pool = new WorkerPool<EngineTask, EngineResult>({
      name: 'engine/engine-worker',
      // One worker for what the user is waiting for, one for background analysis: neither waits for the other.
      size: 2,
      timeoutMs: limits.timeoutMs ?? ENGINE_TIME_LIMIT_MS,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb ?? ENGINE_HEAP_MB },
      keepWarm: true,
    });
    this.pool.warm();
  }

  async run<T extends EngineTask>(task: T, options: { readonly view?: string } = {}): Promise<ResultOf<T>> {
    const view = options.view;
    if (view) this.cancel(view);
    const running: Running = { cancel: () => {}, started: performance.now(), progress: null };
    const stop = new AbortController();
    const result = this.pool.run<TaskProgress>(task, [], {
      signal: stop.signal,
      onProgress: (p) => {
        running.progress = p;
      },
    });
    Object.assign(running, { cancel: () => stop.abort() });
    if (view) this.views.set(view, running);
    this.active++;
    try {
      return (await result) as ResultOf<T>;
    } catch (err) {
      throw engineFailure(err);
    } finally {
      this.active--;
      if (view && this.views.get(view) === running) this.views.delete(view);
      this.pumpBackground();
    }
  }

  background(task: EngineTask, done: (result: EngineResult) => void): void {
    if (this.waiting.length >= 10_000) return;
    this.waiting.push({ task, done });
    this.pumpBackground();
  }

  private pumpBackground(): void {
    if (this.active > 0) return;
    const next = this.waiting.shift();
    if (!next) return;
    this.active++;
    this.pool
      .run(next.task)
      .then(next.done, (err: unknown) => console.error('[parallax] background analysis failed:', err))
      .finally(() => {
        this.active--;
        this.pumpBackground();
      });
  }

  async close(): Promise<void> {
    this.waiting.length = 0;
    await this.pool.close();
  }
}

/** The same tasks in-process, for the command line and tests (no window to keep responsive). */
export class InlineEngine extends ViewTracker implements Engine {
  async run<T extends EngineTask>(task: T): Promise<ResultOf<T>> {
    const { runEngineTask } = await import('./tasks');
    return runEngineTask(task) as ResultOf<T>;
  }

  /** A command exits when done: nothing is analysed ahead of use (the app does that when the article is opened). */
  background(): void {}

  async close(): Promise<void> {}
}
