// Parsing runs in a worker thread owned by main, never on the main thread (in the desktop app, that is the
// thread that answers the window): a hostile file fails alone, within a time and memory limit, with a reason.
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { WorkerPool, WorkerTaskError } from '../workers/pool';
import { megabytes, PARSE_GROWTH_BYTES, PARSE_HEAP_MB, PARSE_TIME_LIMIT_MS } from './limits';
import type { ParsedFile } from './parse';
import type { ParseResult, ParseTask } from './parse-worker';
import { deserialiseError } from '../workers/protocol';

type Task = ParseTask | { readonly batch: readonly ParseTask[] };

let pool: WorkerPool<Task, ParsedFile | ParseResult[]> | null = null;

function parsePool(): WorkerPool<Task, ParsedFile | ParseResult[]> {
  pool ??= new WorkerPool<Task, ParsedFile | ParseResult[]>({
    name: 'ingest/parse-worker',
    size: 1,
    timeoutMs: PARSE_TIME_LIMIT_MS,
    resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: 32 },
    maxGrowthBytes: PARSE_GROWTH_BYTES,
  });
  return pool;
}

export async function parseInWorker(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  // A copy goes to the worker: the caller keeps the original bytes as the article's provenance.
  const copy = new Uint8Array(bytes);
  try {
    return (await parsePool().run({ name, bytes: copy }, [copy.buffer])) as ParsedFile;
  } catch (err) {
    if (!(err instanceof WorkerTaskError)) throw err;
    const base = path.basename(name);
    switch (err.kind) {
      case 'timeout':
        throw new ApiError(
          'too_large',
          `${base} took longer than ${PARSE_TIME_LIMIT_MS / 1000} s to read, so Parallax stopped. If it is a real article, save it as plain text and import that.`,
        );
      case 'memory':
        throw new ApiError(
          'too_large',
          `${base} needed more than ${megabytes(PARSE_GROWTH_BYTES)} of memory to read, so Parallax stopped. If it is a real article, save it as plain text and import that.`,
        );
      case 'cancelled':
        throw new ApiError('cancelled', `Reading ${base} was cancelled.`);
      case 'crashed':
        // The reader's own words are internals; the log has them.
        console.error(`[parallax] the parse worker stopped on ${base}:`, err.message);
        throw new ApiError(
          'unsupported',
          `${base} could not be read: the reader stopped on it. If it opens in another program, save it again and import that.`,
        );
    }
  }
}

/** Small plain-text files that may share one parse task (nothing in them can inflate). */
export function batchable(name: string, size: number): boolean {
  return size <= 1024 * 1024 && /\.(txt|md)$/i.test(name);
}

/**
 * Parses several small plain-text files in one task. Each gets its own result; if the task breaks a limit or its
 * worker stops, each file is parsed again alone, so the file that did it fails alone with its reason.
 */
export async function parseManyInWorker(files: readonly ParseTask[]): Promise<(ParsedFile | Error)[]> {
  const copies = files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) }));
  try {
    const results = (await parsePool().run(
      { batch: copies },
      copies.map((c) => c.bytes.buffer),
    )) as ParseResult[];
    return results.map((r) => (r.ok ? r.value : deserialiseError(r.error)));
  } catch (err) {
    if (!(err instanceof WorkerTaskError)) throw err;
    return Promise.all(files.map((f) => parseInWorker(f.name, f.bytes).catch((e: unknown) => e as Error)));
  }
}

/** Ends the parse worker, so a command can exit at once; the next parse starts a new one. */
export async function closeParsePool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
