// The one door through which the story view gets an article's analysis and the base comparison of two articles.
// Today they are kept in memory for this process (least recently used first out), keyed as the library's analysis
// cache will key them (issue 10: text hash, language, publication date, engine version, lexicon version), so
// that cache can take this module's place without the story view changing.
import { createHash } from 'node:crypto';
import { analyseArticle, compareAnalysed, ENGINE_VERSION, type ArticleAnalysis } from '../../shared/compare';
import type { Comparison } from '../../shared/compare/types';
import type { UserLexicon } from '../../shared/compare/language/user-lexicon';

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

/** What an analysis depends on, as one string. */
export function analysisKey(article: AnalysedArticle, lexiconVersion: string): string {
  const hash = createHash('sha256').update(article.text).digest('hex');
  return [hash, article.language, article.publishedAt ?? '', ENGINE_VERSION, lexiconVersion].join('|');
}

export function articleAnalysis(article: AnalysedArticle, lexicon: LexiconInUse): ArticleAnalysis {
  return analyses.get(analysisKey(article, lexicon.version), () =>
    analyseArticle(article.text, {
      language: article.language,
      lexicon: lexicon.lexicon,
      ...(article.publishedAt ? { date: article.publishedAt } : {}),
    }),
  );
}

/** The engine's comparison of two articles, before the researcher's corrections. */
export function baseComparison(left: AnalysedArticle, right: AnalysedArticle, lexicon: LexiconInUse): Comparison {
  const key = `${analysisKey(left, lexicon.version)}>${analysisKey(right, lexicon.version)}`;
  return comparisons.get(key, () =>
    compareAnalysed(
      { analysis: articleAnalysis(left, lexicon), text: left.text },
      { analysis: articleAnalysis(right, lexicon), text: right.text },
    ),
  );
}

/** Forgets everything (benchmarks measure a cold start with it). */
export function forgetEngineMemo(which: 'all' | 'comparisons' = 'all'): void {
  comparisons.clear();
  if (which === 'all') analyses.clear();
}
