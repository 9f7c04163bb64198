// One handler per contract method: a plain function of (context, validated input). No transport code here.
import type { ApiMethod, ApiParsedInput, ApiResult } from '../shared/api';
import { renderReport } from '../shared/report';
import {
  countArticles,
  getArticle,
  insertArticle,
  libraryFacets,
  listArticles,
  restoreArticle,
  trashArticle,
  updateArticle,
} from './library/articles';
import { searchArticles } from './library/search';
import { importBytes } from './ingest/import';
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
  listArticles: (ctx, { sort, trash, ...filters }) => listArticles(ctx.db, sort, filters, trash === true),
  searchArticles: (ctx, input) => searchArticles(ctx.db, input.query),
  libraryFacets: (ctx) => libraryFacets(ctx.db),
  importFiles: async (ctx, input) => {
    const results = [];
    for (const f of input.files) {
      results.push(
        await importBytes(ctx.db, f.name, Buffer.from(f.data, 'base64'), input.story ? { story: input.story } : {}),
      );
    }
    return results;
  },
  updateArticle: (ctx, { id, ...changes }) => updateArticle(ctx.db, id, changes),
  trashArticle: (ctx, input) => {
    trashArticle(ctx.db, input.id);
    return { id: input.id };
  },
  restoreArticle: (ctx, input) => restoreArticle(ctx.db, input.id),
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
