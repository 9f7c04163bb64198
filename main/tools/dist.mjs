// `npm run dist`: build, package with electron-builder (which rebuilds better-sqlite3 for Electron in place),
// then rebuild it for Node so `npm test` and the command line keep working on the same checkout.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
await buildAll({ quiet: true });
const builder = spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
const restore = spawnSync(process.execPath, [path.join(root, 'main/tools/ensure-native.mjs')], { stdio: 'inherit' });
if (builder.status !== 0) {
  console.error('Packaging failed; see electron-builder output above. It needs the network to fetch Electron.');
  process.exit(builder.status ?? 1);
}
process.exit(restore.status ?? 0);
