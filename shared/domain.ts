// Domain types shared by the back end and the UI. Readonly: the UI never mutates what the back end sent.
import type { CorrectedComparison } from './compare/corrections';
import type { Reason } from './compare/types';
import type { LocalePreference } from './presentation/locale';
import type { StoryClaim, StoryFact } from './story/types';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly libraryPath: string;
  readonly articleCount: number;
  readonly transport: 'electron' | 'browser';
  /** The system's language as the desktop app sees it (Electron's app.getLocale()); null in browser mode. */
  readonly systemLocale: string | null;
  /** The library file cannot be written, so edits are disabled. */
  readonly readOnly: boolean;
}

/** The researcher's interface settings, kept across restarts. */
export interface Settings {
  readonly locale: LocalePreference;
  /** Whether the first-run guide has been seen (it stays reachable from Help). */
  readonly guideSeen: boolean;
  /** The language scans are read in by OCR: detected from the first page, or always French or English. */
  readonly scanLanguage: ScanLanguage;
}

export const SCAN_LANGUAGES = ['detect', 'fr', 'en'] as const;
export type ScanLanguage = (typeof SCAN_LANGUAGES)[number];

export interface ArticleSummary {
  readonly id: number;
  readonly title: string;
  readonly outlet: string | null;
  readonly language: string;
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly words: number;
  readonly isSummary: boolean;
  readonly stories: readonly string[];
  readonly tags: readonly string[];
}

export interface Article extends ArticleSummary {
  readonly outletNotes: string;
  readonly authors: readonly string[];
  readonly text: string;
  readonly provenance: string | null;
  readonly addedAt: string;
  readonly updatedAt: string;
}

export interface ComparisonView {
  readonly comparisonId: number;
  readonly left: Article;
  readonly right: Article;
  readonly comparison: CorrectedComparison;
}

export interface RecentComparison {
  readonly comparisonId: number;
  readonly leftId: number;
  readonly rightId: number;
  readonly leftTitle: string;
  readonly rightTitle: string;
  readonly leftOutlet: string | null;
  readonly rightOutlet: string | null;
  readonly openedAt: string;
  readonly counts: Readonly<Record<string, number>>;
}

export interface ExportedFile {
  readonly filename: string;
  readonly mediaType: string;
  /** Text, or base64 when `encoding` says so (PDF). */
  readonly content: string;
  readonly encoding?: 'base64';
}

/** A search result; the snippet marks matches with \u0002 … \u0003 (plain text, never HTML). */
export interface SearchHit {
  readonly id: number;
  readonly title: string;
  readonly outlet: string | null;
  readonly snippet: string;
}

/** One page of search results, best first, and how many articles match in all. */
export interface SearchResults {
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

export interface ArticleFilters {
  readonly outlet?: string;
  readonly language?: string;
  readonly story?: string;
  readonly tag?: string;
}

export interface LibraryFacets {
  readonly outlets: readonly string[];
  readonly languages: readonly string[];
  readonly stories: readonly string[];
  readonly tags: readonly string[];
}

export interface ImportResult {
  readonly file: string;
  /** skipped: left out on purpose (a Zotero book, say), with the reason. */
  readonly status: 'imported' | 'duplicate' | 'failed' | 'skipped';
  readonly id?: number;
  readonly reason?: string;
}

/** Scans being read by OCR right now (page 0 means the first page is being read). */
export interface OcrStatus {
  readonly running: readonly { readonly file: string; readonly page: number; readonly pages: number }[];
}

/** A Zotero data directory as the import sees it. */
export interface ZoteroLibrary {
  readonly directory: string;
  /** Zotero's userdata schema version. */
  readonly schema: number;
  /** Said when the schema is newer than the ones Parallax was tested with. */
  readonly warning: string | null;
  readonly items: readonly {
    readonly key: string;
    readonly title: string;
    readonly type: string;
    readonly outlet: string | null;
    /** Why it will not be imported (another item type, no file). */
    readonly leftOut?: string;
  }[];
}

/** What importing a REFI-QDA project did: one outcome per text source, and what it held that was not imported. */
export interface QdpxImport {
  readonly items: readonly ImportResult[];
  readonly skipped: readonly string[];
  /** Links, verdicts and notes restored as corrections (from a project Parallax exported). */
  readonly corrections: number;
}

export interface ClaimCheckHit {
  readonly article: Omit<Article, 'text' | 'provenance'>;
  readonly stance: 'agree' | 'disagree' | 'discuss';
  readonly score: number;
  /** The report's sentences that decided it, with offsets into its text and the reasons found. */
  readonly evidence: readonly {
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly reasons: readonly Reason[];
  }[];
}

export interface ClaimCheck {
  readonly claim: string;
  /** The claim's language, as the engine detected it ("en", "fr"…). */
  readonly language: string;
  /** The engine version that judged the reports (measured figures describe one version). */
  readonly engineVersion: string;
  /** How many articles full-text search proposed; the others share none of the claim's words. */
  readonly candidates: number;
  readonly unrelated: number;
  readonly hits: readonly ClaimCheckHit[];
}

/** One entry of the library's own lexicon (see shared/compare/language/user-lexicon.ts). */
export interface LexiconEntry {
  readonly id: number;
  /** alias: names or words treated as the same; label: a framing pair for one referent; hedge: an extra hedge. */
  readonly kind: 'alias' | 'label' | 'hedge';
  readonly terms: readonly string[];
  readonly createdAt: string;
}

/** The lexicon as a file: what "Export lexicon" writes and "Import lexicon" reads. */
export interface LexiconFile {
  readonly format: 'parallax-lexicon';
  readonly version: 1;
  readonly entries: readonly Pick<LexiconEntry, 'kind' | 'terms'>[];
}

export interface LexiconImport {
  readonly added: number;
  readonly skipped: number;
  readonly entries: readonly LexiconEntry[];
}

/** Which articles a story view shows: a story (by name or id), or any articles picked by id. */
export type StorySelection =
  { readonly story: string } | { readonly storyId: number } | { readonly articleIds: readonly number[] };

/** A column of the story view: an article, its outlet notes and claims, and whether the engine compared it. */
export interface StoryArticle extends ArticleSummary {
  readonly outletNotes: string;
  /** False for a language the engine has no word lists for: shown, not compared. */
  readonly compared: boolean;
  readonly claims: readonly StoryClaim[];
}

/** Where a pair's corrections are kept: open the comparison this way round to see and add them. */
export interface StoryPairRef {
  readonly leftId: number;
  readonly rightId: number;
}

export interface StoryView {
  /** The story asked for, or null for articles picked by id. */
  readonly story: { readonly id: number; readonly name: string } | null;
  /** Columns, by publication date (undated last). */
  readonly articles: readonly StoryArticle[];
  readonly facts: readonly StoryFact[];
  /** Per article id, the claims only that outlet reports. */
  readonly exclusive: Readonly<Record<string, readonly string[]>>;
  /** Asked-for articles the view leaves out: moved to the trash, or not in the library. */
  readonly dropped: readonly {
    readonly id: number;
    readonly title: string | null;
    readonly why: 'trashed' | 'missing';
  }[];
  readonly pairs: readonly StoryPairRef[];
  /** Corrections whose claims are no longer in the texts. */
  readonly stale: number;
  readonly engineVersion: string;
}
