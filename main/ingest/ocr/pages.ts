// The pages of a scan as images OCR can read, one at a time so memory holds one page: a PDF's pages rendered by
// pdf.js onto a canvas (@napi-rs/canvas) at 300 dpi, a TIFF's pages decoded by UTIF, or a PNG or JPEG as it is.
import path from 'node:path';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { ApiError } from '../../../shared/errors';
import { OCR_DPI, OCR_MAX_PAGE_PIXELS } from '../limits';
import { openPdf } from '../pdf';

export interface PageImages {
  readonly pages: number;
  /** Page `n` (1-based) as an encoded image. */
  page(n: number): Promise<Buffer>;
  close(): Promise<void>;
}

function whiteCanvas(width: number, height: number): Canvas {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  return canvas;
}

/** Where pdf.js keeps the standard fonts a PDF may name without embedding (Helvetica, Times). */
function standardFonts(): string {
  return `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;
}

async function pdfPages(bytes: Uint8Array, name: string): Promise<PageImages> {
  const doc = await openPdf(bytes, name, standardFonts());
  const opened = doc;
  return {
    pages: opened.numPages,
    async page(n) {
      const page = await opened.getPage(n);
      try {
        let scale = OCR_DPI / 72;
        const base = page.getViewport({ scale: 1 });
        const pixels = base.width * base.height * scale * scale;
        if (pixels > OCR_MAX_PAGE_PIXELS) scale *= Math.sqrt(OCR_MAX_PAGE_PIXELS / pixels);
        const viewport = page.getViewport({ scale });
        const canvas = whiteCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        await page.render({
          canvasContext: canvas.getContext('2d') as unknown as Parameters<typeof page.render>[0]['canvasContext'],
          viewport,
        }).promise;
        return canvas.toBuffer('image/png');
      } finally {
        page.cleanup();
      }
    },
    close: () => opened.destroy(),
  };
}

function tiffPages(bytes: Uint8Array, name: string): PageImages {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(buffer).filter((ifd) => ifd['t256'] !== undefined);
  } catch {
    throw new ApiError('unsupported', `${name} is not a readable TIFF image.`);
  }
  return {
    pages: ifds.length,
    async page(n) {
      const ifd = ifds[n - 1]!;
      const width = Number((ifd['t256'] as number[])[0]);
      const height = Number((ifd['t257'] as number[])[0]);
      if (width * height > OCR_MAX_PAGE_PIXELS)
        throw new ApiError('too_large', `${name}: page ${n} is ${width} × ${height} pixels, too large to read.`);
      UTIF.decodeImage(buffer, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      const canvas = whiteCanvas(width, height);
      const context = canvas.getContext('2d');
      const image = context.createImageData(width, height);
      image.data.set(rgba);
      context.putImageData(image, 0, 0);
      delete (ifd as { data?: unknown }).data; // one page in memory at a time
      return canvas.toBuffer('image/png');
    },
    close: async () => {},
  };
}

export async function pageImages(bytes: Uint8Array, name: string): Promise<PageImages> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.pdf') return pdfPages(bytes, name);
  if (ext === '.tif' || ext === '.tiff') return tiffPages(bytes, name);
  const image = Buffer.from(bytes);
  return { pages: 1, page: async () => image, close: async () => {} };
}
