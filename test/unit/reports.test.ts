// Exported reports: escaping, spreadsheet safety, corrections marked, and the command line's report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { renderReport, type ReportInput } from '../../shared/report';
import { tempDir } from '../helpers/library';

function input(left: string, right: string): ReportInput {
  const base = compareTexts(left, right);
  const comparison = applyCorrections(
    base,
    [
      {
        id: 1,
        kind: 'note',
        leftText: base.left.claims[0]!.text,
        rightText: base.right.claims[0]!.text,
        note: '=HYPERLINK("x")',
        createdAt: 'now',
      },
    ],
    (l, r) => judgeClaimPair(l, r, 'en', 'en'),
  );
  const article = (title: string, text: string) => ({
    title,
    outlet: 'Outlet',
    publishedAt: '2018-06-29',
    language: 'en',
    text,
  });
  return {
    left: article('<script>alert(1)</script>', left),
    right: article('Right', right),
    comparison,
    generatedAt: 'now',
    appVersion: '0',
  };
}

describe('reports', () => {
  const r = input('The truce lasts 12 hours, <b>officials</b> said.', 'The truce lasts 24 hours, officials said.');

  it('HTML escapes everything from the texts and runs nothing', () => {
    const html = renderReport(r, 'html').content;
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;officials&lt;/b&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<mark class="v-conflict"');
    expect(html).toContain('(edited)');
  });

  it('CSV quotes cells and defuses spreadsheet formulas', () => {
    const csv = renderReport(r, 'csv').content;
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('left claim,right claim,verdict,reasons,note,edited');
    expect(row).toContain('"The truce lasts 12 hours, <b>officials</b> said."');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row!.endsWith(',yes')).toBe(true);
  });

  it('JSON carries the comparison and the corrections', () => {
    const json = JSON.parse(renderReport(r, 'json').content);
    expect(json.comparison.corrections).toHaveLength(1);
    expect(json.comparison.links[0].verdict).toBe('conflict');
  });

  it('`parallax report` writes a file from two text files', () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), 'Le cessez-le-feu de 12 heures est entré en vigueur à Deraa.');
      fs.writeFileSync(path.join(dir, 'b.txt'), 'The 24-hour ceasefire took effect in Daraa.');
      const out = path.join(dir, 'report.csv');
      const run = spawnSync(
        process.execPath,
        [
          'main/bin/parallax.cjs',
          'report',
          path.join(dir, 'a.txt'),
          path.join(dir, 'b.txt'),
          '--out',
          out,
          '--db',
          path.join(dir, 'lib.sqlite'),
        ],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(fs.readFileSync(out, 'utf8')).toMatch(/,conflict,"number: ""12 heures"" \/ ""24-hour""/);
      const bad = spawnSync(
        process.execPath,
        // A new --out: an existing one is refused first (without --force), before the inputs are read.
        [
          'main/bin/parallax.cjs',
          'report',
          path.join(dir, 'missing.txt'),
          path.join(dir, 'b.txt'),
          '--out',
          path.join(dir, 'again.csv'),
        ],
        {
          encoding: 'utf8',
        },
      );
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/missing\.txt: no such file/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
