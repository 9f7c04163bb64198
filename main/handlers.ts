// One handler per contract method: a plain function of (context, validated input). No transport code here.
import type { ApiMethod, ApiParsedInput, ApiResult } from '../shared/api';
import { renderReport } from '../shared/report';
import { countArticles, getArticle, insertArticle, listArticles } from './library/articles';
import {
  addCorrection,
  openComparison,
  recentComparisons,
  undoLastCorrection,
  viewComparison,
} from './library/comparisons';
import type { AppContext } from './context';

export type Handlers = {
  readonly [M in ApiMethod]: (ctx: AppContext, input: ApiParsedInput<M>) => ApiResult<M> | Promise<ApiResult<M>>;
};

export const handlers: Handlers = {
  appInfo: (ctx) => ({
    name: 'Parallax',
    version: ctx.version,
    libraryPath: ctx.libraryPath,
    articleCount: countArticles(ctx.db),
    transport: ctx.transport,
  }),
  listArticles: (ctx, input) => listArticles(ctx.db, input.sort),
  getArticle: (ctx, input) => getArticle(ctx.db, input.id),
  addArticle: (ctx, input) =>
    insertArticle(ctx.db, {
      title: input.title,
      text: input.text,
      outlet: input.outlet ?? null,
      publishedAt: input.publishedAt ?? null,
      url: input.url ?? null,
      ...(input.language ? { language: input.language } : {}),
      provenance: 'Pasted into Parallax.',
      stories: input.story ? [input.story] : [],
    }),
  openComparison: (ctx, input) => openComparison(ctx.db, input.leftId, input.rightId),
  recentComparisons: (ctx) => recentComparisons(ctx.db),
  correctComparison: (ctx, { comparisonId, ...correction }) => addCorrection(ctx.db, comparisonId, correction),
  undoCorrection: (ctx, input) => undoLastCorrection(ctx.db, input.comparisonId),
  exportComparison: (ctx, input) => {
    const view = viewComparison(ctx.db, input.comparisonId);
    return renderReport(
      {
        left: view.left,
        right: view.right,
        comparison: view.comparison,
        generatedAt: new Date().toISOString(),
        appVersion: ctx.version,
      },
      input.format,
    );
  },
};
