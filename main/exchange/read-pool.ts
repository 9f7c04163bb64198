// Reading other tools' files (a REFI-QDA project) in a worker thread, under a time and memory limit, so a huge
// or hostile project fails alone with a reason and the app carries on.
import path from 'node:path';
import { WorkerPool, WorkerTaskError } from '../workers/pool';
import { workerRefusal } from '../workers/refusal';
import type { QdpxProjectData } from './qdpx-read';
import type { ReadResult, ReadTask } from './read-worker';

export const READ_TIME_LIMIT_MS = 120_000;
export const READ_HEAP_MB = 1024;
export const READ_GROWTH_BYTES = 1536 * 1024 * 1024;

let pool: WorkerPool<ReadTask, ReadResult> | null = null;

function readPool(): WorkerPool<ReadTask, ReadResult> {
  pool ??= new WorkerPool<ReadTask, ReadResult>({
    name: 'exchange/read-worker',
    size: 1,
    timeoutMs: READ_TIME_LIMIT_MS,
    resourceLimits: { maxOldGenerationSizeMb: READ_HEAP_MB, maxYoungGenerationSizeMb: 64 },
    maxGrowthBytes: READ_GROWTH_BYTES,
  });
  return pool;
}

export async function readQdpxInWorker(name: string, bytes: Uint8Array): Promise<QdpxProjectData> {
  const copy = new Uint8Array(bytes);
  try {
    return await readPool().run({ kind: 'qdpx', name, bytes: copy }, [copy.buffer]);
  } catch (err) {
    if (!(err instanceof WorkerTaskError)) throw err;
    throw workerRefusal(err, {
      name: path.basename(name),
      timeLimitMs: READ_TIME_LIMIT_MS,
      growthBytes: READ_GROWTH_BYTES,
      advice: 'Export the project again in smaller parts and import those.',
      worker: 'exchange worker',
    });
  }
}

export async function closeReadPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
