// Parsing runs in a worker thread owned by main, never on the main thread (in the desktop app, that is the
// thread that answers the window): a hostile file fails alone, within a time and memory limit, with a reason.
import { LimitedWork } from '../workers/limited';
import { deserialiseError } from '../workers/protocol';
import { PARSE_GROWTH_BYTES, PARSE_HEAP_MB, PARSE_TIME_LIMIT_MS } from './limits';
import type { ParsedFile } from './parse';
import type { ParseResult, ParseTask } from './parse-worker';

type Task = ParseTask | { readonly batch: readonly ParseTask[] };

const parsing = new LimitedWork<Task, ParsedFile | ParseResult[]>({
  name: 'ingest/parse-worker',
  size: 1,
  timeoutMs: PARSE_TIME_LIMIT_MS,
  resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: 32 },
  maxGrowthBytes: PARSE_GROWTH_BYTES,
  advice: 'If it is a real article, save it as plain text and import that.',
  worker: 'parse worker',
});

export async function parseInWorker(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  // A copy goes to the worker: the caller keeps the original bytes as the article's provenance.
  const copy = new Uint8Array(bytes);
  return (await parsing.run(name, { name, bytes: copy }, [copy.buffer])) as ParsedFile;
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
    const results = (await parsing.run(
      files[0]?.name ?? 'files',
      { batch: copies },
      copies.map((c) => c.bytes.buffer),
    )) as ParseResult[];
    return results.map((r) => (r.ok ? r.value : deserialiseError(r.error)));
  } catch {
    return Promise.all(files.map((f) => parseInWorker(f.name, f.bytes).catch((e: unknown) => e as Error)));
  }
}

/** Ends the parse worker, so a command can exit at once; the next parse starts a new one. */
export function closeParsePool(): Promise<void> {
  return parsing.close();
}
