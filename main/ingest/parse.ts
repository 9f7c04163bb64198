// One file to one parsed article, by its extension; refusals carry a reason the researcher can act on.
import path from 'node:path';
import type { TextFacts } from '../library/text-facts';
import { ApiError } from '../../shared/errors';
import { decodeText, normaliseText } from './decode';
import { docxText } from './docx';
import { parseHtml } from './html';
import { MAX_ARTICLE_CHARS, MAX_DOCUMENT_FILE_BYTES, MAX_TEXT_FILE_BYTES, megabytes, tooLongMessage } from './limits';
import { parseMarkdown } from './markdown';
import { normaliseMetadata } from './metadata';
import { parsePlainText } from './plain-text';
import { pdfText } from './pdf';
import type { ParsedArticle } from './types';

export const SUPPORTED_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
] as const;

/** Images of text (scanned clippings): read by OCR. */
export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

export interface ParsedFile extends ParsedArticle {
  readonly mediaType: string;
  /** The text's hash, word count and language, computed by the parse worker (main need not). */
  readonly facts?: TextFacts;
  /** A scan (an image, or a PDF without a text layer): its text is to be read by OCR. */
  readonly needsOcr?: boolean;
}

function titleFromName(name: string): string {
  return (
    path
      .basename(name)
      .replace(/\.[^.]+$/, '')
      .replace(/[_-]+/g, ' ')
      .trim() || 'Untitled'
  );
}

/**
 * Refuses, by name and size alone, a file Parallax will not parse: an unsupported kind, or one too large for its
 * kind. Called with the size from `stat` before a file is read, and again on the bytes.
 */
export function checkImportable(name: string, size: number): string {
  const ext = path.extname(name).toLowerCase();
  const mediaType = MEDIA_TYPES[ext];
  const base = path.basename(name);
  if (!mediaType) {
    throw new ApiError(
      'unsupported',
      `${base}: "${ext || 'no extension'}" files are not supported. Parallax imports ${SUPPORTED_EXTENSIONS.join(', ')}.`,
    );
  }
  const isDocument = ext === '.docx' || ext === '.pdf' || IMAGE_EXTENSIONS.includes(ext);
  const limit = isDocument ? MAX_DOCUMENT_FILE_BYTES : MAX_TEXT_FILE_BYTES;
  if (size > limit) {
    throw new ApiError(
      'too_large',
      `${base} is ${megabytes(size)}; Parallax imports ${ext} files of up to ${megabytes(limit)}. Split it, or import the article alone.`,
    );
  }
  if (size === 0) throw new ApiError('invalid_input', `${base} is empty.`);
  return mediaType;
}

/** One file's bytes to a parsed article. Runs in the parse worker (see parse-pool.ts), never on the main thread. */
export async function parseFile(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  const mediaType = checkImportable(name, bytes.length);
  const ext = path.extname(name).toLowerCase();
  const base = path.basename(name);
  const fallback = titleFromName(name);
  let parsed: ParsedArticle;
  if (IMAGE_EXTENSIONS.includes(ext)) {
    return {
      title: fallback,
      text: '',
      outlet: null,
      authors: [],
      publishedAt: null,
      url: null,
      mediaType,
      needsOcr: true,
    };
  }
  switch (ext) {
    case '.docx':
      // A Word document of an article has the shape of a plain-text one: headline, dateline, body.
      parsed = parsePlainText(await docxText(bytes, base), fallback);
      break;
    case '.pdf': {
      const pdf = await pdfText(bytes, base);
      if (!pdf.text.replace(/\s+/g, '')) {
        const meta = normaliseMetadata(
          {
            title: pdf.title ?? fallback,
            text: '',
            outlet: null,
            authors: pdf.author ? [pdf.author] : [],
            publishedAt: null,
            url: null,
          },
          fallback,
        );
        return { ...meta, mediaType, needsOcr: true };
      }
      parsed = {
        title: pdf.title ?? fallback,
        text: pdf.text,
        outlet: null,
        authors: pdf.author ? [pdf.author] : [],
        publishedAt: null,
        url: null,
      };
      break;
    }
    case '.html':
    case '.htm':
      parsed = parseHtml(decodeText(bytes, base).text, fallback);
      break;
    case '.md':
    case '.markdown':
      parsed = parseMarkdown(decodeText(bytes, base).text, fallback);
      break;
    default:
      parsed = parsePlainText(decodeText(bytes, base).text, fallback);
  }
  const text = normaliseText(parsed.text);
  if (!text) throw new ApiError('invalid_input', `${base} has no text to import.`);
  if (text.length > MAX_ARTICLE_CHARS) throw new ApiError('too_large', tooLongMessage(base, text.length));
  return { ...normaliseMetadata({ ...parsed, text }, fallback), mediaType };
}
