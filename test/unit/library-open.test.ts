import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countArticles, getArticle, insertArticle, listArticles } from '../../main/library/articles';
import { SCHEMA_VERSION } from '../../main/library/migrations';
import { openLibrary } from '../../main/library/open';
import { SAMPLE_ARTICLES, SAMPLE_STORY } from '../../main/library/sample-library';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { useTempDirs } from '../helpers/library';

const fresh = useTempDirs();

describe('opening a library', () => {
  it('creates a new library with WAL, foreign keys and the current schema version', () => {
    const file = path.join(fresh(), 'nested', 'library.sqlite');
    const db = openLibrary(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
    // Opening again migrates nothing and keeps the data.
    const again = openLibrary(file);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('refuses a file that is not SQLite, and leaves it byte for byte as it was', () => {
    const file = path.join(fresh(), 'notes.sqlite');
    fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(20));
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(/not a Parallax library \(it is not an SQLite database\)/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an SQLite database of another application without writing to it', () => {
    const file = path.join(fresh(), 'other.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO accounts(name) VALUES ('x');");
    other.close();
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(/SQLite database but not a Parallax library/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a library written by a newer Parallax, and leaves it untouched', () => {
    const file = path.join(fresh(), 'future.sqlite');
    openLibrary(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openLibrary(file)).toThrow(/written by a newer Parallax .* Update Parallax/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('the sample library', () => {
  it('is added once to a new library, in its story, with summaries labelled as summaries', () => {
    const db = openLibrary(path.join(fresh(), 'library.sqlite'));
    expect(seedSampleLibraryOnce(db)).toBe(true);
    expect(countArticles(db)).toBe(SAMPLE_ARTICLES.length);
    expect(seedSampleLibraryOnce(db)).toBe(false);
    expect(countArticles(db)).toBe(SAMPLE_ARTICLES.length);
    const list = listArticles(db, 'title');
    expect(list.every((a) => a.stories.includes(SAMPLE_STORY))).toBe(true);
    const french = list.find((a) => a.language === 'fr');
    expect(french).toBeDefined();
    const full = getArticle(db, french!.id);
    expect(full.text).toContain('aurait proposé aux groupes armés');
    for (const a of list.filter((x) => x.isSummary)) {
      expect(a.title).toMatch(/summary written for the sample library/);
      expect(getArticle(db, a.id).text).toMatch(/^Summary written for the Parallax sample library; these are not/);
    }
    db.close();
  });

  it('reports a duplicate instead of storing the same text twice', () => {
    const db = openLibrary(path.join(fresh(), 'library.sqlite'));
    const first = insertArticle(db, { title: 'A', text: 'Le cessez-le-feu est entré en vigueur.' });
    const second = insertArticle(db, { title: 'B', text: '  le cessez-le-feu   est entré en vigueur. ' });
    expect(first.status).toBe('imported');
    expect(second).toEqual({ status: 'duplicate', id: first.id });
    expect(countArticles(db)).toBe(1);
    db.close();
  });
});
