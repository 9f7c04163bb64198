// What a parser makes of one file, before it becomes an article.

export interface ParsedArticle {
  readonly title: string;
  readonly text: string;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly language?: string;
}

export type ImportOutcome =
  | { readonly file: string; readonly status: 'imported'; readonly id: number }
  | { readonly file: string; readonly status: 'duplicate'; readonly id: number; readonly reason: string }
  | { readonly file: string; readonly status: 'failed'; readonly reason: string };
