// `PRAGMA quick_check` at open, time-boxed: a library up to a few hundred MB is checked on the spot (about half a
// second); a larger one in a worker thread that gets a fixed budget, after which it is opened unchecked rather
// than kept waiting (the command line's `parallax check` runs the full check without a budget).
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../workers/script';
import { nativeBindingPath } from './native';
import { readOnlyConnection } from './read-only';

/** Libraries up to this size are checked on the spot. */
export const INLINE_CHECK_BYTES = 256 * 1024 * 1024;
/** How long opening a larger library waits for its check. */
export const CHECK_BUDGET_MS = 2_000;

export interface QuickCheckTask {
  readonly file: string;
  readonly binding: string | undefined;
  /** Int32 status (0 running, 1 whole, 2 damaged), then the problem as UTF-8. */
  readonly shared: SharedArrayBuffer;
}

/** Runs quick_check on a read-only connection; the problem it found, or null when the file is whole. */
export function runQuickCheck(file: string, binding = nativeBindingPath()): string | null {
  let db;
  try {
    db = readOnlyConnection(file, binding);
    const rows = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
    return rows.length === 1 && rows[0] === 'ok' ? null : rows.join('; ');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    db?.close();
  }
}

/**
 * The problem quick_check found, or null when the library is whole (or too large to check within the budget;
 * `Infinity` checks it whole, however long that takes).
 * Blocks for at most `budgetMs`: opening is synchronous, and a damaged library must be refused before any write.
 */
export function quickCheck(file: string, budgetMs = CHECK_BUDGET_MS, inlineBytes = INLINE_CHECK_BYTES): string | null {
  const size = fs.statSync(file).size;
  if (size <= inlineBytes || budgetMs === Infinity) return runQuickCheck(file);
  const shared = new SharedArrayBuffer(4 + 4096);
  const status = new Int32Array(shared, 0, 1);
  const script = workerScript('library/quick-check-worker');
  const task: QuickCheckTask = { file, binding: nativeBindingPath(), shared };
  const worker = new Worker(script.code, { eval: script.eval, workerData: task, stdout: false, stderr: false });
  worker.unref();
  Atomics.wait(status, 0, 0, budgetMs);
  const done = Atomics.load(status, 0);
  void worker.terminate();
  if (done !== 2) return null;
  const bytes = new Uint8Array(shared, 4);
  const end = bytes.indexOf(0);
  return Buffer.from(bytes.subarray(0, end < 0 ? bytes.length : end)).toString('utf8');
}
