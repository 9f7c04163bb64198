// Reading a Zotero data directory without touching it: zotero.sqlite (with its -journal or -wal) is copied to a
// private temporary folder first, as Zotero's own tools do (Zotero keeps the file locked while it runs), and only
// the copy is opened. The copy is kept while the original is unchanged, so a UI importing in batches copies once.
// Which Zotero databases are read: those whose tables have the columns read here, which Zotero 5, 6 and 7 have
// (tested with userdata schema 129, Zotero 7); a newer schema is read when it still has them, and said so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/errors';
import { nativeBindingPath } from '../../library/native';

/** The newest userdata schema Parallax was tested with (Zotero 7). */
export const ZOTERO_TESTED_SCHEMA = 129;

/** The columns read here, by table. */
const NEEDED: Readonly<Record<string, readonly string[]>> = {
  items: ['itemID', 'itemTypeID', 'key', 'libraryID', 'dateAdded'],
  itemTypesCombined: ['itemTypeID', 'typeName'],
  fieldsCombined: ['fieldID', 'fieldName'],
  itemData: ['itemID', 'fieldID', 'valueID'],
  itemDataValues: ['valueID', 'value'],
  creators: ['creatorID', 'firstName', 'lastName', 'fieldMode'],
  itemCreators: ['itemID', 'creatorID', 'creatorTypeID', 'orderIndex'],
  creatorTypes: ['creatorTypeID', 'creatorType'],
  tags: ['tagID', 'name'],
  itemTags: ['itemID', 'tagID'],
  collections: ['collectionID', 'collectionName'],
  collectionItems: ['collectionID', 'itemID'],
  itemAttachments: ['itemID', 'parentItemID', 'linkMode', 'contentType', 'path'],
  deletedItems: ['itemID'],
};

export interface ZoteroDatabase {
  readonly db: Database.Database;
  /** The data directory (where storage/ is). */
  readonly directory: string;
  readonly schema: number;
  /** Said when the schema is newer than the tested one. */
  readonly warning: string | null;
}

interface Snapshot {
  readonly folder: string;
  readonly stamp: string;
  readonly opened: ZoteroDatabase;
}

const snapshots = new Map<string, Snapshot>();
process.once('exit', () => {
  for (const s of snapshots.values()) {
    s.opened.db.close();
    fs.rmSync(s.folder, { recursive: true, force: true });
  }
});

function notZotero(directory: string, why: string): ApiError {
  return new ApiError(
    'not_found',
    `${directory} is not a Zotero data directory: ${why}. Choose the folder Zotero shows in Settings › Advanced › Files and Folders (it holds zotero.sqlite and storage/).`,
  );
}

function stampOf(file: string): string {
  const parts = ['', '-journal', '-wal'].map((suffix) => {
    try {
      const s = fs.statSync(file + suffix);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return '-';
    }
  });
  return parts.join('|');
}

function check(db: Database.Database, directory: string): { schema: number; warning: string | null } {
  const hasVersion = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'version'`).get();
  const schema = hasVersion
    ? ((db.prepare(`SELECT version FROM version WHERE schema = 'userdata'`).pluck().get() as number | undefined) ?? 0)
    : 0;
  if (!hasVersion || !schema) throw notZotero(directory, 'its zotero.sqlite is not a Zotero database');
  const supported = `Parallax reads the databases of Zotero 5 to 7 (tested with userdata schema ${ZOTERO_TESTED_SCHEMA}, Zotero 7): open the library once in a current Zotero, then try again`;
  for (const [table, columns] of Object.entries(NEEDED)) {
    const have = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]) ?? []);
    const missing = columns.filter((c) => !have.has(c));
    if (missing.length)
      throw new ApiError(
        'unsupported',
        `${directory} holds a Zotero database of userdata schema ${schema}, whose ${table} table is not as Parallax reads it (${have.size ? `no ${missing.join(', ')}` : 'missing'}). ${supported}.`,
      );
  }
  const warning =
    schema > ZOTERO_TESTED_SCHEMA
      ? `This Zotero database has userdata schema ${schema}, newer than the ${ZOTERO_TESTED_SCHEMA} Parallax was tested with; it was read as ${ZOTERO_TESTED_SCHEMA}.`
      : null;
  return { schema, warning };
}

/** Opens a private copy of the data directory's zotero.sqlite; the original is only read, never opened. */
export function openZoteroDirectory(directory: string): ZoteroDatabase {
  const resolved = path.resolve(directory);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw notZotero(resolved, 'there is no such folder');
  }
  if (!stat.isDirectory()) throw notZotero(resolved, 'it is not a folder');
  const file = path.join(resolved, 'zotero.sqlite');
  if (!fs.existsSync(file)) throw notZotero(resolved, 'it has no zotero.sqlite');
  const real = fs.realpathSync(resolved);
  const stamp = stampOf(file);
  const known = snapshots.get(real);
  if (known && known.stamp === stamp) return known.opened;
  if (known) {
    known.opened.db.close();
    fs.rmSync(known.folder, { recursive: true, force: true });
    snapshots.delete(real);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-zotero-'));
  try {
    const copy = path.join(folder, 'zotero.sqlite');
    // The journal or WAL goes along, so the copy holds what Zotero last committed; the copy may then be recovered.
    for (const suffix of ['', '-journal', '-wal']) {
      if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, copy + suffix);
    }
    const binding = nativeBindingPath();
    let db: Database.Database;
    try {
      db = new Database(copy, { fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
      db.pragma('quick_check');
    } catch {
      throw notZotero(resolved, 'its zotero.sqlite cannot be read as a database (damaged, or not SQLite)');
    }
    try {
      const { schema, warning } = check(db, resolved);
      const opened = { db, directory: resolved, schema, warning };
      snapshots.set(real, { folder, stamp, opened });
      return opened;
    } catch (err) {
      db.close();
      throw err;
    }
  } catch (err) {
    fs.rmSync(folder, { recursive: true, force: true });
    throw err;
  }
}
