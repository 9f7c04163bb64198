// Word and PDF documents to plain text. PDF text comes from its text layer; a scanned PDF has none and is
// refused with that reason (Parallax does no OCR).
import { ApiError } from '../../shared/errors';

export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch (err) {
    throw new ApiError(
      'unsupported',
      `${name} is not a readable Word document (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
}

interface PdfTextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

export async function pdfText(
  bytes: Uint8Array,
  name: string,
): Promise<{ text: string; title: string | null; author: string | null }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    throw new ApiError(
      'unsupported',
      `${name} is not a readable PDF (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push((content.items as PdfTextItem[]).map((it) => (it.str ?? '') + (it.hasEOL ? '\n' : '')).join(''));
    }
    const text = pages.join('\n\n');
    if (!text.replace(/\s+/g, '')) {
      throw new ApiError(
        'unsupported',
        `${name} has no text layer (a scanned PDF?). Run it through OCR first, then import the result.`,
      );
    }
    const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as { Title?: string; Author?: string };
    return { text, title: info.Title?.trim() || null, author: info.Author?.trim() || null };
  } finally {
    await doc.destroy();
  }
}
