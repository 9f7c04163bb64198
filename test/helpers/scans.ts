// Scans made by the tests: text typeset into a PDF, rendered to an image by pdf.js on a canvas (as a scanner
// would give it), then kept as PNG or TIFF, or put back into a PDF as a picture with no text layer.
import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import UTIF from 'utif2';
import { makePdf } from './documents';

const require = createRequire(import.meta.url);

/** The first page of a PDF as a scanner would give it: drawn by pdf.js at `dpi` on white paper. */
export async function renderPage(
  pdf: Uint8Array,
  dpi = 300,
): Promise<{ png: Buffer; rgba: Uint8Array; width: number; height: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: fonts, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context as never, viewport }).promise;
  await doc.destroy();
  const rgba = new Uint8Array(context.getImageData(0, 0, canvas.width, canvas.height).data);
  return { png: canvas.toBuffer('image/png'), rgba, width: canvas.width, height: canvas.height };
}

/** A page of these lines as a PNG at `dpi` (Helvetica, 12 pt, on US Letter). */
export function scannedPage(lines: readonly string[], dpi = 300) {
  return renderPage(makePdf(lines), dpi);
}

/** A PDF whose pages are these images and nothing else: no text layer, as a scanner makes it. */
export async function scannedPdf(pages: readonly Buffer[]): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (const png of pages) {
    const image = await doc.embedPng(png);
    doc.addPage([612, 792]).drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  }
  return Buffer.from(await doc.save());
}

export function tiff(page: { rgba: Uint8Array; width: number; height: number }): Buffer {
  return Buffer.from(UTIF.encodeImage(page.rgba, page.width, page.height));
}

/** A blank page: paper with nothing on it. */
export function blankPng(): Buffer {
  const canvas = createCanvas(850, 1100);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 850, 1100);
  return canvas.toBuffer('image/png');
}
