// A new user, in Chromium: the one-screen guide on first run (the four marks, and that verdicts are computed
// suggestions to check and correct), once; the interface language switched in Settings and kept across a
// restart of Parallax; and the banner with Retry when Parallax stops answering.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, SCREENSHOTS, serve } from './browser';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-first-run-'));
const db = path.join(dir, 'library.sqlite');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a new user', () => {
  it('meets the guide once, switches to French, and finds French again after a restart', async () => {
    const browser = await launchChromium();
    let served = await serve([], db);
    try {
      const page = await openPage(browser, { width: 1024, height: 700 });
      await page.goto(served.url);
      const guide = page.getByRole('dialog', { name: 'Welcome to Parallax' });
      await guide.waitFor();
      const text = await guide.innerText();
      expect(text).toMatch(/The verdicts are computed suggestions\./);
      expect(text).toMatch(/Check each verdict against the texts and correct it/);
      for (const mark of ['Agree', 'Conflict', 'Framing', 'Only in this report']) expect(text).toContain(mark);
      // One screen: its button is in view without scrolling the page.
      const start = guide.getByRole('button', { name: 'Start' });
      const box = (await start.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(700);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'first-run-guide.png') });
      await start.click();
      await guide.waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Interface language').selectOption('fr');
      await page.getByRole('link', { name: 'Comparer des textes' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      await page.close();

      await served.stop();
      served = await serve([], db);
      const again = await openPage(browser, { language: 'en' });
      await again.goto(served.url);
      await again.getByRole('heading', { name: 'Choisissez un article, ou comparez deux textes' }).waitFor();
      await again.getByText(/5 articles · mode navigateur/).waitFor();
      // Help brings the guide back, in French.
      const header = again.getByRole('banner');
      await header.getByRole('button', { name: 'Aide' }).click();
      await header.getByRole('button', { name: 'Guide : ce que signifient les marques' }).click();
      await again
        .getByRole('dialog', { name: 'Bienvenue dans Parallax' })
        .getByText('Les verdicts sont des suggestions calculées.')
        .waitFor();
      await again.close();
    } finally {
      await served.stop();
      await browser.close();
    }
  });

  it('sees a banner with Retry when Parallax stops answering, instead of a search that fails in silence', async () => {
    const browser = await launchChromium();
    const served = await serve();
    try {
      const page = await openPage(browser, { width: 1024, height: 700 });
      await page.goto(served.url);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('list', { name: 'Articles' }).waitFor();
      await served.stop();
      await page.getByLabel('Search the library').fill('Deraa');
      const banner = page.getByRole('alert').filter({ hasText: 'Parallax is not answering.' }).first();
      await banner.waitFor();
      expect(await banner.innerText()).toMatch(/start it again, then retry/);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'not-answering.png') });
      await banner.getByRole('button', { name: 'Retry' }).click();
      await banner.getByRole('button', { name: 'Retry' }).waitFor();
      expect(await banner.isVisible()).toBe(true);
      await page.close();
    } finally {
      await served.stop();
      await browser.close();
    }
  });
});
