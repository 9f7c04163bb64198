// Importing files: each file all or nothing, folders walked, each outcome reported (imported, duplicate of
// which article, skipped and why, or failed and why). Used by the command line (paths) and the UI (uploaded
// bytes). Parsing runs in the parse worker; only the insert runs here.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { insertArticle } from '../library/articles';
import type { Db } from '../library/open';
import { checkImportable, SUPPORTED_EXTENSIONS } from './parse';
import { parseInWorker } from './parse-pool';
import { normaliseText } from './decode';
import { MAX_ARTICLE_CHARS, OCR_LOW_CONFIDENCE, tooLongMessage } from './limits';
import { startOcrRun } from './ocr/activity';
import { ocrInWorker } from './ocr/ocr-pool';
import type { ImportOutcome } from './types';

/** What another source (a Zotero item) knows better than the file: it wins over what the file says. */
export interface KnownMetadata {
  readonly title?: string;
  readonly outlet?: string | null;
  readonly authors?: readonly string[];
  readonly publishedAt?: string | null;
  readonly url?: string | null;
  readonly language?: string;
  readonly stories?: readonly string[];
  readonly tags?: readonly string[];
  /** Where the file came from, for the article's provenance ("Zotero item ABCD2345"). */
  readonly provenance?: string;
}

export interface ImportOptions {
  readonly story?: string;
  readonly metadata?: KnownMetadata;
  /** The language of a scan ('fr' or 'en'); else the metadata's, else detected from its first page. */
  readonly ocrLanguage?: string;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: ImportOutcome) => void;
  /** A scan's pages as OCR reads them. */
  readonly onOcrProgress?: (progress: { file: string; page: number; pages: number }) => void;
}

function reasonOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file disappeared before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: Parallax may not read this file';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  return err instanceof Error ? err.message : String(err);
}

/** A scan's text by OCR, with what the article's provenance says of it (engine, language, page confidence). */
async function readScan(name: string, bytes: Uint8Array, language: string | undefined, options: ImportOptions) {
  const run = startOcrRun(path.basename(name), options.signal);
  try {
    const result = await ocrInWorker(name, bytes, {
      ...(language === 'fr' || language === 'en' ? { language } : {}),
      signal: run.signal,
      onProgress: (p) => {
        run.onProgress(p);
        options.onOcrProgress?.({ file: name, ...p });
      },
    });
    const text = normaliseText(result.text);
    if (!text.replace(/\s+/g, ''))
      throw new ApiError(
        'unsupported',
        `${path.basename(name)}: OCR found no text in it (a blank page, or a photograph?). If it is a scan of an article, scan it again at 300 dpi.`,
      );
    if (text.length > MAX_ARTICLE_CHARS)
      throw new ApiError('too_large', tooLongMessage(path.basename(name), text.length));
    const names: Readonly<Record<string, string>> = { fra: 'French', eng: 'English', 'fra+eng': 'French and English' };
    const low = result.pages.filter((p) => p.confidence < OCR_LOW_CONFIDENCE);
    const confidences = result.pages.map((p) => p.confidence);
    const range =
      Math.min(...confidences) === Math.max(...confidences)
        ? `${confidences[0]}%`
        : `${Math.min(...confidences)}–${Math.max(...confidences)}%`;
    const lowSaid = low.length
      ? `; read poorly (check against the scan): ${low.map((p) => `page ${p.page} (${p.confidence}%)`).join(', ')}`
      : '';
    return {
      text,
      pages: result.pages,
      language: result.languages === 'fra' ? 'fr' : result.languages === 'eng' ? 'en' : undefined,
      provenance: `text read by OCR (tesseract.js, ${names[result.languages] ?? result.languages}), ${result.pages.length} page${result.pages.length === 1 ? '' : 's'}, confidence ${range}${lowSaid}`,
    };
  } finally {
    run.end();
  }
}

