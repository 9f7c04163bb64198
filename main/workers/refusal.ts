// A task that broke a worker's limit, as a reason the researcher can act on: what was being read, which limit,
// and what to do instead. The worker's own words are internals and go to the log only.
import { ApiError } from '../../shared/errors';
import { megabytes } from '../ingest/limits';
import type { WorkerTaskError } from './pool';

export interface LimitsSaid {
  /** What was read, as the reason names it (a file name). */
  readonly name: string;
  readonly timeLimitMs: number;
  readonly growthBytes: number;
  /** What to do instead, one sentence. */
  readonly advice: string;
  /** Which worker, for the log. */
  readonly worker: string;
}

export function workerRefusal(err: WorkerTaskError, said: LimitsSaid): ApiError {
  switch (err.kind) {
    case 'timeout':
      return new ApiError(
        'too_large',
        `${said.name} took longer than ${said.timeLimitMs / 1000} s to read, so Parallax stopped. ${said.advice}`,
      );
    case 'memory':
      return new ApiError(
        'too_large',
        `${said.name} needed more than ${megabytes(said.growthBytes)} of memory to read, so Parallax stopped. ${said.advice}`,
      );
    case 'cancelled':
      return new ApiError('conflict', `Reading ${said.name} was cancelled.`);
    case 'crashed':
      console.error(`[parallax] the ${said.worker} stopped on ${said.name}:`, err.message);
      return new ApiError(
        'unsupported',
        `${said.name} could not be read: the reader stopped on it. If it opens in another program, save it again and import that.`,
      );
  }
}
