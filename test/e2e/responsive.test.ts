// The page stays responsive while the engine works: the comparison runs in a worker, so while two very long
// reports are compared the researcher sees its progress, can search the library (a click and an answer from the
// back end), and can stop it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReportPair } from '../helpers/long-text';
import { SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

describe('a long comparison in Chromium', () => {
  it('shows progress, answers a search while it computes, and stops when asked', async () => {
    // About 900,000 characters a side: near the longest text an article may have, seconds of engine work.
    const [textA, textB] = makeReportPair(135_000, 77);
    for (const [title, text] of [
      ['Very long report A', textA],
      ['Very long report B', textB],
    ] as const) {
      const res = await fetch(`${env.served.origin}/api/addArticle`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${env.served.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, text, outlet: title }),
      });
      expect(res.status).toBe(200);
    }
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(env.served.url);
    await page.getByRole('button', { name: 'Compare reports' }).click();
    for (const [side, title] of [
      ['Left report', 'Very long report A'],
      ['Right report', 'Very long report B'],
    ] as const) {
      const select = page.getByLabel(side, { exact: true });
      const value = await select.locator('option', { hasText: title }).first().getAttribute('value');
      await select.selectOption(value!);
    }
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    const progress = page.getByRole('progressbar', { name: 'Progress of the comparison' });
    await progress.waitFor();
    // While the engine works: clicks (the folded library opened, the search box), words typed, and the back end's
    // answer shown.
    await page.getByRole('button', { name: 'Show the library' }).click();
    await page.getByLabel('Search the library').click();
    await page.getByLabel('Search the library').fill('Deraa');
    await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first().waitFor();
    expect(await progress.isVisible(), 'the comparison was still running when the search was answered').toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-progress.png') });

    await page.getByRole('button', { name: 'Stop' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Stopped\./)
      .waitFor();
    expect(await progress.count()).toBe(0);
    await page.close();
  });
});
