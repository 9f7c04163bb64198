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
import { readSettings, scanLanguageOf, updateSettings } from './library/settings';
import {
  addCorrection,
  openComparison,
  recentComparisons,
  undoLastCorrection,
  viewComparison,
  analyseAhead,
  engineOf,
  type ComparisonRun,
} from './library/comparisons';
import {
  addLexiconEntry,
  exportLexicon,
  importLexicon,
  listLexicon,
  removeLexiconEntry,
  updateLexiconEntry,
} from './library/lexicon';
import type { AppContext } from './context';

export type Handlers = {
  readonly [M in ApiMethod]: (ctx: AppContext, input: ApiParsedInput<M>) => ApiResult<M> | Promise<ApiResult<M>>;
};

/** How a handler has the engine run: in the context's engine, for the asking view, kept unless read-only. */
function engineRun(ctx: AppContext, view: string | undefined): ComparisonRun {
  return {
    ...(ctx.engine ? { engine: ctx.engine } : {}),
    ...(view ? { view } : {}),
    record: ctx.readOnly !== true,
  };
}

/** New articles are analysed in the background where the engine has a worker (the app), not by a command. */
function analyseNew(ctx: AppContext, ids: readonly number[]): void {
  if (ctx.engine && !ctx.readOnly && ids.length) analyseAhead(ctx.db, ctx.engine, ids);
}

/** The library's language for scans, as an import option (nothing when scans are to be detected). */
function scanLanguage(ctx: AppContext): { scanLanguage?: string } {
  const language = scanLanguageOf(ctx.db);
  return language ? { scanLanguage: language } : {};
}

/**
 * In the app (an engine worker, a writable library), the story's missing pairs are computed by the worker and
 * cached first, so assembling the story view reads only; elsewhere (the command line) the view computes them.
 */
