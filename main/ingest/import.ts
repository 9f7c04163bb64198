// Importing files: each file all or nothing, folders walked, each outcome reported (imported, duplicate of
// which article, skipped and why, or failed and why). Used by the command line (paths) and the UI (uploaded
// bytes). Parsing runs in the parse worker; only the insert runs here.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { insertArticle } from '../library/articles';
import { INLINE_ORIGINAL_BYTES } from '../library/originals';
import type { Db } from '../library/open';
import { checkImportable, SUPPORTED_EXTENSIONS, type ParsedFile } from './parse';
import { batchable, parseInWorker, parseManyInWorker } from './parse-pool';
import type { ImportOutcome } from './types';

export interface ImportOptions {
  readonly story?: string;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: ImportOutcome) => void;
}

function reasonOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'the file disappeared before it could be read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: Parallax may not read this file';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  return err instanceof Error ? err.message : String(err);
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

function insertParsed(
  db: Db,
  { name, bytes, parsed }: Parsed,
  options: ImportOptions,
): Exclude<ImportOutcome, { status: 'skipped' }> {
  try {
    const outcome = insertArticle(db, {
      title: parsed.title,
      text: parsed.text,
      outlet: parsed.outlet,
      authors: parsed.authors,
      publishedAt: parsed.publishedAt,
      url: parsed.url,
      ...(parsed.language ? { language: parsed.language } : {}),
      provenance: `Imported from ${path.basename(name)}${parsed.dateline ? `; dateline "${parsed.dateline}"` : ''}`,
      original: { bytes, mediaType: parsed.mediaType },
      stories: [...(options.story ? [options.story] : []), ...(parsed.stories ?? [])],
      tags: parsed.tags ?? [],
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

export async function importBytes(
  db: Db,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Exclude<ImportOutcome, { status: 'skipped' }>> {
  const prepared = await parse(name, bytes);
  return 'parsed' in prepared ? insertParsed(db, prepared, options) : prepared;
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
    if (options.signal?.aborted) break;
    for (const p of prepared) {
      if (!('parsed' in p)) {
        flush();
        report(p);
      } else if (p.bytes.length > INLINE_ORIGINAL_BYTES) {
        flush();
        report(insertParsed(db, p, options));
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

/** Reads a file that `stat` says is a regular file of an importable size, never more than that size allows. */
async function readImportable(file: string): Promise<Uint8Array> {
  // stat before open: opening a FIFO or a device to read can wait forever.
  const named = await fs.stat(file);
  if (!named.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
  checkImportable(file, named.size);
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
    checkImportable(file, stat.size);
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
