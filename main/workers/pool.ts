// A small pool of worker threads that runs tasks away from the main thread, each under limits: a heap ceiling
// (`resourceLimits`), a time limit, and a ceiling on how much the process may grow while the task runs (array
// buffers live outside the heap, so the heap ceiling alone does not bound them). A task that breaks a limit
// ends its worker and fails alone; the next task gets a fresh worker. A task may report progress, and may be
// cancelled: taken off the queue, or its worker ended. Document parsing, OCR and the comparison engine use it.
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { deserialiseError, type ProgressMessage, type ResultMessage, type TaskMessage } from './protocol';
import { workerScript } from './script';

export interface WorkerPoolOptions {
  /** The worker's entry under main/, without extension, e.g. 'ingest/parse-worker'. */
  readonly name: string;
  readonly size?: number;
  readonly resourceLimits?: ResourceLimits;
  /** The longest one task may run. */
  readonly timeoutMs: number;
  /** How much the whole process may grow (resident memory) while one task runs; checked every 50 ms. */
  readonly maxGrowthBytes?: number;
  /**
   * Keep one worker started and idle once `warm()` is called, and again after a worker is ended, so a task does
   * not wait for a worker to load its code (the engine's takes a moment).
   */
  readonly keepWarm?: boolean;
}

export type WorkerFailure = 'timeout' | 'memory' | 'crashed' | 'cancelled';

/** A task that broke a limit or took its worker down; `kind` says which, for a message the user can act on. */
export class WorkerTaskError extends Error {
  override readonly name = 'WorkerTaskError';
  constructor(
    readonly kind: WorkerFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface RunOptions<P> {
  /** Ends the task (and its worker) when aborted; the task fails with kind 'cancelled'. */
  readonly signal?: AbortSignal;
  /** Progress the worker reports while the task runs (see serve.ts). */
  readonly onProgress?: (progress: P) => void;
  /** This task's own time limit, instead of the pool's. */
  readonly timeoutMs?: number;
  /** Each progress message restarts the time limit (a limit per page of a long scan, not for the whole). */
  readonly restartOnProgress?: boolean;
}

interface Task<I, O> {
  readonly id: number;
  readonly input: I;
  readonly transfer: readonly Transferable[];
  readonly options: RunOptions<unknown>;
  readonly resolve: (value: O) => void;
  readonly reject: (err: Error) => void;
}

interface Slot<I, O> {
  readonly worker: Worker;
  task: Task<I, O> | null;
  stopTimers: () => void;
  restartClock: () => void;
}

export class WorkerPool<I, O> {
  private readonly slots: Slot<I, O>[] = [];
  private readonly queue: Task<I, O>[] = [];
  private nextId = 1;
  private closed = false;
  private warmed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  run<P = never>(input: I, transfer: readonly Transferable[] = [], options: RunOptions<P> = {}): Promise<O> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed.'));
    if (options.signal?.aborted) return Promise.reject(new WorkerTaskError('cancelled', 'The task was cancelled.'));
    return new Promise<O>((resolve, reject) => {
      const task: Task<I, O> = {
        id: this.nextId++,
        input,
        transfer,
        options: options as RunOptions<unknown>,
        resolve,
        reject,
      };
      this.queue.push(task);
      this.pump();
    });
  }

  /** Ends every worker; tasks still waiting fail. */
  /** Starts a worker ahead of the first task (with `keepWarm`, one stays ready from now on). */
  warm(): void {
    this.warmed = true;
    if (!this.closed && this.slots.length === 0) this.spawn();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('The worker pool was closed.'));
    await Promise.all(this.slots.splice(0).map((s) => this.retire(s, null)));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot) {
        if (this.slots.length >= (this.options.size ?? 1)) return;
        slot = this.spawn();
      }
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot<I, O> {
    const script = workerScript(this.options.name);
    const worker = new Worker(script.code, {
      eval: script.eval,
      ...(this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {}),
      stdout: false,
      stderr: false,
    });
    const slot: Slot<I, O> = { worker, task: null, stopTimers: () => {}, restartClock: () => {} };
    worker.on('message', (m: ResultMessage<O> | ProgressMessage<unknown>) => {
      const task = slot.task;
      if (!task || m.id !== task.id) return;
      if ('progress' in m) {
        if (task.options.restartOnProgress) slot.restartClock();
        task.options.onProgress?.(m.progress);
        return;
      }
      this.finish(slot);
      if (m.ok) task.resolve(m.value);
      else task.reject(deserialiseError(m.error));
      this.pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const outOfMemory = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      void this.retire(
        slot,
        new WorkerTaskError(
          outOfMemory ? 'memory' : 'crashed',
          outOfMemory ? 'The task ran out of memory.' : err.message,
        ),
      );
    });
    worker.on('exit', () => void this.retire(slot, new WorkerTaskError('crashed', 'The worker stopped.')));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot<I, O>, task: Task<I, O>): void {
    if (task.options.signal?.aborted) {
      task.reject(new WorkerTaskError('cancelled', 'The task was cancelled.')); // while it waited in the queue
      return;
    }
    slot.task = task;
    slot.worker.ref();
    const limit = task.options.timeoutMs ?? this.options.timeoutMs;
    const expire = () => void this.retire(slot, new WorkerTaskError('timeout', 'The task took too long.'));
    let timeout = setTimeout(expire, limit);
    timeout.unref();
    slot.restartClock = () => {
      clearTimeout(timeout);
      timeout = setTimeout(expire, limit);
      timeout.unref();
    };
    const signal = task.options.signal;
    const cancel = () => void this.retire(slot, new WorkerTaskError('cancelled', 'The task was cancelled.'));
    signal?.addEventListener('abort', cancel, { once: true });
    const max = this.options.maxGrowthBytes;
    const baseline = process.memoryUsage.rss();
    const watch =
      max === undefined
        ? undefined
        : setInterval(() => {
            if (process.memoryUsage.rss() - baseline > max)
              void this.retire(slot, new WorkerTaskError('memory', 'The task needed too much memory.'));
          }, 50);
    watch?.unref();
    slot.stopTimers = () => {
      signal?.removeEventListener('abort', cancel);
      clearTimeout(timeout);
      if (watch) clearInterval(watch);
    };
    const message: TaskMessage<I> = { id: task.id, input: task.input };
    slot.worker.postMessage(message, [...task.transfer]);
  }

  private finish(slot: Slot<I, O>): void {
    slot.stopTimers();
    slot.task = null;
    slot.worker.unref();
  }

  /** Takes a worker out of the pool and ends it; its task, if any, fails with `failure`. */
  private async retire(slot: Slot<I, O>, failure: WorkerTaskError | null): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    const task = slot.task;
    this.finish(slot);
    if (task) task.reject(failure ?? new Error('The worker pool was closed.'));
    await slot.worker.terminate();
    if (this.closed) return;
    this.pump();
    if (this.options.keepWarm && this.warmed) this.warm();
  }
}
