// Hostile and careless files at import: decompression bombs, texts over the article limit, huge files, link
// loops. Each is refused alone with a reason, the library is left as it was, and the next file imports.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../shared/compare';
import { MAX_ARTICLE_CHARS } from '../../shared/api';
import { importPaths } from '../../main/ingest/import';
import { countArticles, getArticle, insertArticle } from '../../main/library/articles';
import { originalBytes } from '../../main/library/originals';
import { docxBomb, pdfBomb } from '../helpers/bombs';
import { makeDocx } from '../helpers/documents';
import { directApi, useLibraryAndFiles } from '../helpers/library';

const t = useLibraryAndFiles('parallax-limits-');
const file = t.file;

const GOOD = 'The truce began on Friday in Daraa, a military source said, and it lasts twelve hours.';

async function importAlone(p: string) {
  const good = file(`good-${path.basename(p)}.txt`, `${GOOD} ${path.basename(p)}`);
  const outcomes = await importPaths(t.lib.ctx.db, [p, good]);
  expect(outcomes[1], 'the next file imports').toMatchObject({ status: 'imported' });
  expect(t.lib.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(countArticles(t.lib.ctx.db)).toBe(1);
  return outcomes[0] as { status: string; reason: string };
}

describe('decompression bombs are refused alone, with a reason', () => {
  it('a .docx whose text part expands to 300 MB', async () => {
    const o = await importAlone(file('bomb.docx', docxBomb(300)));
    expect(o.status).toBe('failed');
    expect(o.reason).toMatch(
      /^bomb\.docx was refused: its part word\/document\.xml expands to 300 MB, over the 64 MB Parallax reads \(a decompression bomb\?\)\.$/,
    );
  });

  it('a .docx that lies about how far its text part expands', async () => {
    const o = await importAlone(file('liar.docx', docxBomb(300, { declare: 4096 })));
    expect(o.reason).toBe('liar.docx was refused: it expands past the sizes it declares (a decompression bomb?).');
  });

  it('a .docx under the size limit whose text is longer than an article can be', async () => {
    const o = await importAlone(file('long.docx', docxBomb(20)));
    expect(o.reason).toMatch(
      /^long\.docx has more than 1,000,000 characters of text; Parallax keeps articles of up to 1,000,000/,
    );
  });

  it('a PDF whose content stream expands to 120 MB', async () => {
    const o = await importAlone(file('bomb.pdf', pdfBomb(120)));
    expect(o.reason).toBe(
      'bomb.pdf was refused: one of its compressed parts expands to over 64 MB (a decompression bomb?).',
    );
  });

  it('still reads a small PDF made the same way, and a real Word document', async () => {
    const pdf = await importPaths(t.lib.ctx.db, [file('small.pdf', pdfBomb(0.01))]);
    expect(pdf[0]).toMatchObject({ status: 'imported' });
    const docx = await importPaths(t.lib.ctx.db, [file('r.docx', await makeDocx(['Convoys left', GOOD]))]);
    const a = getArticle(t.lib.ctx.db, (docx[0] as { id: number }).id);
    expect(a).toMatchObject({ title: 'Convoys left', text: GOOD });
  });
});

describe('the article length limit', () => {
  it('is the comparison engine’s limit, so every stored article can be compared', () => {
    expect(MAX_ARTICLE_CHARS).toBe(MAX_TEXT_CHARS);
  });

  it('refuses a text file longer than that, saying how long it is and what to do', async () => {
    const long = `${GOOD}\n`.repeat(Math.ceil(1_200_000 / (GOOD.length + 1)));
    const o = await importAlone(file('long.txt', long));
    expect(o.reason).toBe(
      `long.txt has ${long.trim().length.toLocaleString('en')} characters of text; Parallax keeps articles of up to 1,000,000 characters (the longest text it can compare). Split it into parts and import those.`,
    );
  });

  it('refuses a pasted text longer than that through the API', async () => {
    const api = directApi(t.lib.ctx);
    await expect(api.addArticle({ title: 'Long', text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) })).rejects.toThrow(
      /text: texts are limited to 1000000 characters/,
    );
  });

  it('refuses a 1 GB text file from its size, before reading it', () => {
    const huge = path.join(t.dir, 'huge.txt');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 1024 * 1024 * 1024); // sparse: no disk used
    const db = path.join(t.dir, 'cli.sqlite');
    const run = spawnSync(
      process.execPath,
      ['-r', './test/helpers/report-peak.cjs', 'main/bin/parallax.cjs', 'import', '--db', db, '--json', huge],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: huge,
        status: 'failed',
        reason:
          'huge.txt is 1024 MB; Parallax imports .txt files of up to 20 MB. Split it, or import the article alone.',
      },
    ]);
    const peakMb = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]) / 1024;
    expect(peakMb).toBeGreaterThan(0);
    expect(peakMb).toBeLessThan(400); // reading it would have taken over 1,024 MB
  });

  it('keeps a large original whole, written in parts outside the article’s own transaction', () => {
    const bytes = Buffer.alloc(10 * 1024 * 1024 + 5);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    const { id } = insertArticle(t.lib.ctx.db, {
      title: 'Big',
      text: GOOD,
      original: { bytes, mediaType: 'application/pdf' },
    });
    expect(originalBytes(t.lib.ctx.db, id)?.equals(bytes)).toBe(true);
    expect(t.lib.ctx.db.prepare('SELECT count(*) FROM original_parts WHERE article_id = ?').pluck().get(id)).toBe(3);
    // A duplicate leaves no parts behind.
    insertArticle(t.lib.ctx.db, { title: 'Again', text: GOOD, original: { bytes, mediaType: 'application/pdf' } });
    expect(t.lib.ctx.db.prepare('SELECT count(*) FROM original_parts').pluck().get()).toBe(3);
  });
});

describe('folders with link loops', () => {
  it('walks each folder once and says which links it skipped', async () => {
    file('d/a.txt', `${GOOD} A`);
    file('d/sub/b.txt', `${GOOD} B`);
    fs.symlinkSync('.', path.join(t.dir, 'd/s1'));
    fs.symlinkSync('.', path.join(t.dir, 'd/s2'));
    fs.symlinkSync('..', path.join(t.dir, 'd/sub/up'));
    const outcomes = await importPaths(t.lib.ctx.db, [path.join(t.dir, 'd')]);
    expect(outcomes.map((o) => [path.relative(t.dir, o.file), o.status])).toEqual([
      ['d/a.txt', 'imported'],
      ['d/s1', 'skipped'],
      ['d/s2', 'skipped'],
      ['d/sub/b.txt', 'imported'],
      ['d/sub/up', 'skipped'],
    ]);
    expect((outcomes[1] as { reason: string }).reason).toBe(
      `a link to ${path.join(t.dir, 'd')}, which is already being imported`,
    );
  });
});
