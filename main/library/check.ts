// "Check across the library": which saved reports support, contradict or discuss a claim. Full-text search
// picks the candidates (any of the claim's words, best first), so only those are read closely, by the engine
// (in its worker in the app), from their cached analyses where the library has them.
import { fold } from '../../shared/compare/language/phrases';
import { ENGINE_VERSION } from '../../shared/compare/version';
import type { ClaimCheck, ClaimCheckHit } from '../../shared/domain';
import { ftsWordList } from './search';
import { countArticles, getArticle } from './articles';
import { articleInput, engineOf, type ComparisonRun } from './comparisons';
import { analysisKey, cachedAnalysis, storeAnalyses } from './engine-cache';
import { userLexicon } from './lexicon';
import type { Db } from './open';

export const MAX_CANDIDATES = 200;
/** A word in at most this many articles always finds candidates; a commoner one only if it is among the rarest. */
const FEW_ARTICLES = 1000;

/** The claim's language, as the engine would detect it. */
async function claimLanguage(claim: string): Promise<string> {
  const { detectLanguage } = await import('../../shared/text/language');
  return detectLanguage(claim);
}

/** The claim's content words (not stopwords), in its language. */
async function contentWords(claim: string, language: string): Promise<string[]> {
  const { resourcesFor } = await import('../../shared/compare/language/resources');
  const lang = resourcesFor(language);
  const words = [
    ...new Set((claim.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !lang.stopwords.has(fold(w)))),
  ];
  return words;
}

/**
 * The claim's words that find candidates. A word in few articles always does; in an archive, a word in many
 * ("said", "officials") does only if it is one of the two rarest, or one of the four rarest and in at most a
 * twentieth of the library: the best-ranked reports are those that share the rare words, and a word in most
 * articles would make the search read most of the archive. A word the library does not hold matches nothing.
 */
function candidateWords(db: Db, words: readonly string[], total: number): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, 'articles_fts', 'row')");
  const documents = db.prepare('SELECT doc FROM temp.articles_vocab WHERE term = ?').pluck();
  return words
    .map((w) => ({ w, n: (documents.get(fold(w)) as number | undefined) ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => a.n - b.n)
    .filter((x, i) => x.n <= FEW_ARTICLES || i < 2 || (i < 4 && x.n <= total / 20))
    .map((x) => x.w);
}

/**
 * The best-ranked live articles for the query, at most MAX_CANDIDATES: ranked in the full-text index alone, then
 * the trashed ones left out (as many more are asked for as the trash holds), so the article table is read for the
 * few candidates, not for every article that matches.
 */
function bestLive(db: Db, query: string): number[] {
  const trashed = db.prepare("SELECT count(*) FROM articles WHERE deleted_at >= ''").pluck().get() as number;
  const ranked = db
    .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?')
    .pluck()
    .all(query, MAX_CANDIDATES + trashed) as number[];
  const live = db.prepare('SELECT 1 FROM articles WHERE id = ? AND deleted_at IS NULL').pluck();
  return ranked.filter((id) => live.get(id) !== undefined).slice(0, MAX_CANDIDATES);
}

/** `sourceArticleId`: the article the claim was taken from, never listed as evidence for it. */
export async function checkClaim(
  db: Db,
  claim: string,
  sourceArticleId?: number,
  run: ComparisonRun = {},
): Promise<ClaimCheck> {
  const { lexicon, version } = userLexicon(db);
  const total = countArticles(db);
  // Any of those words, each quoted (no syntax can get in).
  const language = await claimLanguage(claim);
  const query = ftsWordList(candidateWords(db, await contentWords(claim, language), total), 'OR');
  const ids = query ? bestLive(db, query) : [];
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
  return {
    claim,
    language,
    engineVersion: ENGINE_VERSION,
    candidates: ids.length,
    unrelated: total - hits.length,
    hits,
  };
}
