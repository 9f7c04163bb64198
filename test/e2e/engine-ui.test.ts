// What the engine adds to the screens, in Chromium: a report that calls the other's story false is named in a
// banner with its sentence; a conflict says how often conflicts found its way were real; the library's lexicon is listed, added to, exported and imported; and "treat these as
// the same" from a link adds to it and recomputes the comparison. Screenshots in English and French.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import type { Page } from 'playwright-core';
import { call, openPage, SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

/** Opens the app with this run's token (kept in the tab), then the route. */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.goto(env.served.url);
  await page.locator('header h1').waitFor();
  await page.goto(`${env.served.origin}/${hash}`);
}

async function addPair(left: string, right: string): Promise<[number, number]> {
  const a = await call<{ id: number }>(env.served, 'addArticle', {
    title: 'The death report',
    text: left,
    outlet: 'Daily One',
  });
  const b = await call<{ id: number }>(env.served, 'addArticle', {
    title: 'The debunk',
    text: right,
    outlet: 'Check Desk',
  });
  return [a.id, b.id];
}

describe('the engine on the screens', () => {
  it('names a report that calls the other story false, in both languages, and shows its sentence', async () => {
    const [a, b] = await addPair(
      'The singer died on Sunday at his home in Malibu, his agent said. Fans gathered outside the house.',
      'The story that the singer died on Sunday is a hoax. He is alive and well and will tour in May.',
    );
    for (const language of ['en', 'fr'] as const) {
      const t = language === 'en' ? en : fr;
      const page = await openPage(env.browser, { language });
      await goTo(page, `#/compare/${a}/${b}`);
      const banner = page.getByRole('note', { name: t.compare.disputeLabel });
      await banner.getByText(t.compare.dispute.right).waitFor();
      await expect.poll(() => banner.textContent()).toContain('is a hoax');
      await page.screenshot({ path: path.join(SCREENSHOTS, `compare-dispute-${language}.png`) });
      // Most conflicts found between English reports were wrong: the comparison says so, and the conflict says how
      // often conflicts found its way were real (shared/compare/data/reliability.json).
      const caution = language === 'en' ? /^Conflicts to check: / : /^Contradictions à vérifier\s: /;
      await page.getByRole('note').filter({ hasText: caution }).waitFor();
      await banner.getByRole('button', { name: t.compare.disputeShow }).click();
      await expect.poll(() => page.url()).toMatch(/claim=R1$/);
      const measured = page
        .getByRole('complementary')
        .getByRole('note')
        .filter({
          hasText:
            language === 'en'
              ? /^Measured on .*: \d+ of the \d+ conflicts/
              : /^Mesuré sur .*\s: \d+ des \d+ contradictions/,
        });
      await measured.waitFor();
      await page.screenshot({ path: path.join(SCREENSHOTS, `compare-reliability-${language}.png`) });
      await page.close();
    }
  });

  it('lists the lexicon, adds to it, exports it and imports it back', async () => {
    const page = await openPage(env.browser, { acceptDownloads: true });
    await goTo(page, '#/lexicon');
    await page.getByRole('heading', { name: en.lexicon.title, level: 2 }).waitFor();
    // The sample library comes with its story's names and framing.
    const aliases = page.getByRole('region', { name: en.lexicon.kinds.alias });
    await expect.poll(() => aliases.getByRole('listitem').count()).toBe(2);
    await page.getByLabel(en.lexicon.termsHint.alias).fill('Kyiv\nKiev');
    await page.getByRole('button', { name: en.lexicon.addButton, exact: true }).click();
    await expect.poll(() => aliases.getByRole('listitem').count()).toBe(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'lexicon-en.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: en.lexicon.export }).click(),
    ]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-lexicon-')), 'lexicon.json');
    await download.saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; entries: unknown[] };
    expect(exported.format).toBe('parallax-lexicon');
    expect(exported.entries).toHaveLength(4);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: en.lexicon.import }).click(),
    ]);
    await chooser.setFiles(file);
    await page
      .getByRole('status')
      .getByText(/0 entries added \(4 already there\)/)
      .waitFor();

    const removeKyiv = page.getByRole('button', { name: en.lexicon.removeLabel.replace('{{terms}}', 'Kyiv, Kiev') });
    await removeKyiv.click();
    await expect.poll(() => aliases.getByRole('listitem').count()).toBe(2);
    await page.close();

    const french = await openPage(env.browser, { language: 'fr' });
    await goTo(french, '#/lexicon');
    await french.getByRole('heading', { name: fr.lexicon.title, level: 2 }).waitFor();
    await french.screenshot({ path: path.join(SCREENSHOTS, 'lexicon-fr.png') });
    await french.close();
  });

  it('adds "treat these as the same" from a link, and the comparison is recomputed with it', async () => {
    const [a, b] = await addPair(
      'The Islamic Resistance Movement fired rockets at the border town on Friday.',
      'Hamas fired rockets at the border town on Friday.',
    );
    const page = await openPage(env.browser);
    await goTo(page, `#/compare/${a}/${b}?claim=L1`);
    const details = page.getByRole('complementary');
    const before = await details.getByText(/same fact \d+%/).textContent();
    await details.getByRole('button', { name: en.lexicon.fromLink }).click();
    await details.getByLabel(en.lexicon.left).fill('Islamic Resistance Movement');
    await details.getByLabel(en.lexicon.right).fill('Hamas');
    await details.getByRole('button', { name: en.lexicon.asAlias }).click();
    await expect.poll(async () => details.getByText(/same fact \d+%/).textContent()).not.toBe(before);
    const entries = await call<{ terms: string[] }[]>(env.served, 'listLexicon');
    expect(entries.some((e) => e.terms.includes('Hamas'))).toBe(true);
    await page.close();
  });
});
