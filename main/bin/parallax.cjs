#!/usr/bin/env node
// The `parallax` command. Runs the built command line, building it first when out/ is missing.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const { pathToFileURL } = require('node:url');

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'out', 'main', 'cli.mjs');
if (!fs.existsSync(cli) || !fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) {
  process.stderr.write('Parallax is not built yet; building it now (once)...\n');
  const r = spawnSync(process.execPath, [path.join(root, 'main', 'tools', 'build.mjs'), '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    process.stderr.write('parallax: the build failed; run `npm install` in ' + root + ' and try again.\n');
    process.exit(1);
  }
}
// The command line is ES modules, loaded per command (see main/tools/build.mjs).
import(pathToFileURL(cli).href).then(
  (m) => m.main(process.argv.slice(2), { rendererDir: path.join(root, 'out', 'renderer') }),
  (err) => {
    process.stderr.write('parallax: could not start: ' + err.message + '\n');
    process.exit(1);
  },
);
