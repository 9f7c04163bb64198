// One handler per contract method: a plain function of (context, validated input). No transport code here.
import type { ApiMethod, ApiParsedInput, ApiResult } from '../shared/api';
import { ApiError } from '../shared/errors';
import {
  countArticles,
  getArticle,
  insertArticle,
  libraryFacets,
  listArticles,
  restoreArticle,
  setOutletNotes,
  trashArticle,
  updateArticle,
} from './library/articles';
import { searchLibrary } from './library/search';
import { readSettings, updateSettings } from './library/settings';
import { checkClaim } from './library/check';
import { importBytes } from './ingest/import';
import {
  addCorrection,
  openComparison,
  recentComparisons,
  undoLastCorrection,
  viewComparison,
} from './library/comparisons';
import { comparisonReport } from './compare/comparison-report';
import { exportQdpx } from './exchange/qdpx-export';
import { importQdpx } from './exchange/qdpx-import';
import { cancelOcr, ocrStatus } from './ingest/ocr/activity';
import { importZoteroDirectory, readZoteroSource } from './ingest/zotero/import';
import {
  addLexiconEntry,
  exportLexicon,
  importLexicon,
  listLexicon,
  removeLexiconEntry,
  updateLexiconEntry,
} from './library/lexicon';
import { correctStoryPair, openStory } from './library/story';
import { renderStory } from '../shared/report/story';
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
    systemLocale: ctx.systemLocale ?? null,
    readOnly: ctx.readOnly === true,
  }),
  listArticles: (ctx, { sort, trash, ...filters }) => listArticles(ctx.db, sort, filters, trash === true),
  searchArticles: (ctx, { query, bothLanguages, ...filters }) =>
    searchLibrary(ctx.db, query, filters, 50, { bothLanguages: bothLanguages === true }),
  libraryFacets: (ctx) => libraryFacets(ctx.db),
  importFiles: async (ctx, input) => {
    const results = [];
    for (const f of input.files) {
      results.push(
        await importBytes(ctx.db, f.name, Buffer.from(f.data, 'base64'), {
          ...(input.story ? { story: input.story } : {}),
          ...(input.ocrLanguage ? { ocrLanguage: input.ocrLanguage } : {}),
        }),
      );
    }
    return results;
  },
  importQdpx: (ctx, input) => importQdpx(ctx.db, input.name, Buffer.from(input.data, 'base64')),
  ocrStatus: () => ocrStatus(),
  cancelOcr: () => cancelOcr(),
  zoteroItems: (_ctx, input) => {
    const z = readZoteroSource(input.directory);
    return {
      directory: z.directory,
      schema: z.schema,
      warning: z.warning,
      items: z.items.map((i) => ({
        key: i.key,
        title: i.title,
        type: i.type,
        outlet: i.outlet,
        ...(i.leftOut ? { leftOut: i.leftOut } : {}),
      })),
    };
  },
  importZotero: async (ctx, input) =>
    (await importZoteroDirectory(ctx.db, input.directory, { keys: input.keys })).outcomes,
  updateArticle: (ctx, { id, ...changes }) => updateArticle(ctx.db, id, changes),
  trashArticle: (ctx, input) => {
    trashArticle(ctx.db, input.id);
    return { id: input.id };
  },
  restoreArticle: (ctx, input) => restoreArticle(ctx.db, input.id),
  setOutletNotes: (ctx, input) => setOutletNotes(ctx.db, input.outlet, input.notes),
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
  openComparison: (ctx, input) =>
    openComparison(ctx.db, input.leftId, input.rightId, { record: ctx.readOnly !== true }),
  recentComparisons: (ctx) => recentComparisons(ctx.db),
  checkClaim: (ctx, input) => checkClaim(ctx.db, input.claim, input.sourceArticleId),
  correctComparison: (ctx, { comparisonId, ...correction }) => addCorrection(ctx.db, comparisonId, correction),
  undoCorrection: (ctx, input) => undoLastCorrection(ctx.db, input.comparisonId),
  listLexicon: (ctx) => listLexicon(ctx.db),
  addLexiconEntry: (ctx, input) => addLexiconEntry(ctx.db, input.entry),
  updateLexiconEntry: (ctx, input) => updateLexiconEntry(ctx.db, input.id, input.entry),
  removeLexiconEntry: (ctx, input) => removeLexiconEntry(ctx.db, input.id),
  exportLexicon: (ctx) => exportLexicon(ctx.db),
  importLexicon: (ctx, input) => importLexicon(ctx.db, input.json),
  exportQdpx: async (ctx, input) => {
    const file = await exportQdpx(
      ctx.db,
      { ...(input.story ? { story: input.story } : {}), ...(input.articleIds ? { articleIds: input.articleIds } : {}) },
      ctx.version,
    );
    return {
      filename: file.filename,
      mediaType: 'application/zip',
      content: file.bytes.toString('base64'),
      encoding: 'base64' as const,
    };
  },
  exportComparison: async (ctx, input) => {
    const view = viewComparison(ctx.db, input.comparisonId, { record: ctx.readOnly !== true });
    const locale = input.locale ?? 'en';
    if (input.format !== 'pdf') return comparisonReport(view, input.format, ctx.version, locale);
    // PDF comes from Chromium's printer, which only the desktop app has; browser mode prints the HTML report.
    if (!ctx.printToPdf) {
      throw new ApiError(
        'unsupported',
        'PDF export is in the desktop app. Here, export HTML and print it from your browser (Save as PDF).',
      );
    }
    const html = comparisonReport(view, 'html', ctx.version, locale);
    const pdf = await ctx.printToPdf(html.content);
    return {
      filename: html.filename.replace(/\.html$/, '.pdf'),
      mediaType: 'application/pdf',
      content: Buffer.from(pdf).toString('base64'),
      encoding: 'base64' as const,
    };
  },
  openStory: (ctx, selection) => openStory(ctx.db, selection),
  correctStoryPair: (ctx, { leftId, rightId, ...correction }) => correctStoryPair(ctx.db, leftId, rightId, correction),
  exportStory: (ctx, input) =>
    renderStory(
      {
        view: openStory(ctx.db, input.selection),
        generatedAt: new Date().toISOString(),
        appVersion: ctx.version,
        locale: input.locale ?? 'en',
      },
      input.format,
    ),
  getSettings: (ctx) => readSettings(ctx.db),
  updateSettings: (ctx, changes) => {
    const settings = updateSettings(ctx.db, changes, { readOnly: ctx.readOnly === true });
    ctx.onSettingsChanged?.(settings);
    return settings;
  },
};
