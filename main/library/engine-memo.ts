// The one door through which the story view gets an article's analysis and the base comparison of two articles:
// from the library's caches (engine-cache.ts: the same analyses and comparisons the comparison screen, claim checks
// and background analysis keep), computed and kept on a miss, with the most recent ones also in memory for this
// process (least recently used first out) so a story opened again parses nothing.
import { analyseArticle, compareAnalysed, type ArticleAnalysis } from '../../shared/compare';
import { parseAnalysis, serialiseAnalysis } from '../../shared/compare/analysis/serial';
import type { Comparison } from '../../shared/compare/types';
import type { UserLexicon } from '../../shared/compare/language/user-lexicon';
import {
  analysisKey as cacheKey,
  cachedAnalysis,
  cachedComparison,
  keyString,
  storeAnalyses,
  storeComparison,
} from './engine-cache';
import type { Db } from './open';

export interface AnalysedArticle {
  readonly text: string;
  readonly language: string;
  readonly publishedAt: string | null;
}

export interface LexiconInUse {
  readonly lexicon: UserLexicon;
  readonly version: string;
}

class Recent<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }
  clear(): void {
    this.entries.clear();
  }
}

const analyses = new Recent<ArticleAnalysis>(64);
const comparisons = new Recent<Comparison>(256);

/** Writes to the library's cache, unless it cannot be written (a read-only library still shows stories). */
function keep(write: () => void): void {
  try {
    write();
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_READONLY') throw err;
  }
}

export function articleAnalysis(db: Db, article: AnalysedArticle, lexicon: LexiconInUse): ArticleAnalysis {
  const key = cacheKey(article, lexicon.version);
  return analyses.get(keyString(key), () => {
    const cached = cachedAnalysis(db, key);
    if (cached !== null) return parseAnalysis(cached);
    const analysis = analyseArticle(article.text, {
      language: article.language,
      lexicon: lexicon.lexicon,
      ...(article.publishedAt ? { date: article.publishedAt } : {}),
    });
    keep(() => storeAnalyses(db, [{ key, json: serialiseAnalysis(analysis) }]));
    return analysis;
  });
}

/** The engine's comparison of two articles, before the researcher's corrections. */
export function baseComparison(
  db: Db,
  left: AnalysedArticle,
  right: AnalysedArticle,
  lexicon: LexiconInUse,
): Comparison {
  const lk = cacheKey(left, lexicon.version);
  const rk = cacheKey(right, lexicon.version);
  return comparisons.get(`${keyString(lk)}>${keyString(rk)}`, () => {
    const cached = cachedComparison(db, lk, rk);
    if (cached !== null) return JSON.parse(cached) as Comparison;
    const comparison = compareAnalysed(
      { analysis: articleAnalysis(db, left, lexicon), text: left.text },
      { analysis: articleAnalysis(db, right, lexicon), text: right.text },
    );
    keep(() => storeComparison(db, lk, rk, JSON.stringify(comparison)));
    return comparison;
  });
}

/** Forgets what this process holds, and with a library its cached comparisons (and analyses): a cold start. */
export function forgetEngineMemo(which: 'all' | 'comparisons' = 'all', db?: Db): void {
  comparisons.clear();
  db?.exec('DELETE FROM comparison_results');
  if (which === 'all') {
    analyses.clear();
    db?.exec('DELETE FROM analyses');
  }
}
