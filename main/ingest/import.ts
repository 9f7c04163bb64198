// Importing files: each file all or nothing, folders walked, each outcome reported (imported, duplicate of
// which article, or failed and why). Used by the command line (paths) and the UI (uploaded bytes).
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { insertArticle } from '../library/articles';
import type { Db } from '../library/open';
import { parseFile, SUPPORTED_EXTENSIONS } from './parse';
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
): Promise<ImportOutcome> {
  try {
    const parsed = await parseFile(name, bytes);
    const outcome = insertArticle(db, {
      title: parsed.title,
      text: parsed.text,
      outlet: parsed.outlet,
      authors: parsed.authors,
      publishedAt: parsed.publishedAt,
      url: parsed.url,
      ...(parsed.language ? { language: parsed.language } : {}),
      provenance: `Imported from ${path.basename(name)}`,
      original: { bytes, mediaType: parsed.mediaType },
      stories: options.story ? [options.story] : [],
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

/** Files and folders (walked, supported files only, in name order) to import. */
export async function collectFiles(paths: readonly string[], missing?: Set<string>): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string, named: boolean): Promise<void> => {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      out.push(p); // reported as failed when read
      if (named) missing?.add(p);
      return;
    }
    if (stat.isDirectory()) {
      const entries = (await fs.readdir(p)).filter((e) => !e.startsWith('.')).sort();
      for (const e of entries) await walk(path.join(p, e), false);
    } else if (named || (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(p).toLowerCase())) {
      out.push(p);
    }
  };
  for (const p of paths) await walk(p, true);
  return out;
}

export async function importPaths(
  db: Db,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const missing = new Set<string>();
  for (const file of await collectFiles(paths, missing)) {
    if (options.signal?.aborted) break;
    let outcome: ImportOutcome;
    if (missing.has(file)) {
      outcome = { file, status: 'failed', reason: 'no such file or folder' };
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
      continue;
    }
    try {
      const bytes = await fs.readFile(file);
      outcome = await importBytes(db, file, bytes, options);
    } catch (err) {
      outcome = { file, status: 'failed', reason: reasonOf(err) };
    }
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return outcomes;
}
