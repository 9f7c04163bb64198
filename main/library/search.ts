// Full-text search over the library with FTS5: accents and case ignored (unicode61 remove_diacritics 2),
// hyphens split words ("cessez le feu" finds "cessez-le-feu"), best matches first, snippets around the match.
import type { SearchHit } from '../../shared/domain';
import type { Db } from './open';

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

export function searchArticles(db: Db, query: string, limit = 50): SearchHit[] {
  const q = ftsQuery(query);
  if (!q) return [];
  const rows = db
    .prepare(
      `SELECT a.id, a.title, o.name AS outlet,
         snippet(articles_fts, 1, '${HIT_START}', '${HIT_END}', '…', 24) AS snippet
       FROM articles_fts
       JOIN articles a ON a.id = articles_fts.rowid AND a.deleted_at IS NULL
       LEFT JOIN outlets o ON o.id = a.outlet_id
       WHERE articles_fts MATCH ?
       ORDER BY bm25(articles_fts, 5.0, 1.0), a.id
       LIMIT ?`,
    )
    .all(q, limit) as SearchHit[];
  return rows;
}
