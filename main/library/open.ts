// Opens (or creates) a Parallax library file: refuses files that are not ours or come from a newer version,
// then brings the schema up to date, one transaction per migration.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/errors';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { nativeBindingPath } from './native';

export type Db = Database.Database;

const SQLITE_MAGIC = 'SQLite format 3\0';

function checkHeader(file: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n === 0) return; // an empty file is a new database
    if (n < 16 || buf.toString('latin1') !== SQLITE_MAGIC) {
      throw new ApiError(
        'unsupported',
        `${file} is not a Parallax library (it is not an SQLite database). Choose another file with --db, or move this one away.`,
      );
    }
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function openLibrary(file: string): Db {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    if (fs.existsSync(file)) checkHeader(file);
  }
  const binding = nativeBindingPath();
  // Another process (the app and the command line at once) may hold the lock: wait up to 5 s for it.
  const db = new Database(file, { timeout: 5000, ...(binding ? { nativeBinding: binding } : {}) });
  try {
    // Read-only checks first, so a foreign or future database is never written to.
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    if (version > SCHEMA_VERSION) {
      throw new ApiError(
        'unsupported',
        `${file} was written by a newer Parallax (library version ${version}, this one knows ${SCHEMA_VERSION}). Update Parallax to open it.`,
      );
    }
    if (version === 0 && tables.length > 0) {
      throw new ApiError(
        'unsupported',
        `${file} is an SQLite database but not a Parallax library. Choose another file with --db.`,
      );
    }
    if (version > 0) {
      const app = db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get();
      if (app !== 'parallax') {
        throw new ApiError('unsupported', `${file} is not a Parallax library. Choose another file with --db.`);
      }
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    for (const m of MIGRATIONS) {
      if (m.version <= version) continue;
      db.transaction(() => {
        // Another process may have migrated while this one waited for the lock.
        if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }).immediate();
    }
    return db;
  } catch (err) {
    db.close();
    if (err instanceof ApiError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    if (/file is not a database|malformed/i.test(message)) {
      throw new ApiError('unsupported', `${file} is damaged or not a Parallax library (${message}).`);
    }
    throw err;
  }
}
