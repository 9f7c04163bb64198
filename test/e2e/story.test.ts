// The story view in Chromium on a story of four reports in two languages (the sample's French report and three
// English ones): a shared fact in one row, the conflicting row marked, exclusives shown, two cells of a row
// opening the two reports at that fact, the keyboard (arrows between cells, N/P between conflicts, Enter), a
// correction from the story view, and the screen in English and French, light and dark.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import { call, openPage, SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();
const STORY = 'Four reports';
const HASH = `#/story/${encodeURIComponent(STORY)}`;

interface Summary {
  id: number;
  outlet: string | null;
  stories: string[];
}

let ids: Record<string, number>;

beforeAll(async () => {
  const articles = await call<Summary[]>(env.served, 'listArticles', {});
  const id = (outlet: string | null) => articles.find((a) => a.outlet === outlet)!.id;
  ids = { french: id(null), cnn: id('CNN'), masdar: id('Al-Masdar News'), newArab: id('The New Arab') };
  for (const articleId of Object.values(ids)) {
    const a = articles.find((x) => x.id === articleId)!;
    await call(env.served, 'updateArticle', { id: articleId, stories: [...a.stories, STORY] });
  }
});

async function openStory(page: Page): Promise<void> {
  await page.goto(env.served.url);
  await page.locator('header h1').waitFor();
  await page.goto(`${env.served.origin}/${HASH}`);
  await page.locator('[role=grid] [role=gridcell]').first().waitFor();
}

const row = (page: Page, verdict: string) => page.locator(`[role=grid] tr[data-verdict=${verdict}]`);
const cell = (rowLocator: ReturnType<typeof row>, articleId: number) =>
  rowLocator.locator(`[role=gridcell][data-article="${articleId}"]`);

