// Parsing runs in a worker thread owned by main, never on the main thread (in the desktop app, that is the
// thread that answers the window): a hostile file fails alone, within a time and memory limit, with a reason.
import { LimitedWork } from '../workers/limited';
import { PARSE_GROWTH_BYTES, PARSE_HEAP_MB, PARSE_TIME_LIMIT_MS } from './limits';
import type { ParsedFile } from './parse';
import type { ParseTask } from './parse-worker';

const parsing = new LimitedWork<ParseTask, ParsedFile>({
  name: 'ingest/parse-worker',
  size: 1,
  timeoutMs: PARSE_TIME_LIMIT_MS,
  resourceLimits: { maxOldGenerationSizeMb: PARSE_HEAP_MB, maxYoungGenerationSizeMb: 32 },
  maxGrowthBytes: PARSE_GROWTH_BYTES,
  advice: 'If it is a real article, save it as plain text and import that.',
  worker: 'parse worker',
});

export function parseInWorker(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  // A copy goes to the worker: the caller keeps the original bytes as the article's provenance.
  const copy = new Uint8Array(bytes);
  return parsing.run(name, { name, bytes: copy }, [copy.buffer]);
}

/** Ends the parse worker, so a command can exit at once; the next parse starts a new one. */
export function closeParsePool(): Promise<void> {
  return parsing.close();
}
