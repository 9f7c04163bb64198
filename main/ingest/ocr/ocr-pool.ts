// OCR runs in its own worker thread, never on the main thread: a page at a time, with progress, a time limit
// per page (each page read restarts the clock), a memory ceiling, and cancel (the worker is ended at once).
import path from 'node:path';
import { WorkerPool, WorkerTaskError } from '../../workers/pool';
import { workerRefusal } from '../../workers/refusal';
import { OCR_GROWTH_BYTES, OCR_HEAP_MB, OCR_PAGE_TIME_LIMIT_MS } from '../limits';
import type { OcrTask } from './ocr-worker';
import type { OcrProgress, OcrResult } from './recognise';

let pool: WorkerPool<OcrTask, OcrResult> | null = null;

function ocrPool(): WorkerPool<OcrTask, OcrResult> {
  pool ??= new WorkerPool<OcrTask, OcrResult>({
    name: 'ingest/ocr/ocr-worker',
    size: 1,
    timeoutMs: OCR_PAGE_TIME_LIMIT_MS,
    resourceLimits: { maxOldGenerationSizeMb: OCR_HEAP_MB, maxYoungGenerationSizeMb: 64 },
    maxGrowthBytes: OCR_GROWTH_BYTES,
  });
  return pool;
}

export interface OcrOptions {
  /** 'fr' or 'en'; detected from the first page when absent. */
  readonly language?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: OcrProgress) => void;
}

export async function ocrInWorker(name: string, bytes: Uint8Array, options: OcrOptions = {}): Promise<OcrResult> {
  const copy = new Uint8Array(bytes);
  try {
    return await ocrPool().run<OcrProgress>(
      { name, bytes: copy, ...(options.language ? { language: options.language } : {}) },
      [copy.buffer],
      {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        restartOnProgress: true,
      },
    );
  } catch (err) {
    if (!(err instanceof WorkerTaskError)) throw err;
    throw workerRefusal(err, {
      name: path.basename(name),
      timeLimitMs: OCR_PAGE_TIME_LIMIT_MS,
      growthBytes: OCR_GROWTH_BYTES,
      advice: 'Scan it again at 300 dpi, or split it into smaller files.',
      worker: 'OCR worker',
    });
  }
}

export async function closeOcrPool(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
