// The limits one imported file must stay within, in one place, so the import outcome, the documentation and the
// tests say the same numbers. Each protects the library and the app from a hostile or careless file.
import { MAX_ARTICLE_CHARS } from '../../shared/api';

export { MAX_ARTICLE_CHARS };

/** Text formats (.txt, .md, .html) above this size are refused before they are read. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
/** Documents (.docx, .pdf) above this size are refused before they are read. */
export const MAX_DOCUMENT_FILE_BYTES = 100 * 1024 * 1024;
/** The most a Word document's text part may expand to; its real size is checked as it is inflated. */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024;
/** The most one compressed part of a PDF (a page's content, a font) may expand to. */
export const MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024;
/** The most all compressed parts of a PDF other than images may expand to together. */
export const MAX_PDF_STREAMS_TOTAL_BYTES = 256 * 1024 * 1024;
/** The longest one file may take to parse. */
export const PARSE_TIME_LIMIT_MS = 30_000;
/** The heap a parse may use, and how much the whole process may grow while one file is parsed. */
export const PARSE_HEAP_MB = 256;
export const PARSE_GROWTH_BYTES = 320 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

const count = (n: number): string => n.toLocaleString('en');

/** The import outcome for a text over the article limit; `chars` when the whole text was counted. */
export function tooLongMessage(name: string, chars?: number): string {
  const size = chars === undefined ? `more than ${count(MAX_ARTICLE_CHARS)}` : count(chars);
  return (
    `${name} has ${size} characters of text; Parallax keeps articles of up to ${count(MAX_ARTICLE_CHARS)} ` +
    'characters (the longest text it can compare). Split it into parts and import those.'
  );
}

/** Scans are read at this resolution (300 dpi, what OCR is tuned for). */
export const OCR_DPI = 300;
/** A page larger than this many pixels at 300 dpi (a poster, a hostile page size) is read at a lower resolution. */
export const OCR_MAX_PAGE_PIXELS = 40_000_000;
/** The longest one page may take to read; each page read restarts the clock, so a 500-page scan is not cut short. */
export const OCR_PAGE_TIME_LIMIT_MS = 120_000;
/** The heap OCR may use, and how much the process may grow while a scan is read (one page's image at a time). */
export const OCR_HEAP_MB = 512;
export const OCR_GROWTH_BYTES = 1536 * 1024 * 1024;
/** Below this confidence (0-100) a page is said to be read poorly. */
export const OCR_LOW_CONFIDENCE = 60;
