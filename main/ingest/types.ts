// What a parser makes of one file, before it becomes an article.

export interface ParsedArticle {
  readonly title: string;
  readonly text: string;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly language?: string;
  readonly tags?: readonly string[];
  readonly stories?: readonly string[];
  /** A news dateline taken off the text ("PARIS, 29 juin (AFP) -"), kept in the article's provenance. */
  readonly dateline?: string;
}

export type ImportOutcome =
  | { readonly file: string; readonly status: 'imported'; readonly id: number }
  | { readonly file: string; readonly status: 'duplicate'; readonly id: number; readonly reason: string }
  | { readonly file: string; readonly status: 'skipped'; readonly reason: string }
  | { readonly file: string; readonly status: 'failed'; readonly reason: string };
