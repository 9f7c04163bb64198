// The command line with careless arguments and hostile content: output files that would destroy something are
// refused, terminal escapes in titles and file names are shown rather than obeyed, the token never reaches a
// command line, and the commands go through the contract's handlers and schemas.
import { type spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../../main/library/articles';
import { openLibrary } from '../../main/library/open';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { openInBrowser } from '../../main/server/open-browser';
import { tempDir } from '../helpers/library';

let dir: string;
let db: string;
beforeEach(() => {
  dir = tempDir('parallax-cli-');
  db = path.join(dir, 'lib.sqlite');
  const lib = openLibrary(db);
  seedSampleLibraryOnce(lib);
  lib.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['main/bin/parallax.cjs', ...args], { encoding: 'utf8' });

describe('output files', () => {
  it('never writes onto the open library or its -wal and -shm', () => {
    const before = fs.readFileSync(db);
    for (const out of [db, `${db}-wal`, `${db}-shm`, path.join(dir, '.', 'lib.sqlite')]) {
      for (const args of [['export'], ['backup'], ['report', '1', '2', '--format', 'html']]) {
        const run = cli(...args, '--db', db, '--out', out, '--force');
        expect(run.status, `${args[0]} ${out}`).toBe(2);
        expect(run.stderr).toMatch(/is the library('s (wal|shm) file| itself) \(.*\); writing there would destroy it/);
        expect(run.stdout).not.toMatch(/Wrote/);
      }
    }
    expect(fs.readFileSync(db).subarray(0, 100).equals(before.subarray(0, 100))).toBe(true);
    expect(JSON.parse(cli('list', '--db', db, '--json').stdout)).toHaveLength(5);
  });

  it('refuses to replace an existing file without --force, and a read-only file even with it', () => {
    const other = path.join(dir, 'other-app.sqlite');
    fs.writeFileSync(other, 'SQLite format 3\0 another application');
    const refused = cli('backup', '--db', db, '--out', other);
    expect(refused.stderr).toMatch(/other-app\.sqlite already exists; add --force to replace it/);
    expect(fs.readFileSync(other, 'utf8')).toBe('SQLite format 3\0 another application');
    const readOnly = path.join(dir, 'locked.json');
    fs.writeFileSync(readOnly, 'keep me');
    fs.chmodSync(readOnly, 0o444);
    expect(cli('export', '--db', db, '--out', readOnly, '--force').stderr).toMatch(
      /locked\.json is read-only; Parallax will not replace it/,
    );
    expect(fs.readFileSync(readOnly, 'utf8')).toBe('keep me');
    const replaced = cli('export', '--db', db, '--out', other, '--force');
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(other, 'utf8')).articles).toHaveLength(5);
  });

  it('refuses a folder as --out and leaves no temporary file behind', () => {
    fs.mkdirSync(path.join(dir, 'folder'));
    const run = cli('export', '--db', db, '--out', path.join(dir, 'folder'));
    expect(run.stderr).toMatch(/folder is a folder; give the name of the file to write/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const missing = cli('report', '1', '2', '--db', db, '--out', path.join(dir, 'no', 'r.html'));
    expect(missing.stderr).toMatch(/The folder .*\/no does not exist/);
  });
});

describe('terminal escapes in titles, texts and file names', () => {
  it('are shown as escapes in human output and kept exactly in JSON', () => {
    const lib = openLibrary(db);
    insertArticle(lib, {
      title: 'Truce\x1b]0;pwned\x07 in Daraa\x1b[2J',
      outlet: 'Wire\x1b[31m',
      text: 'Line one of a report on the truce in Daraa.\x1b[2J\nLine two\ron the convoys.',
    });
    lib.close();
    for (const args of [['list'], ['search', 'convoys'], ['show', '6']]) {
      const out = cli(...args, '--db', db).stdout;
      expect(out, args[0]).not.toMatch(/\p{Cc}(?<!\n)/u);
    }
    expect(cli('list', '--db', db).stdout).toContain('Wire\\x1b[31m: Truce\\x1b]0;pwned\\x07 in Daraa\\x1b[2J');
    expect(cli('show', '6', '--db', db).stdout).toContain('Daraa.\\x1b[2J\nLine two\\x0don the convoys.');
    expect(JSON.parse(cli('show', '6', '--db', db, '--json').stdout).title).toBe(
      'Truce\x1b]0;pwned\x07 in Daraa\x1b[2J',
    );
  });

  it('cannot forge import output lines with a newline in a file name', () => {
    const name = path.join(dir, 'evil\nimported  passwd as article 1\n.txt');
    fs.writeFileSync(name, '');
    const out = cli('import', '--db', db, name).stdout;
    expect(out.split('\n').filter(Boolean)).toHaveLength(2);
    expect(out).toContain('evil\\nimported  passwd as article 1\\n.txt');
  });

  it('says which links it skipped when a folder links back to itself', () => {
    fs.mkdirSync(path.join(dir, 'd'));
    fs.writeFileSync(path.join(dir, 'd', 'a.txt'), 'A report on the convoys to Idlib.');
    fs.symlinkSync('.', path.join(dir, 'd', 's1'));
    fs.symlinkSync('.', path.join(dir, 'd', 's2'));
    const run = cli('import', '--db', db, path.join(dir, 'd'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^skipped {3}.*d\/s1: a link to .*\/d, which is already being imported$/m);
    expect(run.stdout).toMatch(/1 imported, 0 duplicate, 0 failed, 2 skipped/);
  });
});

describe('serve --open', () => {
  it('gives the browser launcher a private page, never the token', () => {
    const calls: { cmd: string; args: readonly string[]; env?: NodeJS.ProcessEnv }[] = [];
    const fake = ((cmd: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv }) => {
      calls.push({ cmd, args, ...(options.env ? { env: options.env } : {}) });
      return { on: () => undefined, unref: () => undefined };
    }) as unknown as typeof spawn;
    const url = 'http://127.0.0.1:4321/#token=s3cr3t-t0ken';
    const opened = openInBrowser(url, { dir, spawn: fake, platform: 'linux' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.cmd).toBe('xdg-open');
    expect(JSON.stringify(calls)).not.toContain('s3cr3t');
    expect(calls[0]!.args).toEqual([`file://${opened.page}`]);
    expect(fs.statSync(opened.page).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(opened.page)).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(opened.page, 'utf8')).toContain('content="0;url=http://127.0.0.1:4321/#token=s3cr3t-t0ken"');
    opened.cleanup();
    expect(fs.existsSync(opened.page)).toBe(false);
  });
});

describe('the command line goes through the contract', () => {
  it('refuses what the API refuses, in the same words where the field is the same', () => {
    const long = cli('search', 'x'.repeat(501), '--db', db);
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/search takes up to 500 characters/);
    expect(cli('list', '--sort', 'size', '--db', db).stderr).toMatch(/--sort takes date, outlet or title/);
    expect(cli('show', 'abc', '--db', db).stderr).toMatch(/show takes an article id/);
    expect(cli('stance', 'ab', '--db', db).stderr).toMatch(/stance takes a claim to check/);
    expect(cli('import', '--story', 'x'.repeat(201), '--db', db, 'a.txt').stderr).toMatch(/--story: Too big/i);
  });

  it('keeps its output formats', () => {
    const info = JSON.parse(cli('info', '--db', db, '--json').stdout);
    expect(info).toEqual({ libraryPath: db, articleCount: 5, version: expect.any(String) });
    const shown = cli('show', '1', '--db', db);
    expect(shown.stdout.split('\n')[1]).toMatch(/ · (fr|en)$/);
    const stance = JSON.parse(cli('stance', 'Russia offered a ceasefire in Deraa', '--db', db, '--json').stdout);
    expect(stance).toMatchObject({
      claim: 'Russia offered a ceasefire in Deraa',
      language: 'en',
      candidates: expect.any(Number),
    });
    // In text, each list with a report says how often such listings were right, for an English claim.
    expect(cli('stance', 'Russia offered a ceasefire in Deraa', '--db', db).stdout).toMatch(
      /^AGREE \(\d+\)\n {2}Measured on English headlines checked against English news reports \(FNC-1\): [\d,]+ of the [\d,]+ reports Parallax put here did support it\./m,
    );
    const report = cli('report', '1', '2', '--db', db, '--out', path.join(dir, 'r.json'));
    expect(report.stdout).toMatch(/^Wrote .*r\.json \(json\)$/m);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).left.id).toBe(1);
  });
});
