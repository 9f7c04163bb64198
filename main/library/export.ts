// The whole library as plain JSON: articles with their metadata, stories and tags, outlets with notes,
// comparisons and corrections. Original files are left out (they are provenance, and can be large).
import { getArticle, listArticles } from './articles';
import type { Db } from './open';

export function exportLibrary(db: Db): unknown {
  return {
    format: 'parallax-library-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    outlets: db.prepare('SELECT name, notes FROM outlets ORDER BY name').all(),
    articles: listArticles(db, 'date').map((a) => getArticle(db, a.id)),
    comparisons: db
      .prepare(
        `SELECT c.id, c.left_id AS leftId, c.right_id AS rightId, c.engine_version AS engineVersion, c.opened_at AS openedAt
         FROM comparisons c ORDER BY c.id`,
      )
      .all(),
    corrections: db
      .prepare(
        `SELECT comparison_id AS comparisonId, kind, left_text AS leftText, right_text AS rightText, verdict, note,
           created_at AS createdAt FROM corrections ORDER BY id`,
      )
      .all(),
  };
}
