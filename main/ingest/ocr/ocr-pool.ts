// OCR runs in its own worker thread, never on the main thread: a page at a time, with progress, a time limit
// per page (each page read restarts the clock), a memory ceiling, and cancel (the worker is ended at once).
import { LimitedWork } from '../../workers/limited';
import { OCR_GROWTH_BYTES, OCR_HEAP_MB, OCR_PAGE_TIME_LIMIT_MS } from '../limits';
import type { OcrTask } from './ocr-worker';
import type { OcrProgress, OcrResult } from './recognise';

const reading = new LimitedWork<OcrTask, OcrResult>({
  name: 'ingest/ocr/ocr-worker',
  size: 1,
  timeoutMs: OCR_PAGE_TIME_LIMIT_MS,
  resourceLimits: { maxOldGenerationSizeMb: OCR_HEAP_MB, maxYoungGenerationSizeMb: 64 },
  maxGrowthBytes: OCR_GROWTH_BYTES,
  advice: 'Scan it again at 300 dpi, or split it into smaller files.',
  worker: 'OCR worker',
});

export interface OcrOptions {
  /** 'fr' or 'en'; detected from the first page when absent ('both' reads every page with both). */
  readonly language?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: OcrProgress) => void;
}

export function ocrInWorker(name: string, bytes: Uint8Array, options: OcrOptions = {}): Promise<OcrResult> {
  const copy = new Uint8Array(bytes);
  return reading.run<OcrProgress>(
    name,
    { name, bytes: copy, ...(options.language ? { language: options.language } : {}) },
    [copy.buffer],
    {
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      restartOnProgress: true,
    },
  );
}

export function closeOcrPool(): Promise<void> {
  return reading.close();
}
