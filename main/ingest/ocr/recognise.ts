// OCR of a scan, page by page, with tesseract.js and the French and English trained data shipped in the
// @tesseract.js-data packages: nothing is fetched, ever (the data is read from the app's own files, and the
// language path given to tesseract.js is a folder on this machine). Runs in the OCR worker (ocr-pool.ts); reports
// each page as it is read, and keeps each page's confidence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import { detectLanguage } from '../../../shared/text/language';
import { MAX_ARTICLE_CHARS, tooLongMessage } from '../limits';
import { pageImages } from './pages';

export type OcrLanguage = 'fra' | 'eng';

export interface OcrProgress {
  readonly page: number;
  readonly pages: number;
}

export interface OcrPage {
  readonly page: number;
  /** Tesseract's mean word confidence, 0-100. */
  readonly confidence: number;
}

export interface OcrResult {
  readonly text: string;
  readonly pages: readonly OcrPage[];
  /** The trained data used after the first page ('fra', 'eng' or 'fra+eng'). */
  readonly languages: string;
}

const CODE: Readonly<Record<string, OcrLanguage>> = { fr: 'fra', en: 'eng' };

let folder: string | null = null;

/**
 * One folder holding both languages' trained data, as tesseract.js reads it (one language path for all): the
 * shipped files copied once per process into a private temporary folder (the packages keep each language apart).
 */
function languageFolder(): string {
  if (folder) return folder;
  const made = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-ocr-'));
  for (const code of ['fra', 'eng']) {
    const data = path.join(
      path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)),
      '4.0.0_best_int',
      `${code}.traineddata.gz`,
    );
    fs.copyFileSync(data, path.join(made, `${code}.traineddata.gz`));
  }
  process.once('exit', () => fs.rmSync(made, { recursive: true, force: true }));
  folder = made;
  return made;
}

async function recogniser(languages: string) {
  const { createWorker, OEM } = await import('tesseract.js');
  return createWorker(languages, OEM.LSTM_ONLY, {
    langPath: languageFolder(),
    cacheMethod: 'none',
    gzip: true,
    logger: () => {},
    errorHandler: () => {},
  });
}

/**
 * Reads every page. Without a language, the first page is read with French and English together and the
 * language of what it says chooses the trained data for the rest.
 */
export async function recogniseScan(
  bytes: Uint8Array,
  name: string,
  language: string | undefined,
  progress: (p: OcrProgress) => void,
): Promise<OcrResult> {
  const images = await pageImages(bytes, name);
  // 'both' reads every page with French and English together (what the benchmark compares against).
  const detect = !language;
  let languages = (language && CODE[language]) ?? 'fra+eng';
  let worker = await recogniser(languages);
  const texts: string[] = [];
  const pages: OcrPage[] = [];
  let length = 0;
  try {
    progress({ page: 0, pages: images.pages });
    for (let n = 1; n <= images.pages; n++) {
      const image = await images.page(n);
      const { data } = await worker.recognize(image);
      const text = data.text.trim();
      length += text.length + 2;
      if (length > MAX_ARTICLE_CHARS) throw new ApiError('too_large', tooLongMessage(name));
      texts.push(text);
      pages.push({ page: n, confidence: Math.round(data.confidence) });
      progress({ page: n, pages: images.pages });
      if (n === 1 && detect && images.pages > 1) {
        const detected = CODE[detectLanguage(text)];
        if (detected) {
          await worker.terminate();
          languages = detected;
          worker = await recogniser(languages);
        }
      }
    }
  } finally {
    await worker.terminate();
    await images.close();
  }
  return { text: texts.join('\n\n'), pages, languages };
}
