// `npm run bench:exchange`: OCR seconds per page (an A4 page of news text scanned at 300 dpi, one core), each
// page read with French and English together beside reading in the language detected on the first page; and the
// REFI-QDA export of a 1,000-article library (125 stories of 8, 500 opened comparisons) beside the plain JSON
// export, and of one story with every pair compared. Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { exportQdpx } from '../../main/exchange/qdpx-export';
import { closeOcrPool, ocrInWorker } from '../../main/ingest/ocr/ocr-pool';
import { insertArticle } from '../../main/library/articles';
import { openComparison } from '../../main/library/comparisons';
import { exportLibrary } from '../../main/library/export';
import { openLibrary } from '../../main/library/open';
import { makeReportPair } from '../helpers/long-text';
import { renderPage, scannedPdf } from '../helpers/scans';

const A4 = { width: 595.28, height: 841.89 };

/** An A4 page of news text at 11 pt (about 550 words), scanned at 300 dpi as PNG. */
async function a4Scan(seed: number): Promise<Buffer> {
  const [text] = makeReportPair(600, seed);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([A4.width, A4.height]);
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/[^\x20-\x7e]/g, ' ').split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, 11) > A4.width - 120) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.slice(0, 52).forEach((l, i) => page.drawText(l, { x: 60, y: A4.height - 70 - i * 14, size: 11, font }));
  return (await renderPage(await doc.save())).png;
}

async function ocrBench(pages: number): Promise<void> {
  const scan = await scannedPdf(await Promise.all(Array.from({ length: pages }, (_, i) => a4Scan(i + 1))));
  console.log(
    `OCR: an image-only PDF of ${pages} A4 pages scanned at 300 dpi (2480 × 3508 px), ${(scan.length / 1e6).toFixed(1)} MB`,
  );
  for (const [label, language] of [
    ['French and English on every page', 'both'],
    ['language detected on page 1 (what Parallax does)', undefined],
  ] as const) {
    let peak = process.memoryUsage.rss();
    const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
    const started = performance.now();
    const times: number[] = [];
    let last = started;
    const result = await ocrInWorker('bench.pdf', scan, {
      ...(language === 'both' ? { language: 'both' } : {}),
      onProgress: (p) => {
        if (p.page === 0) return;
        const now = performance.now();
        times.push(now - last);
        last = now;
      },
    });
    clearInterval(watch);
    const total = (performance.now() - started) / 1000;
    const perPage = times.slice(1).reduce((a, b) => a + b, 0) / Math.max(1, times.length - 1) / 1000;
    const confidence = result.pages.map((p) => p.confidence).join(', ');
    console.log(
      `  ${label}: ${perPage.toFixed(2)} s per page after the first (${total.toFixed(1)} s in all, first page ${(times[0]! / 1000).toFixed(2)} s with start-up), confidence ${confidence}%, peak memory ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
    await closeOcrPool();
  }
}

async function qdpxBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-qdpx-'));
  try {
    const db = openLibrary(path.join(dir, 'library.sqlite'));
    const ids: number[] = [];
    for (let story = 0; story < 125; story++) {
      db.transaction(() => {
        for (let i = 0; i < 8; i += 2) {
          const [left, right] = makeReportPair(500, story * 100 + i);
          for (const [k, text] of [left, right].entries()) {
            ids.push(
              insertArticle(db, {
                title: `Story ${story}, outlet ${i + k}`,
                text,
                outlet: `Outlet ${(i + k) % 8}`,
                publishedAt: '2018-06-29',
                language: 'en',
                stories: [`Story ${story}`],
              }).id,
            );
          }
        }
      })();
    }
    let opened = 0;
    for (let s = 0; s < 125; s++)
      for (let k = 0; k < 4; k++, opened++) openComparison(db, ids[s * 8 + k * 2]!, ids[s * 8 + k * 2 + 1]!);
    console.log(
      `\nREFI-QDA export: ${ids.length.toLocaleString('en')} articles of about 500 words, ${opened} opened comparisons`,
    );
    let started = performance.now();
    const json = JSON.stringify(exportLibrary(db));
    console.log(
      `  JSON export of the library (no comparisons computed): ${((performance.now() - started) / 1000).toFixed(2)} s, ${(json.length / 1e6).toFixed(1)} MB`,
    );
    started = performance.now();
    const whole = await exportQdpx(db, {}, 'bench');
    console.log(
      `  QDPX export of the whole library: ${((performance.now() - started) / 1000).toFixed(2)} s, ${(whole.bytes.length / 1e6).toFixed(1)} MB zipped, ${whole.comparisons} comparisons`,
    );
    started = performance.now();
    const story = await exportQdpx(db, { story: 'Story 7' }, 'bench');
    console.log(
      `  QDPX export of one story (8 articles, every pair: ${story.comparisons} comparisons): ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pages = Number(process.env.BENCH_OCR_PAGES ?? 4);
await ocrBench(pages);
await qdpxBench();
