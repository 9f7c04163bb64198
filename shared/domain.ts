// Domain types shared by the back end and the UI. Readonly: the UI never mutates what the back end sent.
import type { CorrectedComparison } from './compare/corrections';
import type { Reason } from './compare/types';
import type { LocalePreference } from './presentation/locale';

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
}

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
  readonly status: 'imported' | 'duplicate' | 'failed';
  readonly id?: number;
  readonly reason?: string;
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
