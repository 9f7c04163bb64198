// The scans being read right now, so the UI can show "page 12 of 500" and stop one: each OCR run registers its
// progress and a way to cancel it here, and the contract's ocrStatus and cancelOcr read and use this.
import type { OcrStatus } from '../../../shared/domain';

interface Running {
  readonly file: string;
  page: number;
  pages: number;
  readonly controller: AbortController;
}

const running = new Set<Running>();

/** Registers a run; returns its signal, a progress callback and a function to call when it ends. */
export function startOcrRun(file: string, outer?: AbortSignal) {
  const run: Running = { file, page: 0, pages: 0, controller: new AbortController() };
  const forward = () => run.controller.abort();
  outer?.addEventListener('abort', forward, { once: true });
  running.add(run);
  return {
    signal: run.controller.signal,
    onProgress: (p: { page: number; pages: number }) => {
      run.page = p.page;
      run.pages = p.pages;
    },
    end: () => {
      outer?.removeEventListener('abort', forward);
      running.delete(run);
    },
  };
}

export function ocrStatus(): OcrStatus {
  return { running: [...running].map((r) => ({ file: r.file, page: r.page, pages: r.pages })) };
}

/** Stops every scan being read; each fails with "cancelled" and nothing of it is stored. */
export function cancelOcr(): { readonly cancelled: number } {
  const n = running.size;
  for (const r of running) r.controller.abort();
  return { cancelled: n };
}
