// Views in the address, in Chromium: reload, Back/Forward and a bookmarked address bring back the view and the
// selected link; a malformed address is ignored; one to something gone says so with a way back; and the
// browser-mode token never appears in an address.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, pick, SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

/** The selected claims, left first; a link may hold two sentences of one side. */
const selected = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-claim][aria-pressed=true]')].map((el) => ({
      id: el.dataset.claim!,
      top: el.getBoundingClientRect().top,
    })),
  );
/** How far apart the first selected claim of each side is: levelled links are within a line. */
const gap = (claims: { id: string; top: number }[]) =>
  Math.abs(claims.find((c) => c.id.startsWith('L'))!.top - claims.find((c) => c.id.startsWith('R'))!.top);

describe('views in the address', () => {
  it('bring back the comparison and its selected link after a reload, and Back/Forward walk the views', async () => {
    const page = await openPage(env.browser);
    const urls: string[] = [];
    page.on('framenavigated', (f) => urls.push(f.url()));
    await page.goto(env.served.url);
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    expect(page.url()).toMatch(/\/#\/$/);
    await page.getByRole('link', { name: 'Compare reports' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/compare$/);
    await pick(page, 'Left report', 'Al-Masdar News');
    await pick(page, 'Right report', 'The New Arab');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator('[data-claim]').first().waitFor();
    await page.keyboard.press('n');
    await expect.poll(() => page.url()).toMatch(/#\/compare\/\d+\/\d+\?claim=L\d+$/);
    const address = page.url();
    const before = await selected(page);
    expect(before.length).toBeGreaterThanOrEqual(2);

    await page.reload();
    const details = page.getByRole('complementary', { name: 'Selected link' });
    await details.waitFor();
    expect(page.url()).toBe(address);
    const after = await selected(page);
    expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
    // Brought level again, as when it was selected.
    expect(gap(after)).toBeLessThan(40);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'route-restored.png') });

    await page.goBack();
    await page.getByRole('heading', { name: 'Compare two reports' }).waitFor();
    await page.goForward();
    await details.waitFor();
    expect(page.url()).toBe(address);
    // Reading an article is one more step back in history.
    await page.getByRole('button', { name: 'Show the library' }).click();
    await page.getByRole('list', { name: 'Articles' }).getByRole('link').first().click();
    await page.getByRole('article').waitFor();
    expect(page.url()).toMatch(/#\/article\/\d+$/);
    await page.goBack();
    await details.waitFor();
    expect(page.url()).toBe(address);
    // The token was only in the address `parallax serve` printed: no later address carries it.
    expect(urls[0]).toContain('#token=');
    expect(urls.slice(1).filter((u) => u.includes('token'))).toEqual([]);
    await page.close();
  });

  it('opens a bookmarked address in the tab, with its selection', async () => {
    const page = await openPage(env.browser);
    await page.goto(env.served.url);
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    await page.goto(`${env.served.origin}/#/compare/4/5?claim=R2`);
    await page.reload();
    const details = page.getByRole('complementary', { name: 'Selected link' });
    await details.waitFor();
    expect((await selected(page)).map((s) => s.id)).toContain('R2');
    await page.goto(`${env.served.origin}/#/check?claim=Fighters%20who%20refuse%20will%20be%20taken%20north`);
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Claim to check').inputValue())
      .toBe('Fighters who refuse will be taken north');
    await page.getByRole('region', { name: /^Support it/ }).waitFor();
    await page.close();
  });

  it('ignores a malformed address, and says clearly when one names something gone, with a way back', async () => {
    const page = await openPage(env.browser);
    await page.goto(env.served.url);
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    for (const hash of ['#/compare/4/abc', '#/article/', '#/%E0%A4%A', '#/nowhere/at/all', '#/compare/4/4']) {
      await page.goto(`${env.served.origin}/${hash}`);
      await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    }
    await page.goto(`${env.served.origin}/#/article/999`);
    await page.getByRole('heading', { name: 'This article is not in the library' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'route-not-found.png') });
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    await page.goto(`${env.served.origin}/#/compare/4/999`);
    await page.getByRole('heading', { name: 'This comparison cannot be opened' }).waitFor();
    await page.close();
  });
});
