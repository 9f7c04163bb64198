// "Check across the library": which saved reports support, contradict or discuss a claim. Full-text search
// picks the candidates (any of the claim's words, best first), so only those are read closely.
import { fold } from '../../shared/compare/language/phrases';
import { resourcesFor } from '../../shared/compare/language/resources';
import type { ClaimCheck, ClaimCheckHit } from '../../shared/domain';
import { prepareReport, stanceAgainst, type PreparedReport } from '../../shared/stance';
import { detectLanguage } from '../../shared/text/language';
import type { UserLexicon } from '../../shared/compare/language/user-lexicon';
import { countArticles, getArticle } from './articles';
import { userLexicon } from './lexicon';
import type { Db } from './open';

export const MAX_CANDIDATES = 200;

/** Prepared reports, kept while their text and the library's lexicon are unchanged, so a second claim is quick. */
const prepared = new Map<string, PreparedReport>();

function preparedFor(
  id: number,
  updatedAt: string,
  text: string,
  language: string,
  lexicon: { lexicon: UserLexicon; version: string },
): PreparedReport {
  const key = `${id}@${updatedAt}@${lexicon.version}`;
  let p = prepared.get(key);
  if (!p) {
    if (prepared.size >= 2000) prepared.clear();
    prepared.set(key, (p = prepareReport(text, language, lexicon.lexicon)));
  }
  return p;
}

/** The claim's content words as an FTS5 query matching any of them, each quoted (no syntax can get in). */
export function anyWordQuery(claim: string): string | null {
  const lang = resourcesFor(detectLanguage(claim));
  const words = [
    ...new Set((claim.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 2 && !lang.stopwords.has(fold(w)))),
  ];
  return words.length ? words.map((w) => `"${w}"`).join(' OR ') : null;
}

/** `sourceArticleId`: the article the claim was taken from, never listed as evidence for it. */
export function checkClaim(db: Db, claim: string, sourceArticleId?: number): ClaimCheck {
  const query = anyWordQuery(claim);
  const lexicon = userLexicon(db);
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
  const hits: ClaimCheckHit[] = [];
  for (const id of ids) {
    if (id === sourceArticleId) continue;
    const a = getArticle(db, id);
    const result = stanceAgainst(
      claim,
      preparedFor(a.id, a.updatedAt, a.text, a.language, lexicon),
      undefined,
      lexicon.lexicon,
    );
    if (result.stance === 'unrelated') continue;
    const { text: _text, provenance: _p, ...summary } = a;
    hits.push({
      article: summary,
      stance: result.stance,
      score: result.score,
      evidence: result.evidence
        .slice(0, 2)
        .map((e) => ({ text: e.claim.text, start: e.claim.start, end: e.claim.end, reasons: e.reasons })),
    });
  }
  hits.sort((x, y) => y.score - x.score || x.article.id - y.article.id);
  return { claim, candidates: ids.length, unrelated: total - hits.length, hits };
}
