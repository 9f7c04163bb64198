// Opens browser mode in the user's default browser without putting the token where other local users can read
// it: the browser launcher's command line is world-readable in /proc, so it gets the path of a small page, readable
// by this user only (0600, in a 0700 folder), that redirects to the tokened URL, as Jupyter does.
import { spawn as nodeSpawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { userDataDir } from '../paths';

export interface OpenedBrowser {
  /** The redirect page, removed by `cleanup` when the server stops. */
  readonly page: string;
  cleanup(): void;
}

export interface OpenOptions {
  /** Where the private folder for the page is made (default: the app's data folder). */
  readonly dir?: string;
  readonly spawn?: typeof nodeSpawn;
  readonly platform?: NodeJS.Platform;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function redirectPage(url: string): string {
  const href = escapeHtml(url);
  return (
    '<!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">' +
    `<meta http-equiv="refresh" content="0;url=${href}"><title>Opening Parallax…</title></head>` +
    `<body><p><a href="${href}">Open Parallax</a></p></body></html>`
  );
}

export function openInBrowser(url: string, options: OpenOptions = {}): OpenedBrowser {
  const parent = options.dir ?? path.join(userDataDir(), 'run');
  fs.mkdirSync(parent, { recursive: true, mode: 0o700 });
  const folder = fs.mkdtempSync(path.join(parent, 'open-')); // made 0700
  const page = path.join(folder, 'parallax.html');
  fs.writeFileSync(page, redirectPage(url), { mode: 0o600, flag: 'wx' });
  const target = pathToFileURL(page).href;
  const platform = options.platform ?? process.platform;
  const [cmd, args] =
    platform === 'darwin'
      ? ['open', [target]]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', target]]
        : ['xdg-open', [target]];
  try {
    const child = (options.spawn ?? nodeSpawn)(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write('No default browser found; open the URL above yourself.\n'));
    child.unref();
  } catch {
    process.stderr.write('No default browser found; open the URL above yourself.\n');
  }
  return { page, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) };
}
