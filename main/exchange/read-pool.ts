// Reading other tools' files (a REFI-QDA project) in a worker thread, under a time and memory limit, so a huge
// or hostile project fails alone with a reason and the app carries on.
import { LimitedWork } from '../workers/limited';
import type { QdpxProjectData } from './qdpx-read';
import type { ReadResult, ReadTask } from './read-worker';

export const READ_TIME_LIMIT_MS = 120_000;
export const READ_HEAP_MB = 1024;
export const READ_GROWTH_BYTES = 1536 * 1024 * 1024;

const reading = new LimitedWork<ReadTask, ReadResult>({
  name: 'exchange/read-worker',
  size: 1,
  timeoutMs: READ_TIME_LIMIT_MS,
  resourceLimits: { maxOldGenerationSizeMb: READ_HEAP_MB, maxYoungGenerationSizeMb: 64 },
  maxGrowthBytes: READ_GROWTH_BYTES,
  advice: 'Export the project again in smaller parts and import those.',
  worker: 'exchange worker',
});

export function readQdpxInWorker(name: string, bytes: Uint8Array): Promise<QdpxProjectData> {
  const copy = new Uint8Array(bytes);
  return reading.run(name, { kind: 'qdpx', name, bytes: copy }, [copy.buffer]);
}

export function closeReadPool(): Promise<void> {
  return reading.close();
}
