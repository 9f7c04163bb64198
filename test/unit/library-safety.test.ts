// "Refused without touching it", kept: damaged, foreign and future libraries are decided on before any write
// (and a -wal file is never merged into them); read-only libraries open for reading; odd --db paths are refused.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../main/library/articles';
import { SCHEMA_VERSION } from '../../main/library/migrations';
import { openLibrary, openLibraryFile } from '../../main/library/open';
import { quickCheck } from '../../main/library/quick-check';
import { useTempDirs } from '../helpers/library';

const fresh = useTempDirs();

const cli = (args: string[]) =>
  spawnSync(process.execPath, [path.resolve('main/bin/parallax.cjs'), ...args], { encoding: 'utf8' });

/**
 * The command run so that file permissions bind it. As root they do not: root runs it without the capability to
 * override them (setpriv), keeping its uid so it can still read the checkout.
 */
const cliBoundByPermissions = (args: string[]) =>
  process.getuid?.() === 0
    ? spawnSync(
        'setpriv',
        [
          '--bounding-set=-dac_override,-dac_read_search',
          process.execPath,
          path.resolve('main/bin/parallax.cjs'),
          ...args,
        ],
        { encoding: 'utf8' },
      )
    : cli(args);

/** A library with enough articles to span many pages, closed and checkpointed. */
function library(dir: string, articles = 200): string {
  const file = path.join(dir, 'library.sqlite');
  const db = openLibrary(file);
  for (let i = 0; i < articles; i++)
    insertArticle(db, {
      title: `Report ${i}`,
      text: `Report ${i} on the truce in Daraa. ${'Convoys left for Idlib. '.repeat(40)}`,
    });
  db.close();
  return file;
}

const bytesOf = (files: string[]) => files.map((f) => (fs.existsSync(f) ? fs.readFileSync(f) : null));

