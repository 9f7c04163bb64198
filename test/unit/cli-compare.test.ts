// `parallax compare` as a researcher runs it: files, library ids, --json, and --jsonl in one process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../main/library/open';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { tempDir } from '../helpers/library';

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['main/bin/parallax.cjs', ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 64 * 1024 * 1024,
  });

describe('parallax compare', () => {
  it('prints a readable report, and the Comparison as JSON', () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'l.txt'), 'Russia offered the rebels a ceasefire.\nThe weather was mild.');
      fs.writeFileSync(path.join(dir, 'r.txt'), 'Russia reportedly offered the rebels a ceasefire.');
      const text = cli(['compare', path.join(dir, 'l.txt'), path.join(dir, 'r.txt')]);
      expect(text.status, text.stderr).toBe(0);
      expect(text.stdout).toContain(
        '0 agree · 0 conflict · 1 framing · 0 possibly related · 1 only left · 0 only right',
      );
      expect(text.stdout).toContain('hedge: "" / "reportedly"');
      expect(text.stdout).not.toContain('\x1b['); // no colours when not on a terminal
      const json = JSON.parse(cli(['compare', path.join(dir, 'l.txt'), path.join(dir, 'r.txt'), '--json']).stdout);
      expect(json.left.claims[0]).toEqual({
        id: 'L1',
        text: 'Russia offered the rebels a ceasefire.',
        start: 0,
        end: 38,
      });
      expect(json.links[0]).toMatchObject({ left: ['L1'], right: ['R1'], verdict: 'framing' });
      expect(json.onlyLeft).toEqual(['L2']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compares a thousand short pairs in one process with --jsonl, and reports bad lines by id', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({
        id: `p${i}`,
        left: `The truce lasts ${i % 24} hours in Daraa.`,
        right: 'Le cessez-le-feu de 12 heures est en vigueur à Deraa.',
      }),
    );
    lines.splice(10, 0, '{"id":"broken","left":1}', 'not json');
    const started = Date.now();
    const run = cli(['compare', '--jsonl'], lines.join('\n') + '\n');
    const seconds = (Date.now() - started) / 1000;
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(1002);
    expect(run.status).toBe(1); // some lines failed
    expect(out[10]).toMatchObject({ id: 'broken', error: expect.stringMatching(/left/) });
    expect(out[11]).toMatchObject({ id: null, error: 'line 12: not valid JSON' });
    const twelve = out.find((o) => o.id === 'p12');
    const three = out.find((o) => o.id === 'p3');
    expect(twelve.links[0].verdict).not.toBe('conflict');
    expect(three.links[0].verdict).toBe('conflict');
    console.log(`compare --jsonl: 1,000 pairs in ${seconds.toFixed(1)} s`);
  });

  it('compares library ids, and says what to do with a missing file', () => {
    const dir = tempDir();
    try {
      const db = path.join(dir, 'lib.sqlite');
      const lib = openLibrary(db);
      seedSampleLibraryOnce(lib);
      lib.close();
      const list = JSON.parse(cli(['list', '--db', db, '--json']).stdout) as { id: number; outlet: string }[];
      const masdar = list.find((a) => a.outlet === 'Al-Masdar News')!.id;
      const newArab = list.find((a) => a.outlet === 'The New Arab')!.id;
      const byId = JSON.parse(cli(['compare', String(masdar), String(newArab), '--db', db, '--json']).stdout);
      expect(byId.counts).toMatchObject({ conflict: 1 });
      const missing = cli(['compare', String(masdar), path.join(dir, 'nope.txt'), '--db', db]);
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/nope\.txt: no such file \(give a text file or a library id\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
