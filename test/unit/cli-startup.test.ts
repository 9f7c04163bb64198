// The command line loads per command: `--help` and the library commands never load the engine and its language
// data (WordNet alone is megabytes), which only the commands that compare need. What each command loaded is read
// from a module-load hook, not timed (docs/PERFORMANCE.md has the start-up times).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../helpers/library';

const tempDir = useTempDirs();

/** The files a command loaded, and whether one of them holds the engine's WordNet table. */
function loaded(args: readonly string[]): { files: string[]; engineData: boolean; status: number | null } {
  const log = path.join(tempDir(), 'modules.log');
  const run = spawnSync(
    process.execPath,
    ['--import', './test/helpers/record-modules.mjs', 'main/bin/parallax.cjs', ...args],
    { encoding: 'utf8', env: { ...process.env, PARALLAX_MODULE_LOG: log } },
  );
  const files = fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((u) => u.includes('/out/main/'))
        .map((u) => fileURLToPath(u))
    : [];
  // "abandoned infant" is a WordNet lemma: it is in the bundle only as part of the engine's data.
  const engineData = files.some((f) => fs.readFileSync(f, 'utf8').includes('"abandoned infant"'));
  return { files, engineData, status: run.status };
}

describe('the command line starts light', () => {
  it('loads a few small modules for --help', () => {
    const help = loaded(['--help']);
    expect(help.status).toBe(0);
    expect(help.files.map((f) => path.basename(f))).toContain('cli.mjs');
    const bytes = help.files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    expect(bytes).toBeLessThan(64 * 1024); // the whole command line is megabytes
    expect(help.engineData).toBe(false);
  });

  it('does not load the engine to list, show or search the library', () => {
    const db = path.join(tempDir(), 'library.sqlite');
    for (const args of [
      ['list', '--db', db, '--create', '--json'],
      ['search', 'ceasefire', '--db', db],
      ['info', '--db', db],
    ]) {
      const run = loaded(args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.engineData, args.join(' ')).toBe(false);
    }
  });

  it('loads the engine to compare (the check can tell)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Russia offered the rebels a ceasefire.');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'The rebels proposed a ceasefire.');
    const run = loaded(['compare', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    expect(run.status).toBe(0);
    expect(run.engineData).toBe(true);
  });
});
