// Helpers for end-to-end tests: start `parallax serve` as a user would, and drive the system's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
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

/** Runs the real `parallax serve` on a temporary library and waits for the URL line. */
export async function serve(extraArgs: readonly string[] = []): Promise<Served> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
  const db = path.join(dir, 'library.sqlite');
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
      fs.rmSync(dir, { recursive: true, force: true });
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

/**
 * For a test file: `parallax serve` on a temp library and one Chromium, started before the tests and stopped
 * after them. Read `.served` and `.browser` inside the tests.
 */
export function useServedBrowser(): { readonly served: Served; readonly browser: Browser } {
  const state = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    state.served = await serve();
    state.browser = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.served?.stop();
  });
  return state;
}
