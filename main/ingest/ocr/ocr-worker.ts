// The OCR worker's entry point: a scan's bytes in, its text and per-page confidence out, progress on the way.
import { serveTasks } from '../../workers/serve';
import { recogniseScan, type OcrProgress, type OcrResult } from './recognise';

export interface OcrTask {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly language?: string;
}

serveTasks<OcrTask, OcrResult, OcrProgress>((task, progress) =>
  recogniseScan(task.bytes, task.name, task.language, progress),
);