describe('the story view in Chromium', () => {
  it('shows a shared fact in one row, the conflict marked, exclusives, and opens two reports from two cells', async () => {
    const page = await openPage(env.browser, { width: 1440, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openStory(page);
    expect(await page.locator('main h2').textContent()).toBe(`Story: ${STORY}`);
    // Four columns, the French report's among them.
    const headers = await page.locator('[role=grid] thead th').allTextContents();
    expect(headers).toHaveLength(5);
    expect(headers.join(' ')).toMatch(/French/);
    // "Fighters who refuse will be taken north": the French report, Al-Masdar and The New Arab in one row.
    const north = page.locator('[role=grid] tr', { hasText: 'taken north to Idlib and Aleppo' });
    expect(await north.count()).toBe(1);
    for (const a of [ids.french!, ids.masdar!, ids.newArab!]) {
      expect(await cell(north, a).getAttribute('data-empty')).toBeNull();
    }
    expect(await cell(north, ids.cnn!).textContent()).toBe(en.story.notReported);
    // The conflicting row is marked: who proposed the truce (Al-Masdar against The New Arab).
    const conflict = row(page, 'conflict').filter({ hasText: 'themselves proposed' });
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('th').textContent()).toContain('≠');
    expect(await cell(conflict, ids.masdar!).getAttribute('data-mark')).toBe('conflict');
    // What only one outlet reports: CNN's rows.
    const exclusive = row(page, 'only').filter({ hasText: en.story.exclusiveOf.replace('{{outlet}}', 'CNN') });
    expect(await exclusive.count()).toBeGreaterThan(0);
    // Coverage at a glance: a row per outlet and two charts.
    expect(await page.locator('section[aria-labelledby=story-coverage] tbody tr').count()).toBe(4);
    expect(await page.locator('section[aria-labelledby=story-coverage] svg[role=img]').count()).toBe(2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'story-four-reports.png'), fullPage: true });

    // Conflicts only, then the two cells of the conflicting row: the comparison opens at that fact.
    await page.getByLabel(en.story.conflictsOnly).check();
    expect(await page.locator('[role=grid] tbody tr[data-verdict]:not([data-verdict=conflict])').count()).toBe(0);
    const onlyConflict = row(page, 'conflict').filter({ hasText: 'themselves proposed' });
    await cell(onlyConflict, ids.masdar!).click();
    await page
      .locator('main p[aria-live]', { hasText: en.story.picked.replace('{{outlet}}', 'Al-Masdar News').slice(0, 30) })
      .waitFor();
    await page.getByRole('complementary', { name: en.story.details }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'story-picked.png') });
    await cell(onlyConflict, ids.newArab!).click();
    await page.waitForURL(new RegExp(`#/compare/${ids.masdar}/${ids.newArab}\\?claim=L2$`));
    await page.locator('[data-claim][aria-pressed=true]').first().waitFor();
    expect(await page.locator('[data-side=left] [data-claim][aria-pressed=true]').textContent()).toContain(
      'Russian reconciliation centre offered',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves between cells with the arrows and between conflicts with N/P, and opens two cells with Enter', async () => {
    const page = await openPage(env.browser, { width: 1440, height: 900 });
    await openStory(page);
    await page.locator('[role=grid] [role=gridcell][tabindex="0"]').focus();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { row: el.dataset.row, column: el.dataset.column, verdict: el.closest('tr')?.dataset.verdict };
      });
    expect(await focused()).toMatchObject({ column: '0' });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ column: '1' });
    await page.keyboard.press('ArrowDown');
    const down = await focused();
    expect(down.column).toBe('1');
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatchObject({ column: '0', row: down.row });
    // N: the next conflicting fact, focused on its first reported cell; P comes back to it from further on.
    await page.keyboard.press('n');
    const first = await focused();
    expect(first.verdict).toBe('conflict');
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    expect((await focused()).verdict).toBe('conflict');
    // Enter on two reported cells of the conflicting row opens the comparison.
    const conflictRow = row(page, 'conflict').filter({ hasText: 'themselves proposed' });
    await cell(conflictRow, ids.masdar!).focus();
    await page.keyboard.press('Enter');
    expect(await cell(conflictRow, ids.masdar!).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await cell(conflictRow, ids.masdar!).getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/compare\/\d+\/\d+\?claim=L\d+$/);
    await page.close();
  });

  it('keeps a correction made in the story view, and undoes it', async () => {
    const page = await openPage(env.browser, { width: 1440, height: 900 });
    await openStory(page);
    const north = page.locator('[role=grid] tr', { hasText: 'taken north to Idlib and Aleppo' });
    await cell(north, ids.masdar!).click();
    const details = page.getByRole('complementary', { name: en.story.details });
    const links = details.locator('ul').last().locator('li');
    const before = await links.count();
    expect(before).toBeGreaterThan(1);
    await links.first().getByRole('combobox').selectOption('conflict');
    await expect.poll(() => row(page, 'conflict').filter({ hasText: 'taken north' }).count()).toBe(1);
    await page.getByRole('button', { name: en.compare.undo }).click();
    await expect.poll(() => row(page, 'conflict').filter({ hasText: 'taken north' }).count()).toBe(0);
    await page.keyboard.press('Control+z'); // nothing left to undo here: no change
    const again = page.locator('[role=grid] tr', { hasText: 'taken north to Idlib and Aleppo' });
    await cell(again, ids.masdar!).click();
    await details.locator('ul').last().locator('li').first().getByRole('combobox').selectOption('conflict');
    await expect.poll(() => row(page, 'conflict').filter({ hasText: 'taken north' }).count()).toBe(1);
    await page.reload();
    await page.locator('[role=grid] [role=gridcell]').first().waitFor();
    expect(await row(page, 'conflict').filter({ hasText: 'taken north' }).count()).toBe(1);
    await page.close();
  });

  it('is screenshotted in English and French, light and dark', async () => {
    for (const [language, theme] of [
      ['en', 'light'],
      ['en', 'dark'],
      ['fr', 'light'],
      ['fr', 'dark'],
    ] as const) {
      const page = await openPage(env.browser, { language, theme, width: 1440, height: 900 });
      await openStory(page);
      const t = language === 'fr' ? fr : en;
      expect(await page.locator('main h2').textContent()).toBe(t.story.title.replace('{{story}}', STORY));
      await page.screenshot({ path: path.join(SCREENSHOTS, `story-matrix-${language}-${theme}.png`) });
      await page.close();
    }
  });
});
