// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, leaving node_modules' Node build
// alone, so `npm start` and `npm test` can follow each other in any order without rebuilding.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinding() {
  const electronVersion = require('electron/package.json').version;
  const source = path.dirname(require.resolve('better-sqlite3/package.json'));
  const work = path.resolve('.native', `electron-${electronVersion}`, 'better-sqlite3');
  const file = path.join(work, 'build', 'Release', 'better_sqlite3.node');
  if (fs.existsSync(file)) return { ok: true, file };
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; about a minute)...`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(work), { recursive: true });
  fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const r = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  );
  if (r.status !== 0 || !fs.existsSync(file)) return { ok: false, reason: 'node-gyp failed; see its output above' };
  return { ok: true, file };
}
