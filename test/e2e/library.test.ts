// The library in Chromium: import through the UI (files and a thousand at once), search, open, edit,
// delete and undo, against the real back end on a temporary library.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../helpers/documents';
import { SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();
let files: string;

beforeAll(() => {
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-upload-'));
});

afterAll(() => {
  fs.rmSync(files, { recursive: true, force: true });
});

describe('the library in Chromium', () => {
  it('imports files through the UI, then searches, opens, edits, deletes and undoes', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.served.url);
    await page.getByText('5 articles').waitFor();
    const txt = path.join(files, 'dépêche.txt');
    fs.writeFileSync(
      txt,
      Buffer.from(
        'Les rebelles de Deraa ont accept\xe9 la tr\xeave de douze heures, selon une source locale.',
        'latin1',
      ),
    );
    const docx = path.join(files, 'wire.docx');
    fs.writeFileSync(
      docx,
      await makeDocx([
        'Wire report on Idlib',
        'Convoys left for Idlib on Saturday with fighters who refused the deal.',
      ]),
    );
    const empty = path.join(files, 'empty.txt');
    fs.writeFileSync(empty, '');
    await page.getByLabel('Story for imported articles').fill('Uploads');
    await page.locator('input[type=file][multiple]').setInputFiles([txt, docx, empty]);
    const status = page.getByRole('status').filter({ hasText: 'Imported 3 of 3' });
    await status.waitFor();
    expect(await status.textContent()).toContain('2 imported, 0 duplicate, 1 failed');
    await page.getByText('empty.txt: empty.txt is empty.').waitFor();
    await page.getByText('7 articles').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library-import.png') });

    await page.getByLabel('Search the library').fill('treve deraa');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link', { name: /dépêche/ }).click();
    await page
      .getByRole('article')
      .getByText(/ont accepté la trêve de douze heures/)
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'library-search.png') });

    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit article details' });
    await form.getByLabel('Title').fill('Dépêche locale sur la trêve');
    await form.getByLabel('Outlet').fill('Agence locale');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Dépêche locale sur la trêve' }).waitFor();
    await page.getByLabel('Search the library').fill('');
    await page
      .getByRole('list', { name: 'Articles' })
      .getByRole('link', { name: /Dépêche locale sur la trêve/ })
      .waitFor();

    await page.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByText(/moved to the trash/).waitFor();
    await page.getByText('6 articles').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('7 articles').waitFor();
    await page.getByRole('heading', { name: 'Dépêche locale sur la trêve' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('imports a thousand files with a live count, and the window keeps drawing', async () => {
    const many = path.join(files, 'many');
    fs.mkdirSync(many);
    const names: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const p = path.join(many, `report-${String(i).padStart(4, '0')}.txt`);
      fs.writeFileSync(p, `Report ${i}: the truce in Daraa held for ${i % 24} hours, a source in unit ${i} said.`);
      names.push(p);
    }
    const page = await env.browser.newPage();
    await page.goto(env.served.url);
    await page.getByText('7 articles').waitFor();
    // Watch the page while it imports: how often the count changes, and the longest gap between frames.
    await page.evaluate(() => {
      const w = window as unknown as { seen: Set<string>; maxGap: number; watching: boolean };
      w.seen = new Set();
      w.maxGap = 0;
      w.watching = true;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - last);
        last = now;
        const s = document.querySelector('[data-testid="import-count"]')?.textContent;
        if (s) w.seen.add(s);
        if (w.watching) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.locator('input[type=file][multiple]').setInputFiles(names);
    await page.getByText('Imported 1000 of 1000: 1000 imported, 0 duplicate, 0 failed').waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - started) / 1000;
    const watch = await page.evaluate(() => {
      const w = window as unknown as { seen: Set<string>; maxGap: number; watching: boolean };
      w.watching = false;
      return { updates: w.seen.size, maxGap: w.maxGap };
    });
    console.log(
      `1,000 files imported through the UI in ${seconds.toFixed(1)} s; ${watch.updates} progress updates; longest frame gap ${watch.maxGap.toFixed(0)} ms`,
    );
    expect(watch.updates).toBeGreaterThan(10);
    await page.getByText('1,007 articles').waitFor();
    await page.close();
  });
});
