// A read-only connection to a library file. SQLite needs to create the -shm file beside a WAL database even to read
// it; in a folder this process cannot write, the file is read into memory instead (a snapshot: what other
// processes write later is not seen), with its header set to the rollback journal that memory databases use.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { nativeBindingPath } from './native';

export function readOnlyConnection(file: string, binding = nativeBindingPath()): Database.Database {
  const native = binding ? { nativeBinding: binding } : {};
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000, ...native });
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code !== 'SQLITE_READONLY_DIRECTORY' && code !== 'SQLITE_CANTOPEN') throw err;
  }
  const snapshot = fs.readFileSync(file);
  if (snapshot[18] === 2 && snapshot[19] === 2) snapshot[18] = snapshot[19] = 1;
  return new Database(snapshot, { readonly: true, ...native });
}
