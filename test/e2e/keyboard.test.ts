// Keyboard only, in Chromium: Tab reaches every control of the window (import included, which opens the file
// chooser), and a comparison can be walked, a claim linked by hand and its verdict set without a pointer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

/** The accessible name (roughly) of what has focus. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  });

async function tabUntil(page: Page, name: string | RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('the keyboard alone', () => {
  it('reaches every control of the window with Tab, and imports through the file chooser', async () => {
    const page = await openPage(env.browser);
    // Listening early turns on Playwright's file-chooser interception before any key opens one (it is enabled
    // asynchronously when the first listener is added).
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.goto(env.served.url);
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    for (const control of [
      'Parallax',
      'Check a claim',
      'Compare reports',
      'Help',
      'Settings',
      'Trash',
      'Import files…',
      'Import a folder…',
      'Paste text…',
      'Story for imported articles',
      'Search the library',
      'Sort by',
      'Filter by outlet',
      'Filter by language',
      'Filter by story',
      'Filter by tag',
    ]) {
      expect(seen, control).toContain(control);
    }
    expect(seen.some((s) => /^The New Arab on the Russian ultimatum/.test(s))).toBe(true);
    // Enter on "Import files…" opens the system's file chooser.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-kb-')), 'wire.txt');
    fs.writeFileSync(file, 'Convoys left Deraa for Idlib on Saturday, a local source said.');
    await page.getByRole('button', { name: 'Import files…' }).focus();
    expect(await focused(page)).toBe('Import files…');
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length).toBe(1);
    const chooser = choosers[0]!;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(file);
    await page.getByText('Imported 1 of 1: 1 imported, 0 duplicate, 0 failed').waitFor();
    await page.close();
  });

  it('walks the differences, links a claim by hand after a warning, and sets its verdict', async () => {
    const page = await openPage(env.browser, { width: 1440, height: 900 });
    await page.goto(`${env.served.url}`);
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    await page.goto(`${env.served.origin}/#/compare/4/5`);
    await page.locator('[data-claim]').first().waitFor();
    const details = page.getByRole('complementary', { name: 'Selected link' });
    // D visits every difference: conflict, framing and the claim only the right report makes.
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('d');
      await details.waitFor();
      visited.push(await details.locator('h3 > [data-mark]').innerText());
    }
    expect(visited).toEqual(expect.arrayContaining(['≠Conflict', '≈Framing', '○Only in the right report']));
    expect(visited.every((v) => /^(≠Conflict|≈Framing|○Only in the (left|right) report)$/.test(v))).toBe(true);
    expect(visited.slice(0, 3)).not.toEqual(visited.slice(1, 4));
    while (!(await details.locator('h3').innerText()).includes('Only in the right report'))
      await page.keyboard.press('d');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-only-claim.png') });

    await tabUntil(page, 'Link to a claim in the left report…');
    await page.keyboard.press('Enter');
    const notice = page.getByRole('status').filter({ hasText: /^Linking/ });
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(
      /Linking “The government offensive began on 19 June\.”: choose its counterpart in the left report\./,
    );
    // Focus is in the left text: up to its first claim, which is linked already.
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatch(/^Agree[^:]*: Summary written for the Parallax sample library/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Replace an existing link?' });
    await dialog.waitFor();
    const question = await dialog.innerText();
    expect(question).toMatch(
      /“Summary written for the Parallax sample library;.*” is already linked to “Summary written/,
    );
    expect(question).not.toMatch(/\b[LR]\d+\b/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-replace-link.png') });
    expect(await focused(page)).toBe('Keep the existing link');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Replace the link');
    await page.keyboard.press('Enter');
    // The new link opens with its verdict in front of the researcher.
    await details.getByText(/^Linked by hand\./).waitFor();
    await expect.poll(() => focused(page)).toBe('Change verdict');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-linked.png') });
    const verdict = details.getByLabel('Change verdict');
    const was = await verdict.inputValue();
    await page.keyboard.press(was === 'agree' ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(() => verdict.inputValue()).not.toBe(was);
    await page.locator('[data-edited]').first().waitFor();
    // Escape closes the details, and the address forgets the selection.
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/#\/compare\/4\/5$/);
    await page.getByRole('button', { name: 'Undo correction' }).click();
    await page.getByRole('button', { name: 'Undo correction' }).click();
    await page.close();
  });

  it('shows the shortcuts with ? and closes them with Escape, giving focus back', async () => {
    const page = await openPage(env.browser);
    await page.goto(env.served.url);
    await page.getByRole('heading', { name: /Choose an article/ }).waitFor();
    await page.getByRole('link', { name: 'Compare reports' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/Next difference of any kind/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('Compare reports');
    await page.close();
  });
});
