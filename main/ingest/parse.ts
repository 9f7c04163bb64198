// One file to one parsed article, by its extension; refusals carry a reason the researcher can act on.
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { decodeText, normaliseText } from './decode';
import { docxText, pdfText } from './documents';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import type { ParsedArticle } from './types';

export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.docx', '.pdf'] as const;

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
};

/** Text formats above this size are refused: no news article is that long, and it would stall the library. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_FILE_BYTES = 100 * 1024 * 1024;

export interface ParsedFile extends ParsedArticle {
  readonly mediaType: string;
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

export async function parseFile(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  const ext = path.extname(name).toLowerCase();
  const mediaType = MEDIA_TYPES[ext];
  if (!mediaType) {
    throw new ApiError(
      'unsupported',
      `${path.basename(name)}: "${ext || 'no extension'}" files are not supported. Parallax imports ${SUPPORTED_EXTENSIONS.join(', ')}.`,
    );
  }
  const base = path.basename(name);
  const isDocument = ext === '.docx' || ext === '.pdf';
  const limit = isDocument ? MAX_DOCUMENT_FILE_BYTES : MAX_TEXT_FILE_BYTES;
  if (bytes.length > limit) {
    throw new ApiError(
      'too_large',
      `${base} is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Parallax imports ${ext} files of up to ${limit / 1024 / 1024} MB. Split it, or import the article alone.`,
    );
  }
  if (bytes.length === 0) throw new ApiError('invalid_input', `${base} is empty.`);
  const fallback = titleFromName(name);
  let parsed: ParsedArticle;
  switch (ext) {
    case '.docx': {
      const text = await docxText(bytes, base);
      const firstLine = text.trim().split('\n')[0]?.trim();
      parsed = {
        title: firstLine && firstLine.length <= 200 ? firstLine : fallback,
        text,
        outlet: null,
        authors: [],
        publishedAt: null,
        url: null,
      };
      break;
    }
    case '.pdf': {
      const pdf = await pdfText(bytes, base);
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
    default: {
      const text = decodeText(bytes, base).text;
      parsed = { title: fallback, text, outlet: null, authors: [], publishedAt: null, url: null };
    }
  }
  const text = normaliseText(parsed.text);
  if (!text) throw new ApiError('invalid_input', `${base} has no text to import.`);
  return { ...parsed, title: parsed.title.trim().slice(0, 500) || fallback, text, mediaType };
}
