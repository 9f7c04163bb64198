// What travels between main and a task worker: a task with its id, and a result or an error by value (a thrown
// error loses its class and code when it crosses threads, so ApiError's code is carried explicitly).
import { ApiError, isErrorCode } from '../../shared/errors';

export interface TaskMessage<I> {
  readonly id: number;
  readonly input: I;
}

export interface SerialisedError {
  readonly code?: string;
  readonly message: string;
}

export type ResultMessage<O> =
  | { readonly id: number; readonly ok: true; readonly value: O }
  | { readonly id: number; readonly ok: false; readonly error: SerialisedError };

/** Sent by a worker while a task runs (OCR's page count, say); never ends the task. */
export interface ProgressMessage<P> {
  readonly id: number;
  readonly progress: P;
}

export function serialiseError(err: unknown): SerialisedError {
  if (err instanceof ApiError) return { code: err.code, message: err.message };
  return { message: err instanceof Error ? err.message : String(err) };
}

export function deserialiseError(e: SerialisedError): Error {
  return isErrorCode(e.code) ? new ApiError(e.code, e.message) : new Error(e.message);
}

/** How far an engine task has got: `done` of `total` steps, and what it is doing (a word the caller turns into a label). */
export interface TaskProgress {
  readonly done: number;
  readonly total: number;
  readonly stage: string;
}