async function storyInEngine(ctx: AppContext, selection: ApiParsedInput<'openStory'>): Promise<void> {
  if (!ctx.engine || ctx.readOnly) return;
  await (await import('./library/story')).computeStoryInEngine(ctx.db, selection, ctx.engine);
}

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
    // The readers of every format are loaded with the first import, not with the app.
    const { importEach } = await import('./ingest/import');
    const results = (await importEach(
      ctx.db,
      input.files.map((f) => ({ file: f.name, load: async () => Buffer.from(f.data, 'base64') })),
      {
        ...(input.story ? { story: input.story } : {}),
        ...(input.ocrLanguage ? { ocrLanguage: input.ocrLanguage } : {}),
        ...scanLanguage(ctx),
      },
    )) as ApiResult<'importFiles'>;
    analyseNew(
      ctx,
      results.filter((r) => r.status === 'imported').map((r) => r.id!),
    );
    return results;
  },
  importQdpx: async (ctx, input) =>
    (await import('./exchange/qdpx-import')).importQdpx(ctx.db, input.name, Buffer.from(input.data, 'base64')),
  ocrStatus: async () => (await import('./ingest/ocr/activity')).ocrStatus(),
  cancelOcr: async () => (await import('./ingest/ocr/activity')).cancelOcr(),
  zoteroItems: async (_ctx, input) => {
    const { readZoteroSource } = await import('./ingest/zotero/import');
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
  importZotero: async (ctx, input) => {
    const { importZoteroDirectory } = await import('./ingest/zotero/import');
    const { outcomes } = await importZoteroDirectory(ctx.db, input.directory, {
      keys: input.keys,
      ...scanLanguage(ctx),
    });
    analyseNew(
      ctx,
      outcomes.flatMap((o) => (o.status === 'imported' && o.id !== undefined ? [o.id] : [])),
    );
    return outcomes;
  },
  updateArticle: (ctx, { id, ...changes }) => updateArticle(ctx.db, id, changes),
  trashArticle: (ctx, input) => {
    trashArticle(ctx.db, input.id);
    return { id: input.id };
  },
  restoreArticle: (ctx, input) => restoreArticle(ctx.db, input.id),
  setOutletNotes: (ctx, input) => setOutletNotes(ctx.db, input.outlet, input.notes),
  getArticle: (ctx, input) => getArticle(ctx.db, input.id),
  addArticle: (ctx, input) => {
    const outcome = insertArticle(ctx.db, {
      title: input.title,
      text: input.text,
      outlet: input.outlet ?? null,
      publishedAt: input.publishedAt ?? null,
      url: input.url ?? null,
      ...(input.language ? { language: input.language } : {}),
      provenance: 'Pasted into Parallax.',
      stories: input.story ? [input.story] : [],
    });
    if (outcome.status === 'imported') analyseNew(ctx, [outcome.id]);
    return outcome;
  },
  openComparison: (ctx, input) => openComparison(ctx.db, input.leftId, input.rightId, engineRun(ctx, input.view)),
  recentComparisons: (ctx) => recentComparisons(ctx.db),
  checkClaim: async (ctx, input) =>
    (await import('./library/check')).checkClaim(
      ctx.db,
      input.claim,
      input.sourceArticleId,
      engineRun(ctx, input.view),
    ),
  correctComparison: (ctx, { comparisonId, view, ...correction }) =>
    addCorrection(ctx.db, comparisonId, correction, engineRun(ctx, view)),
  undoCorrection: (ctx, input) => undoLastCorrection(ctx.db, input.comparisonId, engineRun(ctx, input.view)),
  listLexicon: (ctx) => listLexicon(ctx.db),
  addLexiconEntry: (ctx, input) => addLexiconEntry(ctx.db, input.entry),
  updateLexiconEntry: (ctx, input) => updateLexiconEntry(ctx.db, input.id, input.entry),
  removeLexiconEntry: (ctx, input) => removeLexiconEntry(ctx.db, input.id),
  exportLexicon: (ctx) => exportLexicon(ctx.db),
  importLexicon: (ctx, input) => importLexicon(ctx.db, input.json),
  taskProgress: (ctx, input) => engineOf(ctx.engine).progress(input.view),
  cancelTask: (ctx, input) => ({ cancelled: engineOf(ctx.engine).cancel(input.view) }),
  exportQdpx: async (ctx, input) => {
    const { exportQdpx } = await import('./exchange/qdpx-export');
    const file = await exportQdpx(
      ctx.db,
      { ...(input.story ? { story: input.story } : {}), ...(input.articleIds ? { articleIds: input.articleIds } : {}) },
      ctx.version,
      engineRun(ctx, undefined),
    );
    return {
      filename: file.filename,
      mediaType: 'application/zip',
      content: file.bytes.toString('base64'),
      encoding: 'base64' as const,
    };
  },
  exportComparison: async (ctx, input) => {
    const view = await viewComparison(ctx.db, input.comparisonId, engineRun(ctx, input.view));
    const { comparisonReport } = await import('./compare/comparison-report');
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
  // The story view (and its engine) is loaded with the first story opened, not with every command.
  openStory: async (ctx, selection) => {
    const story = await import('./library/story');
    await storyInEngine(ctx, selection);
    return story.openStory(ctx.db, selection);
  },
  correctStoryPair: async (ctx, { leftId, rightId, ...correction }) =>
    (await import('./library/story')).correctStoryPair(ctx.db, leftId, rightId, correction),
  exportStory: async (ctx, input) => {
    const [{ openStory }, { renderStory }] = await Promise.all([
      import('./library/story'),
      import('../shared/report/story'),
    ]);
    await storyInEngine(ctx, input.selection);
    return renderStory(
      {
        view: openStory(ctx.db, input.selection),
        generatedAt: new Date().toISOString(),
        appVersion: ctx.version,
        locale: input.locale ?? 'en',
      },
      input.format,
    );
  },
  getSettings: (ctx) => readSettings(ctx.db),
  updateSettings: (ctx, changes) => {
    const settings = updateSettings(ctx.db, changes, { readOnly: ctx.readOnly === true });
    ctx.onSettingsChanged?.(settings);
    return settings;
  },
};
