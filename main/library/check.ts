// "Check across the library": which saved reports support, contradict or discuss a claim. Full-text search
// picks the candidates (any of the claim's words, best first), so only those are read closely, by the engine
// (in its worker in the app), from their cached analyses where the library has them.
import { fold } from '../../shared/compare/language/phrases';
import type { ClaimCheck, ClaimCheckHit } from '../../shared/domain';
import { ftsWordList } from './search';
import { countArticles, getArticle } from './articles';
import { articleInput, engineOf, type ComparisonRun } from './comparisons';
import { analysisKey, cachedAnalysis, storeAnalyses } from './engine-cache';
import { userLexicon } from './lexicon';
import type { Db } from './open';

export const MAX_CANDIDATES = 200;

/** The claim's content words as an FTS5 query matching any of them, each quoted (no syntax can get in). */
export async function anyWordQuery(claim: string): Promise<string | null> {
  const [{ resourcesFor }, { detectLanguage }] = await Promise.all([
    import('../../shared/compare/language/resources'),
    import('../../shared/text/language'),
  ]);
  const lang = resourcesFor(detectLanguage(claim));
  const words = [
    ...new Set((claim.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !lang.stopwords.has(fold(w)))),
  ];
  return ftsWordList(words, 'OR');
}

/** `sourceArticleId`: the article the claim was taken from, never listed as evidence for it. */
export async function checkClaim(
  db: Db,
  claim: string,
  sourceArticleId?: number,
  run: ComparisonRun = {},
): Promise<ClaimCheck> {
  const query = await anyWordQuery(claim);
  const { lexicon, version } = userLexicon(db);
  const total = countArticles(db);
  const ids = query
    ? (db
        .prepare(
          `SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid AND a.deleted_at IS NULL
           WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?`,
        )
        .pluck()
        .all(query, MAX_CANDIDATES) as number[])
    : [];
  const articles = ids.filter((id) => id !== sourceArticleId).map((id) => getArticle(db, id));
  const keys = articles.map((a) => analysisKey(a, version));
  const result = await engineOf(run.engine).run(
    {
      kind: 'check',
      claim,
      lexicon,
      reports: articles.map((a, i) => articleInput(a, keys[i]!, cachedAnalysis(db, keys[i]!))),
    },
    run.view ? { view: run.view } : {},
  );
  if (run.record !== false)
    storeAnalyses(
      db,
      result.analysed.map((x) => ({ key: keys[x.index]!, json: x.json })),
    );
  const hits: ClaimCheckHit[] = result.hits.map((h) => {
    const { text: _text, provenance: _p, ...summary } = articles[h.index]!;
    return { article: summary, stance: h.stance, score: h.score, evidence: h.evidence };
  });
  hits.sort((x, y) => y.score - x.score || x.article.id - y.article.id);
  return { claim, candidates: ids.length, unrelated: total - hits.length, hits };
}
