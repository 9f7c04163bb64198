// PDF to plain text from its text layer (pdf.js). A scanned PDF has none; its text is then read by OCR
// (ocr/, after this). Before pdf.js sees the file, every compressed part that is not an image is inflated
// up to a limit and counted, so a decompression bomb is refused at once; text is then read page by page and
// reading stops as soon as it passes the article limit.
import zlib from 'node:zlib';
import { ApiError } from '../../shared/errors';
import {
  MAX_ARTICLE_CHARS,
  MAX_PDF_STREAM_BYTES,
  MAX_PDF_STREAMS_TOTAL_BYTES,
  megabytes,
  tooLongMessage,
} from './limits';

interface PdfTextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

function bomb(name: string, why: string): ApiError {
  return new ApiError('too_large', `${name} was refused: ${why} (a decompression bomb?).`);
}

/** How far one Flate stream expands, or null when it is not one zlib can read (pdf.js will judge it). */
function inflatedSize(data: Buffer, name: string): number | null {
  try {
    return zlib.inflateSync(data, {
      maxOutputLength: MAX_PDF_STREAM_BYTES,
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
    }).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw bomb(name, `one of its compressed parts expands to over ${megabytes(MAX_PDF_STREAM_BYTES)}`);
    return null;
  }
}

/** Checks how far the PDF's compressed parts (other than images, which text extraction never decodes) expand. */
export function checkPdfStreams(bytes: Uint8Array, name: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = 0;
  for (;;) {
    const keyword = buf.indexOf('stream', at, 'latin1');
    if (keyword < 0) return;
    at = keyword + 'stream'.length;
    if (keyword >= 3 && buf.toString('latin1', keyword - 3, keyword) === 'end') continue;
    let start = at;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    if (start === at) continue; // "stream" inside something else, not the keyword
    const end = buf.indexOf('endstream', start, 'latin1');
    if (end < 0) return;
    at = end + 'endstream'.length;
    const before = buf.toString('latin1', Math.max(0, keyword - 4096), keyword);
    const dictionary = before.slice(Math.max(0, before.lastIndexOf(' obj')));
    if (/\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    if (!/\/Filter\s*\[?\s*\/FlateDecode\b/.test(dictionary)) continue;
    total += inflatedSize(buf.subarray(start, end), name) ?? 0;
    if (total > MAX_PDF_STREAMS_TOTAL_BYTES)
      throw bomb(name, `its compressed parts expand to over ${megabytes(MAX_PDF_STREAMS_TOTAL_BYTES)}`);
  }
}

/**
 * Opens a PDF with pdf.js after its compressed parts are checked; `standardFontDataUrl` when its pages are to be
 * drawn (OCR), not only read. A file pdf.js cannot open is refused with what to do.
 */
export async function openPdf(bytes: Uint8Array, name: string, standardFontDataUrl?: string) {
  checkPdfStreams(bytes, name);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
      ...(standardFontDataUrl ? { standardFontDataUrl } : {}),
    }).promise;
  } catch {
    throw new ApiError(
      'unsupported',
      `${name} is not a readable PDF: it is damaged, or not really a PDF. If it opens in a PDF reader, print it to a new PDF and import that.`,
    );
  }
}

export async function pdfText(
  bytes: Uint8Array,
  name: string,
): Promise<{ text: string; title: string | null; author: string | null }> {
  const doc = await openPdf(bytes, name);
  try {
    const pages: string[] = [];
    let length = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const reader = page.streamTextContent().getReader();
      const parts: string[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const item of (value as { items: PdfTextItem[] }).items) {
          const s = (item.str ?? '') + (item.hasEOL ? '\n' : '');
          length += s.length;
          if (length > MAX_ARTICLE_CHARS) {
            await reader.cancel();
            throw new ApiError('too_large', tooLongMessage(name));
          }
          parts.push(s);
        }
      }
      pages.push(parts.join(''));
      page.cleanup();
    }
    // A PDF without a text layer (a scan) comes back with no text: the import reads it by OCR.
    const text = pages.join('\n\n');
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as { Title?: string; Author?: string };
    return { text, title: info.Title?.trim() || null, author: info.Author?.trim() || null };
  } finally {
    await doc.destroy();
  }
}
