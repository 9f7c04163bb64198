// Exported reports: escaping, spreadsheet safety, corrections marked, and the command line's report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { renderReport, type ReportInput } from '../../shared/report';
import { tempDir } from '../helpers/library';

/** Two texts compared, with a note by the researcher on their first link. */
function noted(left: string, right: string, note: string, createdAt: string) {
  const base = compareTexts(left, right);
  return applyCorrections(
    base,
    [
      {
        id: 1,
        kind: 'note',
        leftText: base.left.claims[0]!.text,
        rightText: base.right.claims[0]!.text,
        note,
        createdAt,
      },
    ],
    (l, r) => judgeClaimPair(l, r, 'en', 'en'),
  );
}

function input(left: string, right: string): ReportInput {
  const comparison = noted(left, right, '=HYPERLINK("x")', 'now');
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
    expect(html).toContain('✎ corrected by the researcher');
    // Figures of English reports: the report says first that conflicts are to be checked, and beside the conflict
    // how often conflicts found its way were real.
    expect(html).toMatch(/<p class="caution">Conflicts to check: on English report pairs nobody chose/);
    expect(html).toMatch(
      /<small>Measured on English report pairs nobody chose for their conflicts: \d+ of the \d+ conflicts found this way \(different figures or dates\) were real\./,
    );
  });

  it('CSV quotes cells and defuses spreadsheet formulas', () => {
    const csv = renderReport(r, 'csv').content;
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('left claim,right claim,verdict,strength,confidence,reasons,note,edited');
    expect(row).toContain('"The truce lasts 12 hours, <b>officials</b> said."');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(row!.endsWith(',yes')).toBe(true);
  });

  it('CSV lists what only one report says after the links', () => {
    const only = input('The truce lasts 12 hours. The weather was mild.', 'The truce lasts 24 hours.');
    const rows = renderReport(only, 'csv')
      .content.replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows.at(-1)).toBe('The weather was mild.,,only-left,,,,,no');
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
      expect(fs.readFileSync(out, 'utf8')).toMatch(/,conflict,linked,[0-9.]+,"number: ""12 heures"" \/ ""24-hour""/);
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

describe('an HTML report a colleague can read', () => {
  const left = 'The truce lasts 12 hours, officials said. Convoys left on Saturday.';
  const right = 'The truce lasts 24 hours, officials said. The weather was mild.';
  const comparison = noted(left, right, 'Check the wire copy.', '2025-03-04T10:00:00.000Z');
  const report = (locale: 'en' | 'fr'): string =>
    renderReport(
      {
        left: {
          title: 'Left title',
          outlet: 'RT',
          outletNotes: 'state-affiliated',
          url: 'https://example.org/a?x=1&y=2',
          publishedAt: '2018-06-29',
          language: 'en',
          text: left,
        },
        right: {
          title: 'Right title',
          outlet: null,
          url: 'javascript:alert(1)',
          publishedAt: null,
          language: 'en',
          text: right,
        },
        comparison,
        generatedAt: '2025-03-05T09:30:00.000Z',
        appVersion: '1.2.3',
        locale,
      },
      'html',
    ).content;

  it('names both reports with outlet, title, address, formatted date and the outlet note', () => {
    const html = report('en');
    expect(html).toContain('<a href="https://example.org/a?x=1&amp;y=2">');
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('June 29, 2018');
    expect(html).toContain('state-affiliated');
    expect(html).toContain('Unknown outlet');
  });

  it('gives the counts, both "only in" lists, the corrections and notes as the researcher’s, the engine and the date', () => {
    const html = report('en');
    expect(html).toMatch(/Conflict: <b>1<\/b>/);
    expect(html).toContain(
      '<h2>Only in the left report</h2>\n<ol class="only"><li dir="auto">Convoys left on Saturday.</li></ol>',
    );
    expect(html).toContain(
      '<h2>Only in the right report</h2>\n<ol class="only"><li dir="auto">The weather was mild.</li></ol>',
    );
    expect(html).toContain('<span class="note">Check the wire copy.</span>');
    expect(html).toMatch(
      /The researcher’s corrections<\/h2>\n<ol class="corrections"><li>.*note: “Check the wire copy.”/,
    );
    expect(html).toContain(`comparison engine ${comparison.engineVersion}`);
    expect(html).toMatch(/Exported March 5, 2025/);
    expect(html).toContain('computed by Parallax as suggestions');
  });

  it('marks a possibly related link as such, and counts those apart', () => {
    const doubtful = {
      ...comparison,
      links: comparison.links.map((l, i) => (i === 0 ? { ...l, strength: 'possible' as const } : l)),
      counts: { ...comparison.counts, possible: 1 },
    };
    const html = renderReport(
      {
        left: { title: 'L', outlet: null, publishedAt: null, language: 'en', text: left },
        right: { title: 'R', outlet: null, publishedAt: null, language: 'en', text: right },
        comparison: doubtful,
        generatedAt: 'now',
        appVersion: '0',
      },
      'html',
    ).content;
    expect(html).toMatch(/<li><span class="icon v-possible"[^>]*>\?<\/span> Possibly related: <b>1<\/b><\/li>/);
    // The row is marked possibly related, with what the judge would say if the claims were one fact.
    expect(html).toMatch(/<td class="v-possible">.*Possibly related.*<i>if these report one fact: /);
  });

  it('speaks French when asked, with the same verdict names as the UI', () => {
    const html = report('fr');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('29 juin 2018');
    expect(html).toContain('Seulement dans le texte de gauche');
    expect(html).toMatch(/Contradiction\u00a0: <b>1<\/b>/);
    expect(html).toContain('<td dir="auto">anglais</td>');
    expect(html).toContain('Exporté le 5 mars 2025');
    expect(html).not.toContain('Only in the left report');
  });
});
