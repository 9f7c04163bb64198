// The article repository: plain functions over a library database, prepared statements only.
import type { Article, ArticleFilters, ArticleSummary, LibraryFacets } from '../../shared/domain';
import { ApiError } from '../../shared/errors';
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';
import { textFacts, type TextFacts } from './text-facts';
import { attachOriginalParts, dropOriginalParts, INLINE_ORIGINAL_BYTES, storeOriginalParts } from './originals';

export interface NewArticle {
  readonly title: string;
  readonly text: string;
  readonly outlet?: string | null;
  readonly authors?: readonly string[];
  readonly publishedAt?: string | null;
  readonly url?: string | null;
  readonly language?: string;
  readonly isSummary?: boolean;
  readonly provenance?: string | null;
  readonly original?: { readonly bytes: Uint8Array; readonly mediaType: string } | null;
  readonly stories?: readonly string[];
  readonly tags?: readonly string[];
  /** Read from a scan by OCR: each page's confidence (0-100). */
  readonly ocrPages?: readonly { readonly page: number; readonly confidence: number }[];
  /** The text's facts, computed ahead (by the parse worker); used only if computed from this very text. */
  readonly facts?: TextFacts;
}

export type InsertOutcome =
  { readonly status: 'imported'; readonly id: number } | { readonly status: 'duplicate'; readonly id: number };

interface ArticleRow {
  id: number;
  title: string;
  outlet: string | null;
  language: string;
  published_at: string | null;
  url: string | null;
  words: number;
  is_summary: number;
  stories: string | null;
  tags: string | null;
}

interface FullArticleRow extends ArticleRow {
  outlet_notes: string | null;
  authors: string;
  text: string;
  provenance: string | null;
  added_at: string;
  updated_at: string;
}

/** The hash that identifies an article's content for duplicate detection: whitespace and case do not count. */

