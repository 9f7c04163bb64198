// What a library file is, decided on a read-only connection before anything is written: SQLite at all, Parallax's
// or another application's, from this version or a newer one, and whole or damaged. A read-only connection never
// rewrites the header and never merges a -wal file into the database, so a refused file is left as it was.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors';
import { CHECK_BUDGET_MS, quickCheck } from './quick-check';
import { SCHEMA_VERSION } from './migrations';
import { readOnlyConnection } from './read-only';

const SQLITE_MAGIC = 'SQLite format 3\0';

export interface LibraryFacts {
  /** 0 for an empty file (a new library). */
  readonly version: number;
}

function notParallax(file: string): ApiError {
  return new ApiError(
    'unsupported',
    `${file} is an SQLite database but not a Parallax library. Choose another file with --db.`,
  );
}

export function damaged(file: string, problem: string): ApiError {
  // SQLite lists every broken page; the first one, on one line, says enough.
  const lines = problem
    .replace(/\*\*\* in database \w+ \*\*\*/g, '')
    .split(/\n|; /)
    .map((l) => l.trim())
    .filter(Boolean);
  const detail = (lines[0] ?? 'unknown damage') + (lines.length > 1 ? `, and ${lines.length - 1} more problems` : '');
  return new ApiError(
    'damaged',
    `${file} is damaged (${detail}). Parallax has not changed it. Restore a backup with ` +
      `\`parallax restore --from BACKUP --db ${file}\` (the damaged file is kept beside it), or open another library with --db.`,
  );
}

function checkHeader(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw err;
    throw new ApiError('read_only', `${file} cannot be read (permission denied). Choose another file with --db.`);
  }
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n === 0) return false; // an empty file is a new database
    if (n < 16 || buf.toString('latin1') !== SQLITE_MAGIC) {
      throw new ApiError(
        'unsupported',
        `${file} is not a Parallax library (it is not an SQLite database). Choose another file with --db, or move this one away.`,
      );
    }
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses, without writing, a file that is not a whole Parallax library this version can open. */
export function inspectLibrary(file: string, options: { readonly checkBudgetMs?: number } = {}): LibraryFacts {
  if (!checkHeader(file)) return { version: 0 };
  let db: Database.Database | undefined;
  try {
    db = readOnlyConnection(file);
    const tables = new Set(
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .pluck()
        .all() as string[],
    );
    const version = db.pragma('user_version', { simple: true }) as number;
    // Whose database it is comes first: another application's user_version says nothing about Parallax.
    if (tables.size > 0 || version > 0) {
      let app: unknown;
      try {
        app = db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get();
      } catch {
        app = undefined; // no meta table, or another application's
      }
      if (app !== 'parallax') throw notParallax(file);
    }
    if (version > SCHEMA_VERSION) {
      throw new ApiError(
        'unsupported',
        `${file} was written by a newer Parallax (library version ${version}, this one knows ${SCHEMA_VERSION}). Update Parallax to open it.`,
      );
    }
    db.close();
    db = undefined;
    const problem = quickCheck(file, options.checkBudgetMs ?? CHECK_BUDGET_MS);
    if (problem) throw damaged(file, problem);
    return { version };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const code = (err as { code?: string }).code ?? '';
    if (/CORRUPT|NOTADB/.test(code) || /malformed|not a database/i.test(message)) throw damaged(file, message);
    throw err;
  } finally {
    db?.close();
  }
}
