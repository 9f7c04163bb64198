// The article repository: plain functions over a library database, prepared statements only.
import { createHash } from 'node:crypto';
import type { Article, ArticleSummary } from '../../shared/domain';
import { ApiError } from '../../shared/errors';
import { countWords, detectLanguage } from '../../shared/text/language';
import type { Db } from './open';

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
}

interface FullArticleRow extends ArticleRow {
  authors: string;
  text: string;
  provenance: string | null;
  added_at: string;
  updated_at: string;
}

/** The hash that identifies an article's content for duplicate detection: whitespace and case do not count. */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalised).digest('hex');
}

function now(): string {
  return new Date().toISOString();
}

function ensureNamed(db: Db, table: 'outlets' | 'stories' | 'tags', name: string): number {
  const existing = db.prepare(`SELECT id FROM ${table} WHERE name = ?`).pluck().get(name) as number | undefined;
  if (existing !== undefined) return existing;
  const sql =
    table === 'stories'
      ? 'INSERT INTO stories(name, created_at) VALUES (?, ?)'
      : `INSERT INTO ${table}(name) VALUES (?)`;
  const args = table === 'stories' ? [name, now()] : [name];
  return Number(db.prepare(sql).run(...args).lastInsertRowid);
}

export function insertArticle(db: Db, a: NewArticle): InsertOutcome {
  const text = a.text.normalize('NFC');
  if (!text.trim()) throw new ApiError('invalid_input', `"${a.title}" has no text to import.`);
  const hash = contentHash(text);
  return db.transaction((): InsertOutcome => {
    const dup = db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck().get(hash) as number | undefined;
    if (dup !== undefined) return { status: 'duplicate', id: dup };
    const outletId = a.outlet ? ensureNamed(db, 'outlets', a.outlet) : null;
    const stamp = now();
    const info = db
      .prepare(
        `INSERT INTO articles (title, outlet_id, authors, published_at, url, language, text, words, is_summary,
           provenance, original_bytes, original_media_type, content_hash, added_at, updated_at)
         VALUES (@title, @outletId, @authors, @publishedAt, @url, @language, @text, @words, @isSummary,
           @provenance, @bytes, @mediaType, @hash, @stamp, @stamp)`,
      )
      .run({
        title: a.title.trim() || 'Untitled',
        outletId,
        authors: JSON.stringify(a.authors ?? []),
        publishedAt: a.publishedAt ?? null,
        url: a.url ?? null,
        language: a.language ?? detectLanguage(text),
        text,
        words: countWords(text),
        isSummary: a.isSummary ? 1 : 0,
        provenance: a.provenance ?? null,
        bytes: a.original ? Buffer.from(a.original.bytes) : null,
        mediaType: a.original?.mediaType ?? null,
        hash,
        stamp,
      });
    const id = Number(info.lastInsertRowid);
    for (const story of a.stories ?? []) {
      db.prepare('INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?, ?)').run(
        ensureNamed(db, 'stories', story),
        id,
      );
    }
    return { status: 'imported', id };
  })();
}

const SUMMARY_SELECT = `
  SELECT a.id, a.title, o.name AS outlet, a.language, a.published_at, a.url, a.words, a.is_summary,
    (SELECT json_group_array(s.name) FROM story_articles sa JOIN stories s ON s.id = sa.story_id
      WHERE sa.article_id = a.id) AS stories`;

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
  };
}

const ORDER: Readonly<Record<'date' | 'outlet' | 'title', string>> = {
  date: 'a.published_at DESC NULLS LAST, a.id DESC',
  outlet: 'o.name COLLATE NOCASE ASC NULLS LAST, a.id ASC',
  title: 'a.title COLLATE NOCASE ASC, a.id ASC',
};

export function listArticles(db: Db, sort: 'date' | 'outlet' | 'title' = 'date'): ArticleSummary[] {
  const rows = db
    .prepare(
      `${SUMMARY_SELECT} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE a.deleted_at IS NULL ORDER BY ${ORDER[sort]}`,
    )
    .all() as ArticleRow[];
  return rows.map(toSummary);
}

export function getArticle(db: Db, id: number): Article {
  const r = db
    .prepare(
      `${SUMMARY_SELECT}, a.authors, a.text, a.provenance, a.added_at, a.updated_at
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ? AND a.deleted_at IS NULL`,
    )
    .get(id) as FullArticleRow | undefined;
  if (!r) throw new ApiError('not_found', `There is no article ${id} in this library.`);
  return {
    ...toSummary(r),
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
