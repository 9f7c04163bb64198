// OCR of scans the tests make (text typeset, rendered to an image, kept as PNG, TIFF or an image-only PDF): the
// words come back, each page's confidence is kept, progress is reported page by page, a blank page and a
// cancelled scan each end with a clear outcome and nothing stored, and nothing is fetched.
import { afterAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../main/ingest/import';
import { closeParsePool } from '../../main/ingest/parse-pool';
import { closeOcrPool } from '../../main/ingest/ocr/ocr-pool';
import { cancelOcr, ocrStatus } from '../../main/ingest/ocr/activity';
import { countArticles, getArticle } from '../../main/library/articles';
import { directApi, useLibraryAndFiles } from '../helpers/library';
import { blankPng, scannedPage, scannedPdf, tiff } from '../helpers/scans';

const t = useLibraryAndFiles('parallax-ocr-');
afterAll(async () => {
  await closeParsePool();
  await closeOcrPool();
});

const FRENCH = [
  'Le cessez-le-feu tient depuis vendredi dans la ville de Deraa,',
  'selon les habitants joints par telephone samedi matin.',
];
const ENGLISH = ['Aid convoys reached the town of Busra on Saturday,', 'carrying forty trucks of food and medicine.'];

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);

describe('OCR', () => {
  it('reads a scanned image (PNG), keeps its page confidence and says so in the provenance', async () => {
    const page = await scannedPage(FRENCH);
    const outcome = await importBytes(t.lib.ctx.db, 'clipping.png', page.png);
    expect(outcome.status).toBe('imported');
    const article = getArticle(t.lib.ctx.db, (outcome as { id: number }).id);
    const got = words(article.text);
    for (const w of ['cessez-le-feu', 'vendredi', 'deraa', 'habitants', 'samedi']) expect(got).toContain(w);
    expect(article.language).toBe('fr');
    expect(article.provenance).toMatch(
      /text read by OCR \(tesseract\.js, French and English\), 1 page, confidence \d+%/,
    );
    const pages = t.lib.ctx.db
      .prepare('SELECT page, confidence FROM ocr_pages WHERE article_id = ?')
      .all(article.id) as {
      page: number;
      confidence: number;
    }[];
    expect(pages).toHaveLength(1);
    expect(pages[0]!.confidence).toBeGreaterThan(80);
  });

  it('reads a PDF without a text layer page by page, reporting progress, in the language of its first page', async () => {
    const pdf = await scannedPdf([
      (await scannedPage(ENGLISH)).png,
      (await scannedPage(['The UN said more convoys would follow next week.'])).png,
    ]);
    const seen: string[] = [];
    const outcome = await importBytes(t.lib.ctx.db, 'scan.pdf', pdf, {
      onOcrProgress: (p) => seen.push(`${p.page}/${p.pages}`),
    });
    expect(outcome.status).toBe('imported');
    expect(seen).toEqual(['0/2', '1/2', '2/2']);
    const article = getArticle(t.lib.ctx.db, (outcome as { id: number }).id);
    const got = words(article.text);
    for (const w of ['convoys', 'busra', 'saturday', 'forty', 'medicine', 'follow']) expect(got).toContain(w);
    expect(article.text.indexOf('Busra')).toBeLessThan(article.text.indexOf('follow'));
    expect(article.provenance).toMatch(/Imported from scan\.pdf; text read by OCR \(tesseract\.js, English\), 2 pages/);
    expect(t.lib.ctx.db.prepare('SELECT count(*) FROM ocr_pages').pluck().get()).toBe(2);
  });

  it("reads scans in the library's language when the settings name one; an import's own language wins", async () => {
    const api = directApi(t.lib.ctx);
    const upload = (name: string, png: Uint8Array) => ({
      files: [{ name, data: Buffer.from(png).toString('base64') }],
    });
    await api.updateSettings({ scanLanguage: 'fr' });
    const [asFrench] = await api.importFiles(upload('as-french.png', (await scannedPage(ENGLISH)).png));
    expect(getArticle(t.lib.ctx.db, asFrench!.id!).provenance).toMatch(/OCR \(tesseract\.js, French\)/);
    const other = (await scannedPage(['The UN said more convoys would follow next week.'])).png;
    const [chosen] = await api.importFiles({ ...upload('as-english.png', other), ocrLanguage: 'en' });
    expect(getArticle(t.lib.ctx.db, chosen!.id!).provenance).toMatch(/OCR \(tesseract\.js, English\)/);
  });

  it('reads a TIFF scan', async () => {
    const outcome = await importBytes(t.lib.ctx.db, 'fax.tif', tiff(await scannedPage(ENGLISH)));
    expect(outcome.status).toBe('imported');
    const got = words(getArticle(t.lib.ctx.db, (outcome as { id: number }).id).text);
    for (const w of ['convoys', 'busra', 'trucks']) expect(got).toContain(w);
  });

  it('says when a scan has no text, and stores nothing', async () => {
    const outcome = await importBytes(t.lib.ctx.db, 'blank.png', blankPng());
    expect(outcome).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/blank\.png: OCR found no text in it/),
    });
    expect(countArticles(t.lib.ctx.db)).toBe(0);
  });

  it('stops a long scan when cancelled, and stores nothing of it', async () => {
    const page = (await scannedPage(ENGLISH)).png;
    const pdf = await scannedPdf(Array.from({ length: 12 }, () => page));
    let cancelled = false;
    const outcome = await importBytes(t.lib.ctx.db, 'long.pdf', pdf, {
      onOcrProgress: (p) => {
        if (p.page === 1 && !cancelled) {
          expect(ocrStatus().running).toEqual([{ file: 'long.pdf', page: 1, pages: 12 }]);
          cancelled = true;
          expect(cancelOcr().cancelled).toBe(1);
        }
      },
    });
    expect(cancelled).toBe(true);
    expect(outcome).toMatchObject({ status: 'failed', reason: 'Reading long.pdf was cancelled.' });
    expect(ocrStatus().running).toEqual([]);
    expect(countArticles(t.lib.ctx.db)).toBe(0);
  });
});
