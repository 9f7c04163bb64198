// The real app in the system's Chromium, served by the real `parallax serve` on a temporary library.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

describe('the app in Chromium (browser mode)', () => {
  it('renders the shell, lists the sample library through the API and opens an article', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(env.served.url);
    await page.getByText(/5 articles · browser mode/).waitFor();
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token=');
    const list = page.getByRole('list', { name: 'Articles' });
    // The count in the header and the list come from two requests: wait for the list.
    await expect.poll(() => list.getByRole('link').count()).toBe(5);
    await list.getByRole('link', { name: /Cessez-le-feu russe/ }).click();
    await page
      .getByRole('article')
      .getByText(/aurait proposé aux groupes armés/)
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-reader.png') });
    // A reload keeps working: the token stays in this tab's session storage.
    await page.reload();
    await page.getByText(/5 articles · browser mode/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses API calls made without the token, even from the page itself', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.served.origin + '/');
    const status = await page.evaluate(
      async () => (await fetch('/api/appInfo', { method: 'POST', body: '{}' })).status,
    );
    expect(status).toBe(401);
    await page
      .getByRole('banner')
      .getByText(/no access token/)
      .waitFor();
    await page.close();
  });

  it('follows a dark system theme', async () => {
    const page = await env.browser.newPage({ colorScheme: 'dark' });
    await page.goto(env.served.url);
    await page.getByText(/5 articles/).waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(23, 25, 28)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'shell-dark.png') });
    await page.close();
  });
});
