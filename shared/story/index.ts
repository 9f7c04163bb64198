// The story view's engine: facts across three to eight reports from the comparison engine's pairwise links
// (group.ts), a verdict per fact across outlets (verdict.ts), what only one outlet reports, coverage per outlet
// and the orders the matrix offers (coverage.ts). Pure, like shared/compare: the caller brings the analyses and
// the corrected pairwise comparisons, from a cache or fresh.
import type { ArticleAnalysis } from '../compare/analysis/types';
import { claimsOf } from '../compare/pair/compare';
import { GROUPING, groupFacts, storyClaimId, type GroupingParameters } from './group';
import type { StoryClaim, StoryFact, StoryGrouping, StoryPair } from './types';
import { judgeFact } from './verdict';

/** An article's claims as the story numbers them (C1, C2, …: the n-th sentence is Ln on the left, Rn on the right). */
export function storyClaims(analysis: ArticleAnalysis, text: string): StoryClaim[] {
  return claimsOf(analysis, text, 'L').map((c) => ({
    id: storyClaimId(c.id),
    text: c.text,
    start: c.start,
    end: c.end,
  }));
}

export interface GroupedArticle {
  readonly id: number;
  readonly publishedAt: string | null;
  readonly claims: readonly StoryClaim[];
}

const position = (claimId: string) => Number(claimId.slice(1));

/**
 * The facts of the articles (in the order given: the matrix's columns), numbered in the order of first report (the
 * earliest publication date among their outlets), then of where the first column that has them says them.
 */
export function storyFacts(
  articles: readonly GroupedArticle[],
  pairs: readonly StoryPair[],
  params: GroupingParameters = GROUPING,
): StoryGrouping {
  const column = new Map(articles.map((a, i) => [a.id, i]));
  const date = new Map(articles.map((a) => [a.id, a.publishedAt]));
  const firstDate = (cells: readonly { articleId: number }[]) =>
    cells.map((c) => date.get(c.articleId) ?? '\uffff').sort()[0]!;
  const firstPlace = (cells: readonly { articleId: number; claimIds: readonly string[] }[]) =>
    Math.min(...cells.map((c) => column.get(c.articleId)! * 1e6 + position(c.claimIds[0]!)));
  const judged = groupFacts(pairs, params).map((f) => {
    const { verdict, cells, reasons } = judgeFact(f);
    return {
      verdict,
      cells: [...cells].sort((a, b) => column.get(a.articleId)! - column.get(b.articleId)!),
      links: f.links,
      reasons,
    };
  });
  judged.sort(
    (a, b) => firstDate(a.cells).localeCompare(firstDate(b.cells)) || firstPlace(a.cells) - firstPlace(b.cells),
  );
  const facts: StoryFact[] = judged.map((f, i) => ({ id: `F${i + 1}`, ...f }));
  const inFact = new Set(facts.flatMap((f) => f.cells.flatMap((c) => c.claimIds.map((id) => `${c.articleId}:${id}`))));
  const exclusive: Record<string, string[]> = {};
  for (const a of articles) {
    exclusive[String(a.id)] = a.claims.filter((c) => !inFact.has(`${a.id}:${c.id}`)).map((c) => c.id);
  }
  return { facts, exclusive };
}

export { GROUPING, groupFacts, storyClaimId, type GroupingParameters };
export type * from './types';
