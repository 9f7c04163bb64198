// Every screen as users see it, in Chromium: English and French, light and dark, 1440×900 and 1024×700, each
// saved to test-output/screenshots/ to be looked at, and scanned with axe-core in the page (no serious or
// critical violation) in both themes and both languages. The interface language follows the browser's, as it does for a new user.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/src/i18n/en.json';
import fr from '../../renderer/src/i18n/fr.json';
import {
  axeViolations,
  call,
  openPage,
  SCREENSHOTS,
  useServedBrowser,
  type AxeViolation,
  type Language,
  type Theme,
} from './browser';

const env = useServedBrowser();
const T = { en, fr } as const;

interface Screen {
  readonly name: string;
  readonly hash: string;
  /** What to do once the route shows, and what to wait for. */
  readonly act?: (page: Page, t: typeof en) => Promise<void>;
  readonly ready: string;
}

const SCREENS: readonly Screen[] = [
  { name: 'home', hash: '#/', ready: 'main h2' },
  { name: 'reader', hash: '#/article/3', ready: 'article h2' },
  {
    name: 'search',
    hash: '#/',
    act: async (page, t) => {
      await page.getByRole('searchbox').fill('Deraa');
      await page.getByLabel(t.library.filterBy.language).selectOption('en');
    },
    ready: '[aria-live] >> text=/Deraa/',
  },
  { name: 'picker', hash: '#/compare?left=4', ready: 'main form select' },
  { name: 'compare', hash: '#/compare/4/5?claim=L2', ready: 'aside' },
  { name: 'compare-only', hash: '#/compare/4/5?claim=R6', ready: 'aside' },
  {
    name: 'compare-glossary',
    hash: '#/compare/4/5',
    act: async (page, t) => {
      await page.getByRole('button', { name: new RegExp(`^${t.compare.glossary_other.split(' (')[0]}`) }).click();
    },
    ready: 'table caption',
  },
  {
    name: 'shortcuts',
    hash: '#/compare/4/5',
    act: async (page) => {
      await page.locator('[data-claim]').first().waitFor();
      await page.keyboard.press('?');
    },
    ready: 'dialog[open]',
  },
  {
    name: 'settings',
    hash: '#/',
    act: async (page, t) => {
      await page.getByRole('button', { name: t.settings.title }).click();
    },
    ready: 'select >> nth=0',
  },
  { name: 'check', hash: '#/check?claim=Fighters%20who%20refuse%20will%20be%20taken%20north', ready: 'section h3' },
  { name: 'story', hash: `#/story/${encodeURIComponent('Deraa, June 2018')}`, ready: '[role=grid] [role=gridcell]' },
  {
    name: 'story-fact',
    hash: `#/story/${encodeURIComponent('Deraa, June 2018')}`,
    act: async (page) => {
      await page.locator('[role=grid] tr[data-verdict=conflict] [role=gridcell][data-mark=conflict]').first().click();
    },
    ready: 'aside h3',
  },
  { name: 'lexicon', hash: '#/lexicon', ready: 'main h3' },
  { name: 'not-found', hash: '#/article/999', ready: '[role=alert] h2' },
];

async function show(page: Page, screen: Screen, language: Language): Promise<void> {
  await page.goto(`${env.served.origin}/${screen.hash}`);
  await page.locator('header h1').waitFor();
  await screen.act?.(page, T[language]);
  await page.locator(screen.ready).first().waitFor();
  // Let the ruler measure and the connector settle.
  await page.waitForTimeout(80);
}

describe('every screen, in both languages, themes and window sizes', () => {
  const combos = (['en', 'fr'] as const).flatMap((language) =>
    (['light', 'dark'] as const).map((theme) => [language, theme] as const),
  );

  it.each(combos)(
    '%s, %s: every screen screenshotted, and scanned with axe in English-light and French-dark',
    async (language: Language, theme: Theme) => {
      const violations: (AxeViolation & { screen: string })[] = [];
      for (const [width, height] of [
        [1440, 900],
        [1024, 700],
      ] as const) {
        const page = await openPage(env.browser, { language, theme, width, height });
        // axe at one size (the layout changes little between them) for each theme: English in light, French in
        // dark, so both themes' contrast and both languages' texts are scanned.
        const scan = width === 1440 && (language === 'en') === (theme === 'light');
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const shot = (name: string) =>
          page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${language}-${theme}-${width}x${height}.png`) });
        // The first-run guide, then every screen.
        await call(env.served, 'updateSettings', { guideSeen: false });
        await page.goto(env.served.url);
        await page.locator('dialog[open]').waitFor();
        await shot('guide');
        if (scan) violations.push(...(await axeViolations(page)).map((v) => ({ ...v, screen: 'guide' })));
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
        for (const screen of SCREENS) {
          await show(page, screen, language);
          await shot(screen.name);
          if (scan) violations.push(...(await axeViolations(page)).map((v) => ({ ...v, screen: screen.name })));
          // Close what the screen opened (a dialog, a menu) before the next one.
          await page.keyboard.press('Escape');
          await page.mouse.click(2, 2);
        }
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(errors).toEqual([]);
        await page.close();
      }
      expect(violations).toEqual([]);
    },
  );
});

describe('the accessibility scan itself', () => {
  it('finds what it should: a nameless button is a critical violation', async () => {
    const page = await env.browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><button></button></main></html>');
    expect((await axeViolations(page)).map((v) => v.id)).toContain('button-name');
    await page.close();
  });
});
