// The hostile-file suite: every hostile file imported through the command line (one folder, as a user would) and
// through the API of a running `parallax serve`; after each, the library passes PRAGMA integrity_check, holds
// exactly the articles it should, and the server still answers. Peak memory of the command is printed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../e2e/browser';
import { makeHostileFiles, makePathOnlyFiles, type HostileFile } from '../helpers/hostile-files';

let dir: string;
let files: HostileFile[];
let pathOnly: HostileFile[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-hostile-'));
  fs.mkdirSync(path.join(dir, 'in'));
  files = await makeHostileFiles(path.join(dir, 'in'));
  pathOnly = makePathOnlyFiles(path.join(dir, 'in'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function libraryState(db: string): { integrity: string; articles: number } {
  const check = new Database(db, { readonly: true });
  try {
    return {
      integrity: check.pragma('integrity_check', { simple: true }) as string,
      articles: check.prepare('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() as number,
    };
  } finally {
    check.close();
  }
}

const importedCount = () => files.filter((f) => f.expect.status === 'imported').length;

interface Outcome {
  readonly file: string;
  readonly status: string;
  readonly reason?: string;
  readonly id?: number;
}

function expectOutcome(f: HostileFile, o: Outcome | undefined): void {
  expect(o, f.name).toBeDefined();
  expect(o!.status, `${f.name}: ${o!.reason ?? ''}`).toBe(f.expect.status);
  if (f.expect.status === 'failed') expect(o!.reason, f.name).toMatch(f.expect.reason);
}

describe('through the command line', () => {
  it('imports the folder: every hostile file fails alone with its reason, the good ones import', () => {
    const db = path.join(dir, 'cli.sqlite');
    const run = spawnSync(
      process.execPath,
      [
        '-r',
        './test/helpers/report-peak.cjs',
        'main/bin/parallax.cjs',
        'import',
        '--json',
        '--db',
        db,
        path.join(dir, 'in'),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(run.status, run.stderr).toBe(1);
    const outcomes = JSON.parse(run.stdout) as Outcome[];
    for (const f of [...files, ...pathOnly])
      expectOutcome(
        f,
        outcomes.find((o) => path.basename(o.file) === f.name),
      );
    expect(outcomes.filter((o) => o.status === 'skipped').map((o) => path.basename(o.file))).toEqual([
      'loop1',
      'loop2',
    ]);
    expect(libraryState(db)).toEqual({ integrity: 'ok', articles: importedCount() });
    const list = spawnSync(process.execPath, ['main/bin/parallax.cjs', 'list', '--db', db], { encoding: 'utf8' });
    expect(list.stdout).not.toMatch(/\p{Cc}(?<!\n)/u);
    const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]) / 1024;
    console.log(`hostile folder through the command line: peak memory ${peak.toFixed(0)} MB`);
  });
});

describe('through the API of a running parallax serve', () => {
  let served: Served;
  beforeAll(async () => {
    served = await serve(['--no-sample']);
  });
  afterAll(() => served.stop());

  async function post(
    method: string,
    body: unknown,
  ): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { message: string } } }> {
    const res = await fetch(`${served.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as { ok: boolean } };
  }

  it('imports each file in its own request; the server answers after every one and the library stays whole', async () => {
    let expected = 0;
    for (const f of files) {
      const data = fs.readFileSync(path.join(dir, 'in', f.name)).toString('base64');
      const reply = await post('importFiles', { files: [{ name: f.name, data }] });
      expect(reply.status, f.name).toBe(200);
      const [outcome] = reply.json.value as Outcome[];
      expectOutcome(f, outcome);
      if (f.expect.status === 'imported') {
        expected++;
        if (f.expect.details) {
          const article = await post('getArticle', { id: outcome!.id });
          expect(article.json.value, f.name).toMatchObject(f.expect.details);
        }
      }
      const info = await post('appInfo', {});
      expect(info.json.value, `the server answers after ${f.name}`).toMatchObject({ articleCount: expected });
    }
    expect(libraryState(served.db)).toEqual({ integrity: 'ok', articles: importedCount() });
  });

  it('answers other requests while a file is being parsed (parsing is off the main thread)', async () => {
    const data = fs.readFileSync(path.join(dir, 'in', 'docx-markup-bomb.docx')).toString('base64');
    const order: string[] = [];
    const parsing = post('importFiles', { files: [{ name: 'again.docx', data }] }).then(() => order.push('import'));
    await new Promise((r) => setTimeout(r, 100));
    await post('appInfo', {}).then(() => order.push('appInfo'));
    await parsing;
    expect(order).toEqual(['appInfo', 'import']);
  });

  it('refuses a request over the size limit from its headers and goes on answering', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${served.origin}/api/importFiles`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${served.token}`,
          'Content-Type': 'application/json',
          'Content-Length': 200 * 1024 * 1024,
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"files":[');
    });
    expect(status).toBe(413);
    expect((await post('appInfo', {})).status).toBe(200);
  });
});
