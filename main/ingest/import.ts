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

export async function importBytes(
  db: Db,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<Exclude<ImportOutcome, { status: 'skipped' }>> {
  try {
    checkImportable(name, bytes.length); // before the bytes are copied to the worker
    const parsed = await parseInWorker(name, bytes);
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
