// Helpers for end-to-end tests: start `parallax serve` as a user would, and drive the system's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');

export interface Served {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly dir: string;
  readonly db: string;
  stop(): Promise<void>;
}

/**
 * Runs the real `parallax serve` on a temporary library (or a given one, to restart on it) and waits for the
 * URL line. Stopping removes the temporary folder, not a given library.
 */
export async function serve(extraArgs: readonly string[] = [], given?: string): Promise<Served> {
  const dir = given ? path.dirname(given) : fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
  const db = given ?? path.join(dir, 'library.sqlite');
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'main/bin/parallax.cjs'), 'serve', '--db', db, '--port', '0', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`parallax serve printed no URL in 20 s: ${out} ${stderr}`)),
      20_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`parallax serve exited with ${code}: ${stderr}`)));
  });
  const origin = url.slice(0, url.indexOf('/#'));
  const token = url.slice(url.indexOf('token=') + 'token='.length);
  return {
    url,
    origin,
    token,
    dir,
    db,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!given) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Chooses a report in the comparison picker's list for one side (named by its label). */
export async function pick(page: Page, side: string, text: string): Promise<void> {
  const select = page.getByLabel(side, { exact: true });
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  await select.selectOption(value!);
}

/** Calls the contract over HTTP as the page would. */
export async function call<T = unknown>(served: Served, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/**
 * For a test file: `parallax serve` on a temp library and one Chromium, started before the tests and stopped
 * after them. Read `.served` and `.browser` inside the tests. The first-run guide is marked as seen unless the
 * file is about the first run.
 */
export function useServedBrowser({ firstRun = false } = {}): { readonly served: Served; readonly browser: Browser } {
  const state = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    state.served = await serve();
    if (!firstRun) await call(state.served, 'updateSettings', { guideSeen: true });
    state.browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.served?.stop();
  });
  return state;
}

export type Language = 'en' | 'fr';
export type Theme = 'light' | 'dark';

/** A page as a user in that language, theme and window size would open it. */
export function openPage(
  browser: Browser,
  {
    language = 'en',
    theme = 'light',
    width = 1440,
    height = 900,
    ...rest
  }: {
    language?: Language;
    theme?: Theme;
    width?: number;
    height?: number;
  } & BrowserContextOptions = {},
): Promise<Page> {
  return browser.newPage({
    viewport: { width, height },
    colorScheme: theme,
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    ...rest,
  });
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page (its source is evaluated through the DevTools protocol, so the page's CSP stays as
 * it is and nothing is fetched) and returns the serious and critical violations.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    }
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
