// Importing files: each file all or nothing, folders walked, each outcome reported (imported, duplicate of
// which article, skipped and why, or failed and why). Used by the command line (paths) and the UI (uploaded
// bytes). Parsing runs in the parse worker; only the insert runs here.
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { insertArticle, type ArticleChanges } from '../library/articles';
import type { Db } from '../library/open';
import { INLINE_ORIGINAL_BYTES } from '../library/originals';
import { checkImportable, SUPPORTED_EXTENSIONS, type ParsedFile } from './parse';
import { batchable, parseInWorker, parseManyInWorker } from './parse-pool';
import { normaliseText } from './decode';
import { MAX_ARTICLE_CHARS, OCR_LOW_CONFIDENCE, tooLongMessage } from './limits';
import { startOcrRun } from './ocr/activity';
import { ocrInWorker } from './ocr/ocr-pool';
import type { ImportOutcome } from './types';

/** What another source (a Zotero item) knows better than the file: it wins over what the file says. */
export interface KnownMetadata extends ArticleChanges {
  /** Where the file came from, for the article's provenance ("Zotero item ABCD2345"). */
  readonly provenance?: string;
}

export interface ImportOptions {
  readonly story?: string;
  readonly metadata?: KnownMetadata;
  /** The language of a scan ('fr' or 'en'); else the metadata's, else the library's, else detected from its first page. */
  readonly ocrLanguage?: string;
  /** The library's setting for scans ('fr' or 'en'; none to detect), after the item's own language. */
  readonly scanLanguage?: string;
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

/** A file read and parsed, ready for its insert. */
interface Parsed {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly parsed: ParsedFile;
}

type Failed = Extract<ImportOutcome, { status: 'failed' }>;
type Prepared = Parsed | ImportOutcome;

async function parse(name: string, bytes: Uint8Array): Promise<Parsed | Failed> {
  try {
    checkImportable(name, bytes.length); // before the bytes are copied to the worker
    return { name, bytes, parsed: await parseInWorker(name, bytes) };
  } catch (err) {
    return { file: name, status: 'failed', reason: reasonOf(err) };
  }
}

type Scan = Awaited<ReturnType<typeof readScan>>;

function insertParsed(
  db: Db,
  { name, bytes, parsed }: Parsed,
  options: ImportOptions,
  ocr: Scan | null = null,
): Exclude<ImportOutcome, { status: 'skipped' }> {
  try {
    const known = options.metadata ?? {};
    const from = known.provenance ? `${known.provenance}, file ${path.basename(name)}` : path.basename(name);
    const language = known.language ?? parsed.language ?? ocr?.language;
    const outcome = insertArticle(db, {
      title: known.title ?? parsed.title,
      text: ocr?.text ?? parsed.text,
      ...(!ocr && parsed.facts ? { facts: parsed.facts } : {}),
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

/** One parsed file inserted on its own: a scan is read by OCR first. */
async function insertAlone(
  db: Db,
  prepared: Parsed,
  options: ImportOptions,
): Promise<Exclude<ImportOutcome, { status: 'skipped' }>> {
  if (!prepared.parsed.needsOcr) return insertParsed(db, prepared, options);
  try {
    const language = options.ocrLanguage ?? options.metadata?.language ?? options.scanLanguage;
    return insertParsed(db, prepared, options, await readScan(prepared.name, prepared.bytes, language, options));
  } catch (err) {
    return { file: prepared.name, status: 'failed', reason: reasonOf(err) };
  }
}

export async function importBytes(
  db: Db,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Exclude<ImportOutcome, { status: 'skipped' }>> {
  const prepared = await parse(name, bytes);
  return 'parsed' in prepared ? insertAlone(db, prepared, options) : prepared;
}

/** Files read and parsed together while the previous group is inserted. */
const CHUNK = 64;
/** Articles inserted in one transaction: the write lock is held for tens of milliseconds at most. */
const BATCH = 100;

export interface Source {
  readonly file: string;
  readonly load: () => Promise<Uint8Array | ImportOutcome>;
}

/** Reads a group of files and parses them: small plain-text files in one task, the others one task each. */
async function prepareChunk(chunk: readonly Source[]): Promise<Prepared[]> {
  const loaded = await Promise.all(
    chunk.map((s) =>
      s.load().then(
        (x) => x,
        (err: unknown): ImportOutcome => ({ file: s.file, status: 'failed', reason: reasonOf(err) }),
      ),
    ),
  );
  const out: Prepared[] = loaded.map((x, i) =>
    x instanceof Uint8Array ? { name: chunk[i]!.file, bytes: x, parsed: null as unknown as ParsedFile } : x,
  );
  const pending = out.flatMap((p, i) => ('parsed' in p ? [i] : []));
  const small = pending.filter((i) => {
    const p = out[i] as Parsed;
    try {
      checkImportable(p.name, p.bytes.length);
    } catch {
      return false; // parsed alone below, which says why
    }
    return batchable(p.name, p.bytes.length);
  });
  const alone = pending.filter((i) => !small.includes(i));
  const [many, single] = await Promise.all([
    small.length
      ? parseManyInWorker(small.map((i) => ({ name: (out[i] as Parsed).name, bytes: (out[i] as Parsed).bytes })))
      : [],
    Promise.all(alone.map((i) => parse((out[i] as Parsed).name, (out[i] as Parsed).bytes))),
  ]);
  small.forEach((i, k) => {
    const r = many[k]!;
    const p = out[i] as Parsed;
    out[i] = r instanceof Error ? { file: p.name, status: 'failed', reason: reasonOf(r) } : { ...p, parsed: r };
  });
  alone.forEach((i, k) => (out[i] = single[k]!));
  return out;
}

/**
 * Imports many files: read and parsed a group ahead (small plain-text files in one parse task), inserted in
 * batches of up to 100 in one transaction, each article all or nothing within it (a savepoint each), so a thousand
 * plain-text files do not pay a worker round trip and a commit each. A large original is inserted alone (its
 * parts are committed on their own first). Outcomes are reported in file order; cancelling stops before the next
 * group, and every committed article is complete.
 */
export async function importEach(
  db: Db,
  sources: readonly Source[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const report = (o: ImportOutcome) => {
    outcomes.push(o);
    options.onOutcome?.(o);
  };
  let batch: Parsed[] = [];
  const flush = () => {
    if (!batch.length) return;
    const ready = batch;
    batch = [];
    // IMMEDIATE takes the write lock up front; each insert inside is a savepoint of this transaction.
    db.transaction(() => ready.map((p) => insertParsed(db, p, options)))
      .immediate()
      .forEach(report);
  };
  const chunks: Source[][] = [];
  for (let i = 0; i < sources.length; i += CHUNK) chunks.push(sources.slice(i, i + CHUNK));
  let next = chunks.length ? prepareChunk(chunks[0]!) : null;
  for (let k = 0; k < chunks.length; k++) {
    const prepared = await next!;
    next = k + 1 < chunks.length && !options.signal?.aborted ? prepareChunk(chunks[k + 1]!) : null;
    // Let the next group's files reach the parse worker before this group's inserts hold the thread.
    if (next) await new Promise((resolve) => setImmediate(resolve));
    if (options.signal?.aborted) break;
    for (const p of prepared) {
      if (!('parsed' in p)) {
        flush();
        report(p);
      } else if (p.parsed.needsOcr || p.bytes.length > INLINE_ORIGINAL_BYTES) {
        flush();
        report(await insertAlone(db, p, options));
      } else {
        batch.push(p);
        if (batch.length >= BATCH) flush();
      }
    }
    flush();
  }
  await next?.catch(() => {});
  return outcomes;
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

/** Files this small are read in one synchronous call: a folder of short articles is not five promises each. */
const SMALL_FILE_BYTES = 256 * 1024;

/** Reads a file's bytes into a buffer of the size `stat` gave, never more. */
function fillSync(fd: number, size: number): Uint8Array {
  const buffer = Buffer.alloc(size);
  let filled = 0;
  while (filled < size) {
    const read = fsSync.readSync(fd, buffer, filled, size - filled, filled);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads a file that `stat` says is a regular file of an importable size, never more than that size allows. A
 * small one is read in one synchronous call (the command line's folder import: five thread-pool round trips a
 * file waited behind each group's inserts); a larger one without holding the thread.
 */
export async function readImportable(file: string, asExtension?: string): Promise<Uint8Array> {
  // stat before open: opening a FIFO or a device to read can wait forever (a stat never waits: one quick call).
  const named = fsSync.statSync(file);
  if (!named.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
  const checked = asExtension ? `${file}${asExtension}` : file;
  checkImportable(checked, named.size);
  const opened = (stat: { isFile(): boolean; size: number }) => {
    if (!stat.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
    checkImportable(checked, stat.size);
    return stat.size;
  };
  if (named.size <= SMALL_FILE_BYTES) {
    const fd = fsSync.openSync(file, 'r');
    try {
      const size = opened(fsSync.fstatSync(fd));
      if (size <= SMALL_FILE_BYTES) return fillSync(fd, size);
    } finally {
      fsSync.closeSync(fd);
    }
  }
  const handle = await fs.open(file, 'r');
  try {
    const size = opened(await handle.stat());
    const buffer = Buffer.alloc(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** What importing walked files reads: each file when its group comes, or the reason it is not read. */
export function importSources(found: readonly FoundFile[]): Source[] {
  return found.map((f) => ({
    file: f.file,
    load: async (): Promise<Uint8Array | ImportOutcome> => {
      if (f.missing) return { file: f.file, status: 'failed', reason: 'no such file or folder' };
      if (f.skipped) return { file: f.file, status: 'skipped', reason: f.skipped };
      return readImportable(f.file);
    },
  }));
}

export async function importPaths(
  db: Db,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  return importEach(db, importSources(await collectFiles(paths)), options);
}
