// Full-text search over the library with FTS5: accents and case ignored (unicode61 remove_diacritics 2),
// hyphens split words ("cessez le feu" finds "cessez-le-feu"), best matches first, snippets around the match.
import type { ArticleFilters, SearchHit, SearchResults } from '../../shared/domain';
import type { Db } from './open';
import { spellingVariants } from './search-terms';

/** Marks the snippet uses around matched words; the UI turns them into <mark>, never into HTML. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/**
 * A researcher's words as an FTS5 query: each word a quoted prefix-free term, all required. Quoting makes
 * every character literal, so no input can be an FTS5 syntax error or an injection.
 */
export function ftsQuery(input: string): string | null {
  return ftsWordList(input.match(/[\p{L}\p{N}]+/gu) ?? [], 'AND');
}

/** Words (letters and digits only) as quoted FTS5 terms, all required or any of them. */
export function ftsWordList(words: readonly string[], join: 'AND' | 'OR'): string | null {
  if (!words.length) return null;
  return words.map((w) => `"${w}"`).join(join === 'AND' ? ' ' : ' OR ');
}

export interface SearchOptions {
  /** Also match the words' translations (French to English and back), through the engine's lexicon. */
  readonly bothLanguages?: boolean;
}

/** A word's translations as stems (search-translations.ts), given when the search is in both languages. */
export type Translate = (word: string) => string[];

/**
 * The query with each word widened to what it also stands for: its spellings in the library (always) and its
 * translations as stem prefixes (when asked). Every term stays quoted, so no input is FTS5 syntax.
 */
export function expandedQuery(db: Db, input: string, translate?: Translate): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return null;
  const quote = (w: string) => `"${w.replace(/"/g, '')}"`;
  return words
    .map((w) => {
      const terms = [quote(w), ...spellingVariants(db, w).map(quote)];
      if (translate) terms.push(...translate(w).map((s) => `${quote(s)}*`));
      return terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`;
    })
    .join(' AND ');
}

// The library's filters, as in listArticles; every value reaches SQL as a bound parameter.
const MATCHING = `FROM articles_fts
       JOIN articles a ON a.id = articles_fts.rowid AND a.deleted_at IS NULL
       LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE articles_fts MATCH @q
         AND (@outlet IS NULL OR o.name = @outlet)
         AND (@language IS NULL OR a.language = @language)
         AND (@story IS NULL OR EXISTS (SELECT 1 FROM story_articles sa JOIN stories s ON s.id = sa.story_id
               WHERE sa.article_id = a.id AND s.name = @story))
         AND (@tag IS NULL OR EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
               WHERE at.article_id = a.id AND t.name = @tag))`;

function params(q: string, filters: ArticleFilters) {
  return {
    q,
    outlet: filters.outlet ?? null,
    language: filters.language ?? null,
    story: filters.story ?? null,
    tag: filters.tag ?? null,
  };
}

export function searchArticles(
  db: Db,
  query: string,
  limit = 50,
  filters: ArticleFilters = {},
  translate?: Translate,
): SearchHit[] {
  const q = expandedQuery(db, query, translate);
  return q ? hitsFor(db, q, filters, limit) : [];
}

const filtered = (f: ArticleFilters) => [f.outlet, f.language, f.story, f.tag].some((x) => x !== undefined);

/**
 * The best hits: ranked first (ids only), then titles and snippets for those alone (a snippet in the ranking query
 * would be made for every match before the sort keeps the best). Without filters, ranking reads the full-text
 * index alone and leaves the trashed out after (as many more are asked for as the trash holds).
 */
function hitsFor(db: Db, q: string, filters: ArticleFilters, limit: number): SearchHit[] {
  let ids: number[];
  if (filtered(filters)) {
    ids = db
      .prepare(`SELECT a.id ${MATCHING} ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT @limit`)
      .pluck()
      .all({ ...params(q, filters), limit }) as number[];
  } else {
    const trashed = db.prepare("SELECT count(*) FROM articles WHERE deleted_at >= ''").pluck().get() as number;
    const live = db.prepare('SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').pluck();
    ids = (
      db
        .prepare(
          'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0), rowid LIMIT ?',
        )
        .pluck()
        .all(q, limit + trashed) as number[]
    )
      .filter((id) => live.get(id) !== undefined)
      .slice(0, limit);
  }
  if (!ids.length) return [];
  const rows = db
    .prepare(
      `SELECT a.id, a.title, o.name AS outlet,
         snippet(articles_fts, 1, '${HIT_START}', '${HIT_END}', '…', 24) AS snippet
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE articles_fts MATCH @q AND articles_fts.rowid IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ q, ids: JSON.stringify(ids) }) as SearchHit[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!).filter(Boolean);
}

/** How many live articles match: counted in the full-text index, less the trashed, when nothing is filtered. */
function totalFor(db: Db, q: string, filters: ArticleFilters): number {
  if (filtered(filters)) return db.prepare(`SELECT count(*) ${MATCHING}`).pluck().get(params(q, filters)) as number;
  const all = db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck().get(q) as number;
  const trashed = db
    .prepare(
      `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?
       AND rowid IN (SELECT id FROM articles WHERE deleted_at >= '')`,
    )
    .pluck()
    .get(q) as number;
  return all - trashed;
}

/** Search within the active filters: the best hits, and how many articles match in all. */
export async function searchLibrary(
  db: Db,
  query: string,
  filters: ArticleFilters = {},
  limit = 50,
  options: SearchOptions = {},
): Promise<SearchResults> {
  const translate = options.bothLanguages ? (await import('./search-translations')).translations : undefined;
  const q = expandedQuery(db, query, translate);
  if (!q) return { total: 0, hits: [] };
  return { total: totalFor(db, q, filters), hits: hitsFor(db, q, filters, limit) };
}
