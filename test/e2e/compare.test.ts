// The comparison screen in Chromium, as a new user meets it: the sample comparison, every verdict named,
// keyboard navigation between conflicts, a correction that survives a reload, exports, and long texts.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import { makeReportPair } from '../helpers/long-text';
import { call, openPage, pick, SCREENSHOTS, useServedBrowser } from './browser';

const env = useServedBrowser();

/** Opens the sample comparison through the picker, as a user would, in the page's language. */
async function openSample(page: Page, t: typeof en = en): Promise<void> {
  await page.goto(env.served.url);
  await page.getByRole('link', { name: t.nav.compare }).click();
  await pick(page, t.picker.left, 'Al-Masdar News');
  await pick(page, t.picker.right, 'The New Arab');
  await page.getByRole('button', { name: t.picker.compare, exact: true }).click();
  await page.locator('[data-claim]').first().waitFor();
}

describe('side-by-side comparison in Chromium', () => {
  it('shows claims of every verdict with accessible names, and moves through conflicts with the keyboard', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openSample(page);
    // Claims are named "<verdict>[, edited][ (<first reason>)]: <text>"; the filter buttons have no colon.
    for (const name of [/^Agree[^:]*: /, /^Conflict[^:]*: /, /^Framing[^:]*: /, /^Only in this report[^:]*: /]) {
      expect(await page.getByRole('button', { name }).count(), String(name)).toBeGreaterThan(0);
    }
    // Verdicts are not told by colour alone: each claim carries an icon and its own underline style.
    const styles = await page.evaluate(() =>
      ['agree', 'conflict', 'framing', 'only'].map((m) => {
        const el = document.querySelector(`[data-claim][data-mark=${m}]`)!;
        return [getComputedStyle(el).textDecorationStyle, el.querySelector('[aria-hidden]')!.textContent];
      }),
    );
    expect(new Set(styles.map((s) => s[0])).size).toBe(4);
    expect(new Set(styles.map((s) => s[1])).size).toBe(4);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-sample.png') });

    await page.keyboard.press('n');
    const details = page.getByRole('complementary', { name: 'Selected link' });
    await details.getByText('Conflict', { exact: false }).first().waitFor();
    await expect.poll(() => details.locator('[data-kind]').allTextContents()).toContain('actor');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused).toMatch(/^Conflict/);
    // The counterpart is level with the selected claim (a link may hold two sentences of one side).
    const tops = await page.evaluate(() => {
      const top = (side: string) =>
        (
          document.querySelector(`[data-side=${side}] [data-claim][aria-pressed=true]`) as HTMLElement
        ).getBoundingClientRect().top;
      return [top('left'), top('right')];
    });
    expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(40);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-conflict.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a corrected verdict after a reload, marked as edited, and can undo it', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openSample(page);
    await page.keyboard.press('n');
    await page.getByLabel('Change verdict').selectOption('agree');
    await page.locator('[data-edited]').first().waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Compare reports' }).click();
    await page.getByRole('link', { name: /Al-Masdar News ↔ The New Arab/ }).click();
    const edited = page.getByRole('button', { name: /^Agree, corrected/ });
    await edited.first().waitFor();
    expect(await edited.count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('button', { name: /^Conflict[^:]*: / }).count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-corrected.png') });
    await page.getByRole('button', { name: 'Undo correction' }).click();
    await page
      .getByRole('button', { name: /^Conflict[^:]*: / })
      .first()
      .waitFor();
    expect(await page.locator('[data-edited]').count()).toBe(0);
    await page.close();
  });

  it('exports HTML and CSV with the links, verdicts and reasons', async () => {
    const page = await env.browser.newPage({ acceptDownloads: true });
    await openSample(page);
    const save = async (format: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: new RegExp(`^${format}`) }).click(),
      ]);
      return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const html = await save('HTML');
    expect(html.name).toBe('parallax-al-masdar-news-vs-the-new-arab.html');
    expect(html.text).toContain('<mark class="v-conflict"');
    expect(html.text).toContain('Russian reconciliation centre');
    expect(html.text).toMatch(/<b>actor<\/b>/);
    expect(html.text).not.toMatch(/<script/i);
    const csv = await save('CSV');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('left claim,right claim,verdict,strength,confidence,reasons,note,edited');
    expect(lines.some((l) => l.includes(',conflict,') && l.includes('actor:'))).toBe(true);
    // A printable report: the HTML opens in the browser on its own, with nothing remote.
    const report = await env.browser.newPage();
    await report.setContent(html.text);
    expect(await report.locator('table tr').count()).toBeGreaterThan(3);
    await report.screenshot({ path: path.join(SCREENSHOTS, 'report-html.png'), fullPage: true });
    await report.close();
    await page.close();
  });

  it('opens two 8,000-word reports and reports the time to first render', async () => {
    const [textA, textB] = makeReportPair(8000, 42);
    const add = async (title: string, text: string) => {
      const res = await fetch(`${env.served.origin}/api/addArticle`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${env.served.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, text, outlet: title }),
      });
      expect(res.status).toBe(200);
    };
    await add('Long report A', textA);
    await add('Long report B', textB);
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(env.served.url);
    await page.getByRole('link', { name: 'Compare reports' }).click();
    await pick(page, 'Left report', 'Long report A');
    await pick(page, 'Right report', 'Long report B');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.locator('[data-claim]').first().waitFor();
    const ms = await page.evaluate(() => performance.getEntriesByName('parallax:compare-render')[0]?.duration ?? -1);
    const backEnd = await page.evaluate(() => {
      const [a] = performance.getEntriesByName('parallax:compare-requested');
      const [b] = performance.getEntriesByName('parallax:compare-received');
      return a && b ? b.startTime - a.startTime : -1;
    });
    const claims = await page.locator('[data-claim]').count();
    console.log(
      `two 8,000-word reports: ${claims} claims, first render ${ms.toFixed(0)} ms after the request (back end and transfer ${backEnd.toFixed(0)} ms, rendering ${(ms - backEnd).toFixed(0)} ms)`,
    );
    expect(ms).toBeGreaterThan(0);
    expect(claims).toBeGreaterThan(600);
    // Opened a second time: the engine is warm, as it is after the first comparison of a session.
    await page.getByRole('link', { name: 'Compare reports' }).click();
    await page.getByRole('link', { name: /Long report A ↔ Long report B/ }).click();
    await page.locator('[data-claim]').first().waitFor();
    const again = await page.evaluate(() => performance.getEntriesByName('parallax:compare-render')[0]?.duration ?? -1);
    console.log(`the same pair opened again (from the query cache): first render ${again.toFixed(0)} ms after opening`);
    // Scrolling one pane keeps its first visible linked claim level with its counterpart.
    const text = (side: string) => page.locator(`[data-side=${side}] [data-claim]`).first().locator('..');
    await text('left').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect.poll(() => text('right').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-long.png') });
    // A click on the ruler brings that part of the text into view.
    const ruler = page.getByTestId('ruler-right');
    const box = (await ruler.boundingBox())!;
    await ruler.click({ position: { x: box.width / 2, y: box.height * 0.8 } });
    await expect
      .poll(() => text('right').evaluate((el) => (el.scrollTop + el.clientHeight / 2) / el.scrollHeight))
      .toBeCloseTo(0.8, 1);
    expect(await ruler.locator('rect[data-mark]').count()).toBe(
      await page.locator('[data-side=right] [data-claim]').count(),
    );
    await page.close();
  });
});

