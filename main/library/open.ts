// Opens (or creates) a Parallax library file. Everything is decided before the first write (inspect.ts, on a
// read-only connection): a file that is not ours, from a newer version, or damaged is refused and left as it was.
// A library that cannot be written is opened read-only. Then WAL, foreign keys and the numbered migrations,
// one transaction each.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors';
import { inspectLibrary } from './inspect';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { nativeBindingPath } from './native';
import { removeOrphanParts } from './originals';
import { readOnlyConnection } from './read-only';

export type Db = Database.Database;

export interface OpenOptions {
  /** May a new library be made when the file does not exist? (Default: yes.) */
  readonly create?: boolean;
  /** May missing folders be made for a new library? (Default: yes.) */
  readonly createFolders?: boolean;
}

export interface OpenedLibrary {
  readonly db: Db;
  /** The file cannot be written: reading works, edits are refused with a reason. */
  readonly readOnly: boolean;
  /** A new, empty library was made. */
  readonly created: boolean;
}

function connect(file: string): Db {
  const binding = nativeBindingPath();
  // Another process (the app and the command line at once) may hold the lock: wait up to 5 s for it.
  return new Database(file, { timeout: 5000, ...(binding ? { nativeBinding: binding } : {}) });
}

function migrate(db: Db, from: number): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // 32 MB of page cache (SQLite's default is 2 MB): a bulk import's full-text index and an archive's indexes
  // stay in memory instead of being read back page by page.
  db.pragma('cache_size = -32000');
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      // Another process may have migrated while this one waited for the lock.
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  removeOrphanParts(db);
}

function openWritable(file: string, version: number): Db {
  const db = connect(file);
  try {
    migrate(db, version);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Can this process write the file, and make its -wal and -shm files beside it? */
function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function notAFile(file: string, stat: fs.Stats): ApiError {
  const kind = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : 'not a regular file';
  return new ApiError(
    'unsupported',
    `${file} is ${kind}; a Parallax library is one SQLite file. Choose another with --db.`,
  );
}

export function openLibraryFile(file: string, options: OpenOptions = {}): OpenedLibrary {
  if (file === ':memory:') return { db: openWritable(file, 0), readOnly: false, created: true };
  const resolved = path.resolve(file);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(resolved);
  } catch {
    stat = undefined;
  }
  if (stat && !stat.isFile()) throw notAFile(file, stat);
  if (!stat) {
    const folder = path.dirname(resolved);
    const folderMissing = !fs.existsSync(folder);
    if (options.create === false || (folderMissing && options.createFolders === false)) {
      throw new ApiError(
        'not_found',
        `There is no library at ${resolved}${folderMissing ? ` (the folder ${folder} does not exist)` : ''}. Check the path, or add --create to make a new library there.`,
      );
    }
    fs.mkdirSync(folder, { recursive: true });
    return { db: openWritable(resolved, 0), readOnly: false, created: true };
  }
  const { version } = inspectLibrary(resolved);
  if (writable(resolved)) return { db: openWritable(resolved, version), readOnly: false, created: false };
  if (version < SCHEMA_VERSION) {
    throw new ApiError(
      'read_only',
      `${resolved} cannot be written, and this version of Parallax must update it before use. Copy it somewhere you can write to and open the copy, or make it writable.`,
    );
  }
  return { db: readOnlyConnection(resolved), readOnly: true, created: false };
}

/** Opens a library for reading and writing (or reading only, when it cannot be written). */
export function openLibrary(file: string, options: OpenOptions = {}): Db {
  return openLibraryFile(file, options).db;
}
