// The one API contract between the UI and the back end: each operation's input schema and result type.
// Electron IPC and browser-mode HTTP both carry exactly these operations to the same handlers in main/.
import { z } from 'zod';
import type { ApiMethod } from './api-methods';
import type {
  AppInfo,
  Article,
  ArticleSummary,
  ClaimCheck,
  ComparisonView,
  ExportedFile,
  ImportResult,
  LexiconEntry,
  LexiconFile,
  LexiconImport,
  LibraryFacets,
  OcrStatus,
  QdpxImport,
  RecentComparison,
  SearchResults,
  Settings,
  ZoteroLibrary,
  StoryView,
} from './domain';
import { LOCALE_PREFERENCES, LOCALES } from './presentation/locale';
import { SCAN_LANGUAGES } from './domain';

interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  /** Phantom: carries the result type only. */
  readonly result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

const id = z.number().int().positive();

/** The library's filters, the same for listing and searching. */
const filters = {
  outlet: z.string().max(200).optional(),
  language: z.string().max(10).optional(),
  story: z.string().max(200).optional(),
  tag: z.string().max(200).optional(),
};

const lexiconTerm = z.string().trim().min(1, 'a term cannot be empty').max(200, 'a term has at most 200 characters');
/** An entry of the library's lexicon: aliases (two or more terms), a label pair, or one hedge. */
const lexiconEntry = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('alias'),
      terms: z.array(lexiconTerm).min(2, 'an alias needs two names or words').max(20),
    })
    .strict(),
  z.object({ kind: z.literal('label'), terms: z.tuple([lexiconTerm, lexiconTerm]) }).strict(),
  z.object({ kind: z.literal('hedge'), terms: z.tuple([lexiconTerm]) }).strict(),
]);
export const lexiconEntrySchema = lexiconEntry;

/**
 * The longest article text Parallax stores (about 150,000 words): the comparison engine's limit
 * (`MAX_TEXT_CHARS` in shared/compare), so every stored article can be compared and checked.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** One line of metadata: trimmed, bounded, and without control characters (which would reach terminals). */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'control characters are not allowed');

/**
 * An article's metadata fields as the API accepts them. Imported files are held to the same rules
 * (main/ingest/metadata.ts), so a field that came from a file never fails when the researcher saves an edit.
 */
export const articleField = {
  title: line(500).min(1, 'a title is needed'),
  outlet: line(200),
  author: line(200).min(1),
  story: line(200).min(1),
  tag: line(100).min(1),
  publishedAt: z.iso.date(),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  language: z.string().regex(/^[a-z]{2,3}$/, 'a language code such as fr or en'),
};

/**
 * Which part of a window asked (e.g. "<page id>:compare"): a newer request for the same view cancels the older
 * one, and the view's progress can be asked for while it runs.
 */
const view = z
  .string()
  .regex(/^[\w:-]{1,100}$/, 'letters, digits, "_", "-" and ":"')
  .optional();

/** A long task's progress, as `taskProgress` gives it. */
export interface TaskProgressView {
  readonly running: boolean;
  /** analyse, match or check; null before the task has said. */
  readonly stage: string | null;
  /** 0..1, or null when not known yet. */
  readonly fraction: number | null;
  readonly elapsedMs: number;
}

const zoteroDirectory = z.string().trim().min(1, 'choose the Zotero data directory').max(4096);
/** A researcher's correction of two claims (anchored by their text and where they start). */
const correction = {
  kind: z.enum(['verdict', 'link', 'unlink', 'note']),
  leftText: z.string().min(1).max(20_000),
  rightText: z.string().min(1).max(20_000),
  leftStart: z.number().int().min(0).optional(),
  rightStart: z.number().int().min(0).optional(),
  verdict: z.enum(['agree', 'conflict', 'framing']).optional(),
  note: z.string().max(5_000).optional(),
};
const verdictGiven = (v: { kind: string; verdict?: string }) => v.kind !== 'verdict' || v.verdict !== undefined;

/** Which articles a story view shows: a story by name or id, or articles picked by id (2 to 8 are compared). */
const storySelection = z.union([
  z.object({ story: articleField.story }).strict(),
  z.object({ storyId: id }).strict(),
  z.object({ articleIds: z.array(id).min(1).max(200) }).strict(),
]);