const STATEMENTS = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement kept per library connection: an import prepares the same few thousands of times. */
function statement(db: Db, sql: string): Statement {
  let cache = STATEMENTS.get(db);
  if (!cache) STATEMENTS.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

function now(): string {
  return new Date().toISOString();
}

function ensureNamed(db: Db, table: 'outlets' | 'stories' | 'tags', name: string): number {
  const existing = statement(db, `SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number | undefined;
  if (existing !== undefined) return existing;
  const sql =
    table === 'stories'
      ? 'INSERT INTO stories(name, created_at) VALUES (?, ?)'
      : `INSERT INTO ${table}(name) VALUES (?)`;
  const args = table === 'stories' ? [name, now()] : [name];
  return Number(statement(db, sql).run(...args).lastInsertRowid);
}

export function insertArticle(db: Db, a: NewArticle): InsertOutcome {
  const facts = a.facts && a.facts.text === a.text ? a.facts : textFacts(a.text, a.language);
  const { text, hash } = facts;
  if (!text.trim()) throw new ApiError('invalid_input', `"${a.title}" has no text to import.`);
  const findDuplicate = statement(db, 'SELECT id FROM articles WHERE content_hash = ?').pluck();
  const known = findDuplicate.get(hash) as number | undefined;
  if (known !== undefined) return { status: 'duplicate', id: known };
  const bytes = a.original?.bytes;
  const parts = bytes && bytes.length > INLINE_ORIGINAL_BYTES ? storeOriginalParts(db, bytes) : [];
  try {
    const outcome = insertRow(db, a, facts, parts);
    if (outcome.status === 'duplicate') dropOriginalParts(db, parts);
    return outcome;
  } catch (err) {
    dropOriginalParts(db, parts);
    throw err;
  }
}

/** The bytes as a Buffer for SQLite, without copying them (a view of the same memory). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

type InsertRow = (a: NewArticle, facts: TextFacts, parts: readonly number[]) => InsertOutcome;

/** The insert as one transaction function per connection (made once: an import calls it thousands of times). */
const INSERT_ROW = new WeakMap<Db, { immediate: InsertRow }>();

function insertRow(db: Db, a: NewArticle, facts: TextFacts, parts: readonly number[]): InsertOutcome {
  let tx = INSERT_ROW.get(db);
  if (!tx)
    INSERT_ROW.set(
      db,
      (tx = db.transaction((x: NewArticle, f: TextFacts, p: readonly number[]) => insertRowNow(db, x, f, p))),
    );
  // IMMEDIATE takes the write lock up front, so two importers wait their turn instead of failing.
  return tx.immediate(a, facts, parts);
}

function insertRowNow(db: Db, a: NewArticle, facts: TextFacts, parts: readonly number[]): InsertOutcome {
  const { text, hash } = facts;
  const dup = statement(db, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined;
  if (dup !== undefined) return { status: 'duplicate', id: dup };
  const outletId = a.outlet ? ensureNamed(db, 'outlets', a.outlet) : null;
  const stamp = now();
  const info = statement(
    db,
    `INSERT INTO articles (title, outlet_id, authors, published_at, url, language, text, words, is_summary,
       provenance, original_bytes, original_media_type, content_hash, added_at, updated_at)
     VALUES (@title, @outletId, @authors, @publishedAt, @url, @language, @text, @words, @isSummary,
       @provenance, @bytes, @mediaType, @hash, @stamp, @stamp)`,
  ).run({
    title: a.title.trim() || 'Untitled',
    outletId,
    authors: JSON.stringify(a.authors ?? []),
    publishedAt: a.publishedAt ?? null,
    url: a.url ?? null,
    language: a.language ?? facts.language,
    text,
    words: facts.words,
    isSummary: a.isSummary ? 1 : 0,
    provenance: a.provenance ?? null,
    bytes: a.original && !parts.length ? asBuffer(a.original.bytes) : null,
    mediaType: a.original?.mediaType ?? null,
    hash,
    stamp,
  });
  const id = Number(info.lastInsertRowid);
  attachOriginalParts(db, parts, id);
  for (const story of a.stories ?? []) {
    statement(db, 'INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)').run(
      ensureNamed(db, 'stories', story),
      id,
    );
  }
  for (const p of a.ocrPages ?? []) {
    db.prepare('INSERT INTO ocr_pages(article_id, page, confidence) VALUES (?, ?, ?)').run(id, p.page, p.confidence);
  }
  for (const tag of a.tags ?? []) {
    statement(db, 'INSERT OR IGNORE INTO article_tags(article_id, tag_id) VALUES (?, ?)').run(
      id,
      ensureNamed(db, 'tags', tag),
    );
  }
  return { status: 'imported', id };
}

const SUMMARY_SELECT = `
  SELECT a.id, a.title, o.name AS outlet, a.language, a.published_at, a.url, a.words, a.is_summary,
    (SELECT json_group_array(s.name) FROM story_articles sa JOIN stories s ON s.id = sa.story_id
      WHERE sa.article_id = a.id) AS stories,
    (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.article_id = a.id) AS tags`;

function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    language: r.language,
    publishedAt: r.published_at,
    url: r.url,
    words: r.words,
    isSummary: r.is_summary === 1,
    stories: r.stories ? (JSON.parse(r.stories) as string[]) : [],
    tags: r.tags ? (JSON.parse(r.tags) as string[]) : [],
  };
}

const ORDER: Readonly<Record<'date' | 'outlet' | 'title', string>> = {
  date: 'a.published_at DESC NULLS LAST, a.id DESC',
  outlet: 'o.name COLLATE NOCASE ASC NULLS LAST, a.id ASC',
  title: 'a.title COLLATE NOCASE ASC, a.id ASC',
};

/**
 * Each filter as a condition an index can answer: a story's or a tag's members are looked up from the story or
 * tag (not by reading every membership row per article), an outlet by its id. Only the filters given are in the
 * query, so SQLite plans each combination on its own. Fixed fragments; every value is a bound parameter.
 */
const FILTERS: Readonly<Record<keyof ArticleFilters, string>> = {
  outlet: 'a.outlet_id = (SELECT id FROM outlets WHERE name = @outlet)',
  language: 'a.language = @language',
  story: `a.id IN (SELECT sa.article_id FROM story_articles sa
           WHERE sa.story_id = (SELECT id FROM stories WHERE name = @story))`,
  tag: `a.id IN (SELECT at.article_id FROM article_tags at WHERE at.tag_id = (SELECT id FROM tags WHERE name = @tag))`,
};

export function listArticles(
  db: Db,
  sort: 'date' | 'outlet' | 'title' = 'date',
  filters: ArticleFilters = {},
  trash = false,
): ArticleSummary[] {
  const given = (Object.keys(FILTERS) as (keyof ArticleFilters)[]).filter(
    (k) => filters[k] !== undefined && filters[k] !== null,
  );
  // deleted_at holds ISO timestamps: ">= ''" is "not null" in a form the deleted_at index answers as a range. With
  // a story, tag or outlet, the articles are found from it by id: "+" keeps SQLite from reading every live
  // article through the deleted_at index instead (it plans without statistics, so it cannot tell which is smaller).
  const selective = given.some((k) => k !== 'language');
  const live = selective ? '+a.deleted_at IS NULL' : 'a.deleted_at IS NULL';
  const where = [trash ? "a.deleted_at >= ''" : live, ...given.map((k) => FILTERS[k])];
  const params = Object.fromEntries(given.map((k) => [k, filters[k]]));
  // ORDER and FILTERS come from fixed tables; every value reaches SQL as a bound parameter.
  const rows = db
    .prepare(
      `${SUMMARY_SELECT} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE ${where.join(' AND ')}
       ORDER BY ${ORDER[sort]}`,
    )
    .all(params) as ArticleRow[];
  return rows.map(toSummary);
}

export function libraryFacets(db: Db): LibraryFacets {
  const col = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    // One index look-up per outlet (a join would read every article of every outlet).
    outlets: col(
      `SELECT o.name FROM outlets o
       WHERE EXISTS (SELECT 1 FROM articles a WHERE a.outlet_id = o.id AND a.deleted_at IS NULL)
       ORDER BY o.name COLLATE NOCASE`,
    ),
    // Each language in the library, one index look-up each (a DISTINCT would read every article).
    languages: col(
      `WITH RECURSIVE l(language) AS (
         SELECT min(language) FROM articles
         UNION ALL
         SELECT (SELECT min(language) FROM articles WHERE language > l.language) FROM l WHERE l.language IS NOT NULL)
       SELECT language FROM l WHERE language IS NOT NULL
         AND EXISTS (SELECT 1 FROM articles WHERE language = l.language AND deleted_at IS NULL)
       ORDER BY language`,
    ),
    stories: col(`SELECT name FROM stories ORDER BY name COLLATE NOCASE`),
    tags: col(`SELECT name FROM tags ORDER BY name COLLATE NOCASE`),
  };
}

export interface ArticleChanges {
  readonly title?: string;
  readonly outlet?: string | null;
  readonly authors?: readonly string[];
  readonly publishedAt?: string | null;
  readonly url?: string | null;
  readonly language?: string;
  readonly stories?: readonly string[];
  readonly tags?: readonly string[];
}

/** Edits an article's metadata in one transaction; the text itself is what was imported and stays. */
export function updateArticle(db: Db, id: number, changes: ArticleChanges): Article {
  getArticle(db, id);
  db.transaction(() => {
    const set = (column: string, value: unknown) =>
      db.prepare(`UPDATE articles SET ${column} = ?, updated_at = ? WHERE id = ?`).run(value, now(), id);
    if (changes.title !== undefined) set('title', changes.title.trim() || 'Untitled');
    if (changes.outlet !== undefined)
      set('outlet_id', changes.outlet ? ensureNamed(db, 'outlets', changes.outlet.trim()) : null);
    if (changes.authors !== undefined) set('authors', JSON.stringify(changes.authors));
    if (changes.publishedAt !== undefined) set('published_at', changes.publishedAt);
    if (changes.url !== undefined) set('url', changes.url);
    if (changes.language !== undefined) set('language', changes.language);
    if (changes.stories !== undefined) {
      db.prepare('DELETE FROM story_articles WHERE article_id = ?').run(id);
      for (const s of new Set(changes.stories.map((x) => x.trim()).filter(Boolean))) {
        db.prepare('INSERT INTO story_articles(story_id, article_id) VALUES (?, ?)').run(
          ensureNamed(db, 'stories', s),
          id,
        );
      }
    }
    if (changes.tags !== undefined) {
      db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(id);
      for (const t of new Set(changes.tags.map((x) => x.trim()).filter(Boolean))) {
        db.prepare('INSERT INTO article_tags(article_id, tag_id) VALUES (?, ?)').run(id, ensureNamed(db, 'tags', t));
      }
    }
  }).immediate();
  return getArticle(db, id);
}

/** Moves an article to the trash (restorable); its comparisons stay until it is purged. */
export function trashArticle(db: Db, id: number): void {
  getArticle(db, id);
  db.prepare('UPDATE articles SET deleted_at = ? WHERE id = ?').run(now(), id);
}

export function restoreArticle(db: Db, id: number): Article {
  const info = db.prepare('UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
  if (info.changes === 0) throw new ApiError('not_found', `Article ${id} is not in the trash.`);
  return getArticle(db, id);
}

export function getArticle(db: Db, id: number): Article {
  const r = db
    .prepare(
      `${SUMMARY_SELECT}, a.authors, a.text, a.provenance, a.added_at, a.updated_at, o.notes AS outlet_notes
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ? AND a.deleted_at IS NULL`,
    )
    .get(id) as FullArticleRow | undefined;
  if (!r) throw new ApiError('not_found', `There is no article ${id} in this library.`);
  return {
    ...toSummary(r),
    outletNotes: r.outlet_notes ?? '',
    authors: JSON.parse(r.authors) as string[],
    text: r.text,
    provenance: r.provenance,
    addedAt: r.added_at,
    updatedAt: r.updated_at,
  };
}

export function countArticles(db: Db): number {
  return db.prepare('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() as number;
}

export function setOutletNotes(db: Db, outlet: string, notes: string): { outlet: string; notes: string } {
  const id = ensureNamed(db, 'outlets', outlet.trim());
  db.prepare('UPDATE outlets SET notes = ? WHERE id = ?').run(notes.trim(), id);
  return { outlet: outlet.trim(), notes: notes.trim() };
}
