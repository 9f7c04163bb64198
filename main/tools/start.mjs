// `npm start`: build, then run the desktop app. Where Electron's binary is missing and cannot be fetched
// (an offline or locked-down machine), say so in one line and run browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { buildAll } from './build.mjs';
import { electronBinding } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
process.chdir(root);

function electronBinary() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (fs.existsSync(pathFile)) {
    const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    if (fs.existsSync(bin)) return bin;
  }
  // Electron 45 fetches its binary on first use; try once, quietly, with a time limit.
  const r = spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  if (r.status === 0 && fs.existsSync(pathFile)) {
    const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8'));
    if (fs.existsSync(bin)) return bin;
  }
  return null;
}

function browserMode(reason) {
  console.log(`${reason} Starting Parallax in browser mode instead.`);
  const child = spawn(
    process.execPath,
    [path.join(root, 'main/bin/parallax.cjs'), 'serve', '--open', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}

try {
  await buildAll({ quiet: true });
} catch (err) {
  console.error(`Parallax could not be built: ${err.message}`);
  process.exit(1);
}

const bin = electronBinary();
if (!bin) {
  browserMode('The Electron binary is missing and could not be downloaded (offline?).');
} else {
  const binding = electronBinding(bin);
  if (!binding.ok) {
    browserMode(`better-sqlite3 could not be built for Electron (${binding.reason}).`);
  } else {
    const env = { ...process.env, PARALLAX_NATIVE_BINDING: binding.file };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(bin, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