describe('a damaged library', () => {
  it('is refused at open with a way to restore a backup, and left byte for byte as it was', () => {
    const dir = fresh();
    const file = library(dir);
    const backup = path.join(dir, 'backup.sqlite');
    expect(cli(['backup', '--db', file, '--out', backup]).status).toBe(0);
    const fd = fs.openSync(file, 'r+');
    const pageSize = 4096;
    const pages = fs.fstatSync(fd).size / pageSize;
    fs.writeSync(fd, Buffer.alloc(pageSize * 3, 0x5a), 0, pageSize * 3, Math.floor(pages / 2) * pageSize);
    fs.closeSync(fd);
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(
      /is damaged \(.*\)\. Parallax has not changed it\. Restore a backup with `parallax restore --from BACKUP --db /,
    );
    const list = cli(['list', '--db', file]);
    expect(list.status).toBe(2);
    expect(list.stderr).not.toMatch(/^parallax: database disk image is malformed/);
    expect(list.stderr).toMatch(/is damaged/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(cli(['check', '--db', file]).status).toBe(1);
    // Restoring puts the backup in place and keeps the damaged file beside it.
    const restored = cli(['restore', '--db', file, '--from', backup]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/The library it replaced is kept as .*library\.sqlite\.replaced-/);
    expect(JSON.parse(cli(['list', '--db', file, '--json']).stdout)).toHaveLength(200);
    const kept = fs.readdirSync(dir).find((f) => f.startsWith('library.sqlite.replaced-') && !/-(wal|shm)$/.test(f))!;
    expect(fs.readFileSync(path.join(dir, kept)).equals(before)).toBe(true);
    expect(cli(['restore', '--db', file, '--from', backup]).stderr).toMatch(/opens without a problem; add --force/);
  });

  it('is checked within a time budget when it is large (in a worker thread)', () => {
    const dir = fresh();
    const file = library(dir, 50);
    expect(quickCheck(file, 10_000, 0)).toBeNull();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096 * 2, 0x5a), 0, 4096 * 2, 4096 * 4);
    fs.closeSync(fd);
    expect(quickCheck(file, 10_000, 0)).toMatch(/./);
  });
});

describe('another application’s database, or a newer Parallax’s, with a -wal file', () => {
  function withWal(setup: (db: Database.Database) => void): { file: string; files: string[] } {
    const dir = fresh();
    const live = path.join(dir, 'live.sqlite');
    const db = new Database(live);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    setup(db);
    // Copied while the writer still has it open: the -wal holds data not yet in the main file.
    const file = path.join(dir, 'copy.sqlite');
    fs.copyFileSync(live, file);
    fs.copyFileSync(`${live}-wal`, `${file}-wal`);
    db.close();
    return { file, files: [file, `${file}-wal`] };
  }

  it('another application’s database with user_version 5 is "not a Parallax library", and its WAL stays', () => {
    const { file, files } = withWal((db) => {
      db.exec("CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts(name) VALUES ('x');");
      db.pragma('user_version = 5');
    });
    const before = bytesOf(files);
    expect(() => openLibrary(file)).toThrow(/is an SQLite database but not a Parallax library/);
    expect(bytesOf(files)).toEqual(before);
  });

  it('a newer Parallax’s library is refused and its WAL is not merged', () => {
    const { file, files } = withWal((db) => {
      db.exec(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('application', 'parallax');",
      );
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    });
    const before = bytesOf(files);
    expect(() => openLibrary(file)).toThrow(/written by a newer Parallax/);
    expect(bytesOf(files)).toEqual(before);
  });

  it('an SQLite file with user_version set and a meta table of its own is not taken for a library', () => {
    const dir = fresh();
    const file = path.join(dir, 'other.sqlite');
    const db = new Database(file);
    db.exec("CREATE TABLE meta (k TEXT, v TEXT); INSERT INTO meta VALUES ('x', 'y')");
    db.pragma('user_version = 1');
    db.close();
    expect(() => openLibrary(file)).toThrow(/not a Parallax library/);
    const run = cli(['list', '--db', file]);
    expect(run.stderr).not.toMatch(/no such (table|column)/);
  });
});

describe('a library that cannot be written', () => {
  it('is listed, with a note that edits are disabled, and an edit says why it is refused', () => {
    const dir = fresh();
    const file = library(dir, 3);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o555); // not even a -shm file can be made beside it
    const list = cliBoundByPermissions(['list', '--db', file, '--json']);
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
    expect(list.stderr).toMatch(/cannot be written; it is open read-only \(edits are disabled\)/);
    const other = path.join(fresh(), 'a.txt');
    fs.writeFileSync(other, 'A report on the truce in Daraa.');
    const imported = cliBoundByPermissions(['import', '--db', file, other]);
    expect(imported.status).toBe(2);
    expect(imported.stderr).toMatch(/This library is open read-only \(.* cannot be written\), so edits are disabled/);
    expect(imported.stderr).not.toMatch(/attempt to write a readonly database/);
    fs.chmodSync(dir, 0o755);
  });

  it('opens read-only in the API too: edits are refused with a reason, reading works', async () => {
    const dir = fresh();
    const file = library(dir, 2);
    const opened = openLibraryFile(file);
    opened.db.close();
    const { directApi } = await import('../helpers/library');
    const db = new Database(file, { readonly: true });
    const api = directApi({ db, libraryPath: file, version: 't', transport: 'browser', readOnly: true });
    expect((await api.listArticles({})).length).toBe(2);
    expect((await api.appInfo({})).readOnly).toBe(true);
    await expect(api.updateArticle({ id: 1, title: 'x' })).rejects.toMatchObject({ code: 'read_only' });
    const view = await api.openComparison({ leftId: 1, rightId: 2 });
    expect(view.comparisonId).toBe(0);
    db.close();
  });
});

describe('odd --db paths', () => {
  it('refuses a named pipe instead of waiting on it forever', () => {
    const fifo = path.join(fresh(), 'library.sqlite');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const run = cli(['list', '--db', fifo]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a named pipe; a Parallax library is one SQLite file/);
  });

  it('refuses a library in a missing folder unless --create, and says when it made a new one', () => {
    const dir = fresh();
    const missing = path.join(dir, 'typo', 'library.sqlite');
    const run = cli(['import', '--db', missing, path.join(dir, 'nothing.txt')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /There is no library at .*typo\/library\.sqlite \(the folder .* does not exist\)\. Check the path, or add --create/,
    );
    expect(fs.existsSync(path.join(dir, 'typo'))).toBe(false);
    const list = cli(['list', '--db', path.join(dir, 'new.sqlite')]);
    expect(list.stderr).toMatch(/There is no library at/);
    const made = cli(['list', '--db', missing, '--create']);
    expect(made.status).toBe(0);
    expect(made.stderr).toMatch(/made a new, empty library at .*typo\/library\.sqlite/);
  });
});
