// A small pool of worker threads that runs tasks away from the main thread, each under limits: a heap ceiling
// (`resourceLimits`), a time limit, and a ceiling on how much the process may grow while the task runs (array
// buffers live outside the heap, so the heap ceiling alone does not bound them). A task that breaks a limit
// ends its worker and fails alone; the next task gets a fresh worker. A task may report progress, and may be
// cancelled: taken off the queue, or its worker ended. Document parsing and the comparison engine use it.
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { deserialiseError, type ResultMessage, type TaskMessage, type TaskProgress } from './protocol';
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

interface Task<I, O> {
  readonly id: number;
  readonly input: I;
  readonly transfer: readonly Transferable[];
  readonly onProgress: ((progress: TaskProgress) => void) | undefined;
  readonly resolve: (value: O) => void;
  readonly reject: (err: Error) => void;
}

interface Slot<I, O> {
  readonly worker: Worker;
  task: Task<I, O> | null;
  stopTimers: () => void;
}

export class WorkerPool<I, O> {
  private readonly slots: Slot<I, O>[] = [];
  private readonly queue: Task<I, O>[] = [];
  private nextId = 1;
  private closed = false;
  private warmed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  run(input: I, transfer: readonly Transferable[] = []): Promise<O> {
    return this.start(input, { transfer }).result;
  }

  /** Runs a task that can report progress and be cancelled (a queued task is dropped, a running one's worker ended). */
  start(
    input: I,
    options: { readonly transfer?: readonly Transferable[]; readonly onProgress?: (p: TaskProgress) => void } = {},
  ): { readonly result: Promise<O>; cancel(): void } {
    if (this.closed) return { result: Promise.reject(new Error('The worker pool is closed.')), cancel() {} };
    const id = this.nextId++;
    const result = new Promise<O>((resolve, reject) => {
      this.queue.push({ id, input, transfer: options.transfer ?? [], onProgress: options.onProgress, resolve, reject });
      this.pump();
    });
    return { result, cancel: () => this.cancel(id) };
  }

  private cancel(id: number): void {
    const cancelled = new WorkerTaskError('cancelled', 'The task was cancelled.');
    const queued = this.queue.findIndex((t) => t.id === id);
    if (queued >= 0) {
      this.queue.splice(queued, 1)[0]!.reject(cancelled);
      return;
    }
    const slot = this.slots.find((s) => s.task?.id === id);
    if (slot) void this.retire(slot, cancelled);
  }

  /** Ends every worker; tasks still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('The worker pool was closed.'));
    await Promise.all(this.slots.splice(0).map((s) => this.retire(s, null)));
  }

  /** Starts a worker ahead of the first task (with `keepWarm`, one stays ready from now on). */
  warm(): void {
    this.warmed = true;
    if (!this.closed && this.slots.length === 0) this.spawn();
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => s.task === null);
      if (!slot) {
        if (this.slots.length >= (this.options.size ?? 1)) return;
        slot = this.spawn();
      }
      this.begin(slot, this.queue.shift()!);
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
    const slot: Slot<I, O> = { worker, task: null, stopTimers: () => {} };
    worker.on('message', (m: ResultMessage<O>) => {
      const task = slot.task;
      if (!task || m.id !== task.id) return;
      if ('progress' in m) {
        task.onProgress?.(m.progress);
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

  private begin(slot: Slot<I, O>, task: Task<I, O>): void {
    slot.task = task;
    slot.worker.ref();
    const timeout = setTimeout(
      () => void this.retire(slot, new WorkerTaskError('timeout', 'The task took too long.')),
      this.options.timeoutMs,
    );
    const max = this.options.maxGrowthBytes;
    const baseline = process.memoryUsage.rss();
    const watch =
      max === undefined
        ? undefined
        : setInterval(() => {
            if (process.memoryUsage.rss() - baseline > max)
              void this.retire(slot, new WorkerTaskError('memory', 'The task needed too much memory.'));
          }, 50);
    timeout.unref();
    watch?.unref();
    slot.stopTimers = () => {
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