export async function importBytes(
  db: Db,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Exclude<ImportOutcome, { status: 'skipped' }>> {
  try {
    checkImportable(name, bytes.length); // before the bytes are copied to the worker
    const parsed = await parseInWorker(name, bytes);
    const known = options.metadata ?? {};
    const from = known.provenance ? `${known.provenance}, file ${path.basename(name)}` : path.basename(name);
    const ocr = parsed.needsOcr ? await readScan(name, bytes, options.ocrLanguage ?? known.language, options) : null;
    const language = known.language ?? parsed.language ?? ocr?.language;
    const outcome = insertArticle(db, {
      title: known.title ?? parsed.title,
      text: ocr?.text ?? parsed.text,
      outlet: known.outlet ?? parsed.outlet,
      authors: known.authors?.length ? known.authors : parsed.authors,
      publishedAt: known.publishedAt ?? parsed.publishedAt,
      url: known.url ?? parsed.url,
      ...(language ? { language } : {}),
      provenance: `Imported from ${from}${parsed.dateline ? `; dateline "${parsed.dateline}"` : ''}${ocr ? `; ${ocr.provenance}` : ''}`,
      original: { bytes, mediaType: parsed.mediaType },
      stories: [...(options.story ? [options.story] : []), ...(known.stories ?? []), ...(parsed.stories ?? [])],
      tags: [...(known.tags ?? []), ...(parsed.tags ?? [])],
      ...(ocr ? { ocrPages: ocr.pages } : {}),
    });
    return outcome.status === 'duplicate'
      ? {
          file: name,
          status: 'duplicate',
          id: outcome.id,
          reason: `the same text is already in the library as article ${outcome.id}`,
        }
      : { file: name, status: 'imported', id: outcome.id };
  } catch (err) {
    return { file: name, status: 'failed', reason: reasonOf(err) };
  }
}

/** A path to import, or one reported without being read: missing, or skipped because it was already walked. */
export interface FoundFile {
  readonly file: string;
  readonly missing?: boolean;
  readonly skipped?: string;
}

/**
 * Files and folders (walked, supported files only, in name order) to import. Folders are walked by their real
 * path and each only once, so links that lead back (`ln -s . loop`) end the walk instead of repeating it forever.
 */
export async function collectFiles(paths: readonly string[]): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  const seen = new Map<string, string>(); // real path -> the path it was first reached by
  const walk = async (p: string, named: boolean): Promise<void> => {
    let real: string;
    let stat;
    try {
      real = await fs.realpath(p);
      stat = await fs.stat(real);
    } catch {
      out.push({ file: p, ...(named ? { missing: true } : {}) }); // a broken link or a vanished file fails when read
      return;
    }
    const first = seen.get(real);
    if (stat.isDirectory()) {
      if (first !== undefined) {
        out.push({ file: p, skipped: `a link to ${first}, which is already being imported` });
        return;
      }
      seen.set(real, p);
      const entries = (await fs.readdir(real)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await walk(path.join(p, e), false);
    } else if (named || (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(p).toLowerCase())) {
      if (first !== undefined) {
        out.push({ file: p, skipped: `the same file as ${first}` });
        return;
      }
      seen.set(real, p);
      out.push({ file: p });
    }
  };
  for (const p of paths) await walk(p, true);
  return out;
}

/** Reads a file that `stat` says is a regular file of an importable size, never more than that size allows. */
export async function readImportable(file: string, asExtension?: string): Promise<Uint8Array> {
  // stat before open: opening a FIFO or a device to read can wait forever.
  const named = await fs.stat(file);
  if (!named.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
  const checked = asExtension ? `${file}${asExtension}` : file;
  checkImportable(checked, named.size);
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
    checkImportable(checked, stat.size);
    const buffer = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export async function importPaths(
  db: Db,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const found of await collectFiles(paths)) {
    if (options.signal?.aborted) break;
    const { file } = found;
    let outcome: ImportOutcome;
    if (found.missing) outcome = { file, status: 'failed', reason: 'no such file or folder' };
    else if (found.skipped) outcome = { file, status: 'skipped', reason: found.skipped };
    else {
      try {
        outcome = await importBytes(db, file, await readImportable(file), options);
      } catch (err) {
        outcome = { file, status: 'failed', reason: reasonOf(err) };
      }
    }
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}