export const api = {
  appInfo: method<AppInfo>()(z.object({}).strict()),
  listArticles: method<readonly ArticleSummary[]>()(
    z
      .object({
        sort: z.enum(['date', 'outlet', 'title']).optional(),
        ...filters,
        trash: z.boolean().optional(),
      })
      .strict(),
  ),
  /**
   * Full-text search within the active filters; `total` counts every match, `hits` holds the best ones. Names match
   * their spellings in the library (Daraa, Deraa); `bothLanguages` adds the words' French or English translations.
   */
  searchArticles: method<SearchResults>()(
    z.object({ query: z.string().max(500), bothLanguages: z.boolean().optional(), ...filters }).strict(),
  ),
  libraryFacets: method<LibraryFacets>()(z.object({}).strict()),
  /** Files the researcher dropped or chose, sent in small batches (base64), each imported all or nothing. */
  importFiles: method<readonly ImportResult[]>()(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(1000), data: z.base64() }).strict())
          .min(1)
          .max(200),
        story: z.string().trim().max(200).optional(),
        /** The language of scans in these files (else detected from their first page). */
        ocrLanguage: z.enum(['fr', 'en']).optional(),
      })
      .strict(),
  ),
  /** A REFI-QDA project (.qdpx): its text sources become articles; a Parallax project brings its corrections back. */
  importQdpx: method<QdpxImport>()(z.object({ name: z.string().min(1).max(1000), data: z.base64() }).strict()),
  /** The scans being read by OCR during an import, page by page, for a progress bar. */
  ocrStatus: method<OcrStatus>()(z.object({}).strict()),
  /** Stops the scans being read; their imports fail as cancelled and store nothing. */
  cancelOcr: method<{ readonly cancelled: number }>()(z.object({}).strict()),
  /**
   * The items of a Zotero data directory (read from a private copy of zotero.sqlite; Zotero's files never written),
   * or of a Zotero export file (Zotero RDF, RIS, CSL JSON).
   */
  zoteroItems: method<ZoteroLibrary>()(z.object({ directory: zoteroDirectory }).strict()),
  /** Some items of a Zotero data directory, in small batches so the UI shows progress and can stop. */
  importZotero: method<readonly ImportResult[]>()(
    z
      .object({
        directory: zoteroDirectory,
        keys: z
          .array(z.string().regex(/^[A-Z0-9]{1,32}$/i))
          .min(1)
          .max(20),
      })
      .strict(),
  ),
  updateArticle: method<Article>()(
    z
      .object({
        id,
        title: articleField.title.optional(),
        outlet: articleField.outlet.nullable().optional(),
        authors: z.array(articleField.author).max(50).optional(),
        publishedAt: articleField.publishedAt.nullable().optional(),
        url: articleField.url.nullable().optional(),
        language: articleField.language.optional(),
        stories: z.array(articleField.story).max(50).optional(),
        tags: z.array(articleField.tag).max(50).optional(),
      })
      .strict(),
  ),
  trashArticle: method<{ readonly id: number }>()(z.object({ id }).strict()),
  restoreArticle: method<Article>()(z.object({ id }).strict()),
  /** The researcher's own notes on an outlet ("state-affiliated"), shown wherever its articles are. */
  setOutletNotes: method<{ readonly outlet: string; readonly notes: string }>()(
    z.object({ outlet: z.string().trim().min(1).max(200), notes: z.string().max(2000) }).strict(),
  ),
  getArticle: method<Article>()(z.object({ id }).strict()),
  /** Pasted text with its metadata. */
  addArticle: method<{ readonly status: 'imported' | 'duplicate'; readonly id: number }>()(
    z
      .object({
        title: articleField.title,
        text: z
          .string()
          .min(1, 'the text is empty')
          .max(MAX_ARTICLE_CHARS, `texts are limited to ${MAX_ARTICLE_CHARS} characters`),
        outlet: articleField.outlet.optional(),
        publishedAt: articleField.publishedAt.optional(),
        url: articleField.url.optional(),
        language: articleField.language.optional(),
        story: articleField.story.optional(),
      })
      .strict(),
  ),
  openComparison: method<ComparisonView>()(
    z
      .object({ leftId: id, rightId: id, view })
      .strict()
      .refine((v) => v.leftId !== v.rightId, 'choose two different articles'),
  ),
  recentComparisons: method<readonly RecentComparison[]>()(z.object({}).strict()),
  correctComparison: method<ComparisonView>()(
    z
      .object({ comparisonId: id, ...correction, view })
      .strict()
      .refine(verdictGiven, 'a verdict correction needs a verdict'),
  ),
  checkClaim: method<ClaimCheck>()(
    z
      .object({
        claim: z.string().trim().min(3, 'type a claim to check').max(2000),
        /** The article the claim was taken from: never listed as evidence for it. */
        sourceArticleId: id.optional(),
        view,
      })
      .strict(),
  ),
  undoCorrection: method<ComparisonView>()(z.object({ comparisonId: id, view }).strict()),
  /** A report of the comparison; `locale` is the language of its headings and names (English by default). */
  exportComparison: method<ExportedFile>()(
    z
      .object({
        comparisonId: id,
        format: z.enum(['html', 'csv', 'json', 'pdf']),
        locale: z.enum(LOCALES).optional(),
        view,
      })
      .strict(),
  ),
  getSettings: method<Settings>()(z.object({}).strict()),
  updateSettings: method<Settings>()(
    z
      .object({
        locale: z.enum(LOCALE_PREFERENCES).optional(),
        guideSeen: z.boolean().optional(),
        scanLanguage: z.enum(SCAN_LANGUAGES).optional(),
      })
      .strict(),
  ),
  /**
   * A REFI-QDA project (.qdpx, base64) for NVivo, MAXQDA, ATLAS.ti or QualCoder: a story's articles, the given
   * articles (a story view's outlets), or the whole library when neither is given, with their comparisons.
   */
  exportQdpx: method<ExportedFile>()(
    z
      .object({
        story: articleField.story.optional(),
        articleIds: z.array(id).min(1).max(10_000).optional(),
      })
      .strict()
      .refine((v) => !(v.story && v.articleIds), 'give a story or article ids, not both'),
  ),
  listLexicon: method<readonly LexiconEntry[]>()(z.object({}).strict()),
  addLexiconEntry: method<readonly LexiconEntry[]>()(z.object({ entry: lexiconEntry }).strict()),
  updateLexiconEntry: method<readonly LexiconEntry[]>()(z.object({ id, entry: lexiconEntry }).strict()),
  removeLexiconEntry: method<readonly LexiconEntry[]>()(z.object({ id }).strict()),
  exportLexicon: method<LexiconFile>()(z.object({}).strict()),
  importLexicon: method<LexiconImport>()(z.object({ json: z.string().max(8_000_000) }).strict()),
  /** How far the view's running comparison or claim check has got (for a progress bar). */
  taskProgress: method<TaskProgressView>()(z.object({ view: z.string().regex(/^[\w:-]{1,100}$/) }).strict()),
  /** Stops the view's running comparison or claim check; it then fails with the code "cancelled". */
  cancelTask: method<{ readonly cancelled: boolean }>()(
    z.object({ view: z.string().regex(/^[\w:-]{1,100}$/) }).strict(),
  ),
  /** One story across its reports, fact by fact (corrections and the library's lexicon applied). */
  openStory: method<StoryView>()(storySelection),
  /** A correction made in the story view, kept on the pair's comparison like any other. */
  correctStoryPair: method<{ readonly comparisonId: number }>()(
    z
      .object({ leftId: id, rightId: id, ...correction })
      .strict()
      .refine(verdictGiven, 'a verdict correction needs a verdict')
      .refine((v) => v.leftId !== v.rightId, 'choose two different articles'),
  ),
  /** The story as HTML (printable), CSV (one row per fact and outlet) or JSON, in `locale` (English by default). */
  exportStory: method<ExportedFile>()(
    z
      .object({
        selection: storySelection,
        format: z.enum(['html', 'csv', 'json']),
        locale: z.enum(LOCALES).optional(),
      })
      .strict(),
  ),
} satisfies { readonly [M in ApiMethod]: MethodSpec<z.ZodType, unknown> };

export type Api = typeof api;
export type ApiInput<M extends ApiMethod> = z.input<Api[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<Api[M]['input']>;
export type ApiResult<M extends ApiMethod> = NonNullable<Api[M]['result']>;

/** What the renderer calls: `window.parallax` in Electron, the HTTP client in browser mode. */
export type ParallaxApi = { readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<M>> };

/** Validates one method's input; the message names the field so the caller can fix it. */
export function parseInput<M extends ApiMethod>(
  m: M,
  input: unknown,
): { ok: true; value: ApiParsedInput<M> } | { ok: false; message: string } {
  const schema: z.ZodType = api[m].input;
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as ApiParsedInput<M> };
  const message = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
  return { ok: false, message: `Invalid input for ${m}: ${message}` };
}

export { API_METHODS, type ApiMethod } from './api-methods';
