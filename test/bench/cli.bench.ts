// `npm run bench:cli`: how fast the `parallax` command starts, against the same command line built as one bundle
// (every command's modules and the engine's data loaded at start, as before) and against `npx parallax`, whose
// own start comes first. Writes the command-line section of docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { median, ms, writeSection } from './performance-doc';

const ROOT = path.join(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'main/bin/parallax.cjs');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-cli-'));

function timeCommand(command: string, args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
    if (i > 0) times.push(performance.now() - t); // the first run fills the file cache
  }
  return median(times);
}

if (!fs.existsSync(path.join(ROOT, 'out/main/cli.mjs')))
  spawnSync(process.execPath, ['main/tools/build.mjs'], { cwd: ROOT });

// The naive alternative: the same command line as one CommonJS bundle (what `parallax` was before).
// Inside the checkout (test-output/, ignored), so it finds node_modules as the real command does.
fs.mkdirSync(path.join(ROOT, 'test-output', 'bench'), { recursive: true });
const single = path.join(ROOT, 'test-output', 'bench', 'cli-single.cjs');
await build({
  entryPoints: [path.join(ROOT, 'main/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: single,
  logLevel: 'error',
  define: { __PARALLAX_VERSION__: '"bench"', __PARALLAX_BUNDLED__: 'true' },
  external: ['electron', 'better-sqlite3', 'pdfjs-dist'],
  nodePaths: [path.join(ROOT, 'node_modules')],
});
const singleMain = (args: string[]) => [
  '-e',
  `require(${JSON.stringify(single)}).main(${JSON.stringify(args)}, { rendererDir: '' })`,
];

const db = path.join(work, 'library.sqlite');
spawnSync(process.execPath, [BIN, 'list', '--db', db, '--create'], { cwd: ROOT });
fs.writeFileSync(path.join(work, 'a.txt'), 'Russia offered the rebels a ceasefire in Deraa on Friday.');
fs.writeFileSync(path.join(work, 'b.txt'), 'The rebels in Daraa proposed a truce to Russia on Thursday.');

const rows = [
  [
    '`parallax --help`, target ≤ 150 ms',
    timeCommand(process.execPath, [BIN, '--help'], 15),
    timeCommand(process.execPath, singleMain(['--help']), 15),
  ],
  [
    '`parallax list` (an empty library)',
    timeCommand(process.execPath, [BIN, 'list', '--db', db], 9),
    timeCommand(process.execPath, singleMain(['list', '--db', db]), 9),
  ],
  [
    "`parallax compare a.txt b.txt` (one sentence each: start-up and the engine's data)",
    timeCommand(process.execPath, [BIN, 'compare', path.join(work, 'a.txt'), path.join(work, 'b.txt')], 5),
    timeCommand(process.execPath, singleMain(['compare', path.join(work, 'a.txt'), path.join(work, 'b.txt')]), 5),
  ],
] as const;
const npx = timeCommand('npx', ['--no-install', 'parallax', '--help'], 5);
const node = timeCommand(process.execPath, ['-e', '0'], 15);
fs.rmSync(work, { recursive: true, force: true });

writeSection(
  'cli',
  'Command line',
  `
Wall time of the whole process, median of 5 to 15 runs. \`parallax\` here is \`node main/bin/parallax.cjs\`, which
is what the command runs after \`npm link\` (README, "Command line"). Node.js itself starts in ${ms(node)}.

| command | per-command modules (now) | one bundle, everything loaded at start (naive) |
| --- | --- | --- |
${rows.map(([what, now, naive]) => `| ${what} | ${ms(now)} | ${ms(naive)} |`).join('\n')}
| \`npx parallax --help\` (npx's own start first) | ${ms(npx)} | — |
`,
);