describe('the overview ruler and the details panel in Chromium', () => {
  it('marks every claim on the ruler, shaped and coloured by verdict, and the visible part', async () => {
    const page = await openPage(env.browser);
    await openSample(page);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll<SVGRectElement>('[data-testid=ruler-left] rect[data-mark]')].map((r) => ({
        mark: r.dataset.mark!,
        shape: `${r.getAttribute('x')}/${r.getAttribute('width')}`,
        fill: getComputedStyle(r).fill,
        stroke: getComputedStyle(r).stroke,
      })),
    );
    expect(marks).toHaveLength(await page.locator('[data-side=left] [data-claim]').count());
    const byMark = new Map(marks.map((m) => [m.mark, m]));
    expect([...byMark.keys()]).toEqual(expect.arrayContaining(['agree', 'conflict', 'framing']));
    // Told apart by shape as well as colour.
    expect(new Set([...byMark.values()].map((m) => m.shape)).size).toBe(byMark.size);
    expect(new Set([...byMark.values()].map((m) => m.fill)).size).toBe(byMark.size);
    const only = await page.evaluate(() =>
      [...document.querySelectorAll<SVGRectElement>('[data-testid^=ruler-] rect[data-mark=only]')].map(
        (r) => getComputedStyle(r).fill,
      ),
    );
    expect(only.length).toBeGreaterThan(0);
    expect(new Set(only)).toEqual(new Set(['none'])); // hollow
    expect(await page.locator('[data-testid=ruler-left] rect:not([data-mark])').count()).toBe(1); // the visible part
    await page.close();
  });

  it('closes with its button, Escape or a click beside the claims, folds, and never squeezes the texts', async () => {
    const page = await openPage(env.browser, { width: 1024, height: 700 });
    await openSample(page);
    await page.getByRole('button', { name: /^Framing glossary/ }).click();
    await page.keyboard.press('n');
    const details = page.getByRole('complementary', { name: 'Selected link' });
    await details.waitFor();
    const size = () =>
      page
        .locator('[data-side=left] [data-claim]')
        .first()
        .locator('..')
        .evaluate((el) => ({
          width: el.clientWidth,
          visibleHeight:
            Math.min(el.getBoundingClientRect().bottom, document.querySelector('aside')!.getBoundingClientRect().top) -
            el.getBoundingClientRect().top,
        }));
    const open = await size();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compare-details-1024.png') });
    expect(open.width).toBeGreaterThanOrEqual(300);
    expect(open.visibleHeight).toBeGreaterThanOrEqual(150);
    await details.getByRole('button', { name: 'Fold the details' }).click();
    expect(await details.getByText('Word by word').count()).toBe(0);
    await details.getByRole('button', { name: 'Unfold the details' }).click();
    await details.getByRole('button', { name: 'Close the details (Escape)' }).click();
    await details.waitFor({ state: 'detached' });
    await page.keyboard.press('n');
    await details.waitFor();
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await page.keyboard.press('n');
    await details.waitFor();
    // A click on the text's background, beside any claim.
    await page
      .locator('[data-side=right] [data-claim]')
      .last()
      .locator('..')
      .evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await details.waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('exports a colleague can read, in Chromium', () => {
  it('exports the comparison in French with both reports, the outlet note, the counts and both “only in” lists', async () => {
    await call(env.served, 'setOutletNotes', { outlet: 'Al-Masdar News', notes: 'pro-government site' });
    const page = await openPage(env.browser, { language: 'fr', acceptDownloads: true });
    await openSample(page, fr);
    // The outlet note is in the comparison's header too.
    await page.getByText('pro-government site').waitFor();
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^HTML/ }).click(),
    ]);
    const html = fs.readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Al-Masdar News');
    expect(html).toContain('pro-government site');
    expect(html).toContain('29 juin 2018');
    expect(html).toMatch(/Contradiction\u00a0: <b>\d+<\/b>/);
    expect(html).toContain('<h2>Seulement dans le texte de gauche</h2>');
    expect(html).toContain('<h2>Seulement dans le texte de droite</h2>');
    expect(html).toMatch(/Exporté le .* par Parallax .* \(moteur de comparaison /);
    expect(html).toContain('suggestions');
    const report = await env.browser.newPage();
    await report.setContent(html);
    await report.screenshot({ path: path.join(SCREENSHOTS, 'report-html-fr.png'), fullPage: true });
    await report.close();
    await page.close();
  });
});

describe('checking a claim across the library in Chromium', () => {
  it('checks a claim from a comparison, groups the reports by stance, and opens one beside the claim', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openSample(page);
    await page.getByRole('button', { name: /^Framing.*: Fighters who refuse/ }).click();
    await page.getByRole('button', { name: 'Check across the library' }).click();
    await expect
      .poll(() => page.getByLabel('Claim to check').inputValue())
      .toBe('Fighters who refuse will be taken north to Idlib and Aleppo.');
    const support = page.getByRole('region', { name: /^Support it/ });
    await support.getByRole('button').first().waitFor();
    expect(await support.getByRole('button', { name: /The New Arab/ }).count()).toBe(1);
    await support.getByRole('button', { name: /The New Arab/ }).click();
    const beside = page.getByRole('complementary', { name: 'The report beside the claim' });
    await beside.locator('mark', { hasText: 'Rebels who refuse will be taken north to Idlib.' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'check-claim.png') });
    await page.close();
  });
});
