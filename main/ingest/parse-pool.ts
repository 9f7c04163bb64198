// Parsing runs in a worker thread owned by main, never on the main thread (in the desktop app, that is the
// thread that answers the window): a hostile file fails alone, within a time and memory limit, with a reason.
import path from 'node:path';
import { WorkerPool, WorkerTaskError } from '../workers/pool';
import { workerRefusal } from '../workers/refusal';
import { PARSE_GROWTH_BYTES, PARSE_HEAP_MB, PARSE_TIME_LIMIT_MS } from './limits';
import type { ParsedFile } from './parse';
import type { ParseTask } from './parse-worker';

let pool: WorkerPool<ParseTask, ParsedFile> | null = null;

function parsePool(): WorkerPool<ParseTask, ParsedFile> {
  pool ??= new WorkerPool<ParseTask, ParsedFile>({
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
    return await parsePool().run({ name, bytes: copy }, [copy.buffer]);
  } catch (err) {
    if (!(err instanceof WorkerTaskError)) throw err;
    throw workerRefusal(err, {
      name: path.basename(name),
      timeLimitMs: PARSE_TIME_LIMIT_MS,
      growthBytes: PARSE_GROWTH_BYTES,
      advice: 'If it is a real article, save it as plain text and import that.',
      worker: 'parse worker',
    });
  }
}

/** Ends the parse worker, so a command can exit at once; the next parse starts a new one. */
export async function closeParsePool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
