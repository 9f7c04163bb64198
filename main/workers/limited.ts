// One kind of work in its own pool of workers, made on first use and ended on demand, whose broken limits come
// back as the reasons a researcher reads (refusal.ts). Parsing, OCR and reading other tools' projects each have one.
import path from 'node:path';
import type { Transferable } from 'node:worker_threads';
import { WorkerPool, WorkerTaskError, type RunOptions, type WorkerPoolOptions } from './pool';
import { workerRefusal } from './refusal';

export interface LimitedWorkOptions extends WorkerPoolOptions {
  /** What to do instead when a file breaks a limit, one sentence. */
  readonly advice: string;
  /** Which worker, for the log. */
  readonly worker: string;
}

export class LimitedWork<I, O> {
  private pool: WorkerPool<I, O> | null = null;

  constructor(private readonly options: LimitedWorkOptions) {}

  /** Runs one task for the file `name`; a broken limit becomes an ApiError naming the file. */
  async run<P = never>(
    name: string,
    input: I,
    transfer: readonly Transferable[] = [],
    runOptions: RunOptions<P> = {},
  ): Promise<O> {
    this.pool ??= new WorkerPool<I, O>(this.options);
    try {
      return await this.pool.run(input, transfer, runOptions);
    } catch (err) {
      if (!(err instanceof WorkerTaskError)) throw err;
      throw workerRefusal(err, {
        name: path.basename(name),
        timeLimitMs: this.options.timeoutMs,
        growthBytes: this.options.maxGrowthBytes ?? 0,
        advice: this.options.advice,
        worker: this.options.worker,
      });
    }
  }

  /** Ends the workers, so a command can exit at once; the next task starts new ones. */
  async close(): Promise<void> {
    const p = this.pool;
    this.pool = null;
    await p?.close();
  }
}
