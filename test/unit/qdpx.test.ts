// The REFI-QDA export and import: a .qdpx valid against the REFI-QDA Project schema, exact positions in code
// points (with text outside the Basic Multilingual Plane), the codebook, codings, notes, links, variables and
// sets, GUIDs stable across exports, the round trip into an empty library, and damaged or foreign projects.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareTexts } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { allCodes } from '../../shared/qda/codebook';
import { buildQdaProject, type QdaArticle } from '../../shared/qda/project';
import { CodePointIndex } from '../../shared/qda/positions';
import { exportQdpx } from '../../main/exchange/qdpx-export';
import { guidsFor } from '../../main/exchange/guid';
import { closeReadPool } from '../../main/exchange/read-pool';
import { countArticles, insertArticle, listArticles, getArticle, setOutletNotes } from '../../main/library/articles';
import { addCorrection, openComparison } from '../../main/library/comparisons';
import { directApi, tempDir, tempLibrary } from '../helpers/library';
import { codePointSlice, selectionsOf, unzipText, validateProject } from '../helpers/qdpx';

const LEFT =
  '🎉 The truce in 𝔇eraa lasts 12 hours, officials said on Friday. Rebels shelled the town of Busra on Friday. ' +
  'The UN sent 40 trucks of food to the camps.';
const RIGHT =
  'The truce in 𝔇eraa lasts 24 hours, officials said on Friday. Terrorists shelled the town of Busra on Friday. ' +
  'A new school opened in the capital.';

type Lib = ReturnType<typeof tempLibrary>;
const libs: Lib[] = [];
const newLibrary = () => {
  const l = tempLibrary();
  libs.push(l);
  return l;
};
afterEach(async () => {
  for (const l of libs.splice(0)) l.close();
  await closeReadPool();
});

async function storyLibrary(): Promise<{ lib: Lib; left: number; right: number; comparisonId: number }> {
  const lib = newLibrary();
  const add = (title: string, outlet: string, text: string, date: string) =>
    insertArticle(lib.ctx.db, {
      title,
      text,
      outlet,
      publishedAt: date,
      url: `https://example.org/${outlet.toLowerCase()}`,
      authors: ['Ana Ruiz', 'Bo Li'],
      language: 'en',
      stories: ['Deraa truce'],
      tags: ['syria'],
    }).id;
  const left = add('Truce holds in Deraa', 'Wire', LEFT, '2018-06-29');
  const right = add('Deraa: a day-long truce', 'Daily', RIGHT, '2018-06-30');
  setOutletNotes(lib.ctx.db, 'Daily', 'State-affiliated <and> proud');
  const view = await openComparison(lib.ctx.db, left, right);
  const first = view.comparison.links[0]!;
  const claim = (ids: readonly string[], side: 'left' | 'right') =>
    view.comparison[side].claims.find((c) => c.id === ids[0])!;
  await addCorrection(lib.ctx.db, view.comparisonId, {
    kind: 'note',
    leftText: claim(first.left, 'left').text,
    rightText: claim(first.right, 'right').text,
    note: 'Check the hours 🕐 with the UN.',
  });
  return { lib, left, right, comparisonId: view.comparisonId };
}

describe('QDPX export', () => {
  it('is valid against the REFI-QDA Project schema, with its sources in Sources/', async () => {
    const { lib } = await storyLibrary();
    const file = await exportQdpx(lib.ctx.db, { story: 'Deraa truce' }, '1.0.0');
    const files = await unzipText(file.bytes);
    const xml = files.get('project.qde')!;
    const result = await validateProject(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(file.filename).toBe('parallax-deraa-truce.qdpx');
    for (const m of xml.matchAll(/plainTextPath="internal:\/\/([^"]+)"/g))
      expect(files.has(`Sources/${m[1]}`)).toBe(true);
    expect([...files.keys()].filter((f) => f.startsWith('Sources/'))).toHaveLength(2);
  });

  it('marks each claim at its exact position in code points, also after characters outside the BMP', async () => {
    const { lib, left, right } = await storyLibrary();
    const files = await unzipText((await exportQdpx(lib.ctx.db, { story: 'Deraa truce' }, '1')).bytes);
    const xml = files.get('project.qde')!;
    const guid = guidsFor(lib.ctx.db);
    const texts = new Map([
      [guid(`source:${left}`), LEFT],
      [guid(`source:${right}`), RIGHT],
    ]);
    const view = await openComparison(lib.ctx.db, left, right, { record: false });
    const claimTexts = new Set([...view.comparison.left.claims, ...view.comparison.right.claims].map((c) => c.text));
    const selections = selectionsOf(xml);
    expect(selections.length).toBeGreaterThanOrEqual(4);
    for (const s of selections) {
      const text = texts.get(s.source)!;
      expect(files.get(`Sources/${s.source}.txt`)).toBe(text);
      expect(claimTexts).toContain(codePointSlice(text, s.start, s.end));
    }
    // "🎉" and "𝔇" are two UTF-16 code units each but one character: the second claim starts 2 characters
    // before its UTF-16 offset.
    const at = LEFT.indexOf('Rebels');
    const second = selections.find((s) => s.source === guid(`source:${left}`) && s.start === at - 2);
    expect(second).toBeDefined();
    expect(codePointSlice(LEFT, second!.start, second!.end)).toBe('Rebels shelled the town of Busra on Friday.');
    expect(second!.end).toBe(new CodePointIndex(LEFT).point(LEFT.indexOf(' The UN')));
  });

  it('codes verdicts and reason kinds from the codebook, and carries notes, links, variables and a set', async () => {
    const { lib } = await storyLibrary();
    const xml = (await unzipText((await exportQdpx(lib.ctx.db, {}, '1')).bytes)).get('project.qde')!;
    const guid = guidsFor(lib.ctx.db);
    const code = (key: string) => guid(`code:${key}`);
    for (const c of allCodes()) expect(xml).toContain(`<Code guid="${code(c.key)}" name="${c.name}"`);
    const coded = selectionsOf(xml).flatMap((s) => s.codes);
    expect(coded).toContain(code('conflict'));
    expect(coded).toContain(code('conflict/number'));
    expect(coded).toContain(code('only'));
    // Every reference points at something the project defines.
    const defined = new Set([...xml.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/(?:targetGUID|originGUID)="([^"]+)"/g)) expect(defined).toContain(m[1]);
    expect(xml).toMatch(/<Link guid="[^"]+" name="Conflict \(number[^"]*\)" direction="Associative"/);
    expect(xml).toContain('<PlainTextContent>Check the hours 🕐 with the UN.</PlainTextContent>');
    expect(xml).toContain('<PlainTextContent>State-affiliated &lt;and&gt; proud</PlainTextContent>');
    expect(xml).toContain('<DateValue>2018-06-29</DateValue>');
    expect(xml).toContain('<TextValue>Ana Ruiz; Bo Li</TextValue>');
    expect(xml).toMatch(/<Set guid="[^"]+" name="Deraa truce">/);
    expect((await validateProject(xml)).valid).toBe(true);
  });

  it('gives the same GUIDs in every export of a library, and other GUIDs in another library', async () => {
    const a = await storyLibrary();
    const once = (await unzipText((await exportQdpx(a.lib.ctx.db, {}, '1')).bytes)).get('project.qde')!;
    const twice = (await unzipText((await exportQdpx(a.lib.ctx.db, {}, '1')).bytes)).get('project.qde')!;
    const stable = (x: string) => x.replace(/creationDateTime="[^"]+"/, '');
    expect(stable(twice)).toBe(stable(once));
    const b = await storyLibrary();
    const other = (await unzipText((await exportQdpx(b.lib.ctx.db, {}, '1')).bytes)).get('project.qde')!;
    const sources = (x: string) => [...x.matchAll(/<TextSource guid="([^"]+)"/g)].map((m) => m[1]);
    expect(sources(other).some((g) => sources(once).includes(g))).toBe(false);
    const codes = (x: string) => [...x.matchAll(/<Code guid="([^"]+)"/g)].map((m) => m[1]);
    expect(codes(other)).toEqual(codes(once));
  });

  it('shows a possibly related pair as "Possibly related", never with a verdict code', () => {
    const base = compareTexts('The minister resigned on Monday.', 'Protests filled the square.');
    const left = base.left.claims[0]!;
    const right = base.right.claims[0]!;
    const comparison = applyCorrections(
      {
        ...base,
        links: [
          {
            left: [left.id],
            right: [right.id],
            verdict: 'agree',
            score: 0.3,
            strength: 'possible',
            reasons: [],
            diff: [],
          },
        ],
        onlyLeft: [],
        onlyRight: [],
      },
      [],
      () => {
        throw new Error('not called');
      },
    );
    const article = (id: number, text: string): QdaArticle => ({
      id,
      title: `A${id}`,
      outlet: null,
      outletNotes: '',
      publishedAt: null,
      language: 'en',
      url: null,
      authors: [],
      stories: [],
      text,
    });
    const project = buildQdaProject(
      {
        name: 'p',
        origin: 'Parallax test',
        createdAt: '2026-01-01T00:00:00Z',
        articles: [article(1, 'The minister resigned on Monday.'), article(2, 'Protests filled the square.')],
        comparisons: [{ leftId: 1, rightId: 2, comparison }],
      },
      (key) => `00000000-0000-5000-8000-${Buffer.from(key).toString('hex').padStart(12, '0').slice(-12)}`,
    );
    const codes = [...project.xml.matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((m) => m[1]);
    const possible = `00000000-0000-5000-8000-${Buffer.from('code:possible').toString('hex').slice(-12)}`;
    expect(new Set(codes)).toEqual(new Set([possible]));
    expect(project.xml).toContain('name="Possibly related (to check)"');
    expect(project.xml).not.toMatch(/<Link [^>]*name="Agree/);
  });
});

describe('QDPX import', () => {
  it('brings a Parallax project back into an empty library: sources, selections and notes', async () => {
    const { lib } = await storyLibrary();
    const exported = await exportQdpx(lib.ctx.db, { story: 'Deraa truce' }, '1');
    const empty = newLibrary();
    const result = await directApi(empty.ctx).importQdpx({
      name: exported.filename,
      data: exported.bytes.toString('base64'),
    });
    expect(result.items.map((i) => i.status)).toEqual(['imported', 'imported']);
    expect(result.skipped).toEqual([]);
    expect(result.corrections).toBeGreaterThanOrEqual(1);
    const before = listArticles(lib.ctx.db, 'title');
    const after = listArticles(empty.ctx.db, 'title');
    for (const [a, b] of before.map((x, i) => [x, after[i]!] as const)) {
      const [x, y] = [getArticle(lib.ctx.db, a.id), getArticle(empty.ctx.db, b.id)];
      for (const field of ['title', 'outlet', 'publishedAt', 'language', 'url', 'text', 'outletNotes'] as const)
        expect(y[field], field).toEqual(x[field]);
      expect(y.authors).toEqual(x.authors);
      expect(y.stories).toEqual(x.stories);
    }
    // Exported again, the new library marks the same spans with the same codes and the same notes.
    const again = (await unzipText((await exportQdpx(empty.ctx.db, { story: 'Deraa truce' }, '1')).bytes)).get(
      'project.qde',
    )!;
    const first = (await unzipText(exported.bytes)).get('project.qde')!;
    const shape = (xml: string, db: typeof lib.ctx.db) => {
      const guid = guidsFor(db);
      const names = new Map(allCodes().map((c) => [guid(`code:${c.key}`), c.key]));
      const sourceNames = new Map(
        [...xml.matchAll(/<TextSource guid="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1], m[2]]),
      );
      return selectionsOf(xml)
        .map(
          (s) =>
            `${sourceNames.get(s.source)}:${s.start}-${s.end}:${s.codes
              .map((c) => names.get(c))
              .sort()
              .join(',')}`,
        )
        .sort();
    };
    expect(shape(again, empty.ctx.db)).toEqual(shape(first, lib.ctx.db));
    const notes = (xml: string) => [...xml.matchAll(/<PlainTextContent>([^<]*)</g)].map((m) => m[1]).sort();
    expect(notes(again)).toEqual(notes(first));
  });

  it('refuses a damaged project whole, and writes nothing', async () => {
    const lib = newLibrary();
    const api = directApi(lib.ctx);
    const zipOf = async (files: Record<string, string>) => {
      const z = new yazl.ZipFile();
      for (const [n, c] of Object.entries(files)) z.addBuffer(Buffer.from(c), n);
      z.end();
      const chunks: Buffer[] = [];
      for await (const c of z.outputStream) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('base64');
    };
    await expect(
      api.importQdpx({ name: 'x.qdpx', data: Buffer.from('not a zip at all').toString('base64') }),
    ).rejects.toThrow(/x\.qdpx is not a readable REFI-QDA project/);
    await expect(api.importQdpx({ name: 'y.qdpx', data: await zipOf({ 'other.xml': '<a/>' }) })).rejects.toThrow(
      /y\.qdpx has no project\.qde/,
    );
    await expect(
      api.importQdpx({ name: 'z.qdpx', data: await zipOf({ 'project.qde': '<Project name="x"><Sources></Project>' }) }),
    ).rejects.toThrow(/z\.qdpx was refused: it is not well-formed XML/);
    expect(countArticles(lib.ctx.db)).toBe(0);
  });

  it('imports the text sources of another tool’s project and lists what it skipped', async () => {
    const lib = newLibrary();
    const g = (n: number) => `{AAAAAAAA-0000-4000-8000-${String(n).padStart(12, '0')}}`;
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="QualCoder 3.5">
  <CodeBook><Codes><Code guid="${g(1)}" name="Hope" isCodable="true"/></Codes></CodeBook>
  <Variables><Variable guid="${g(2)}" name="Region" typeOfVariable="Text"/><Variable guid="${g(3)}" name="Outlet" typeOfVariable="Text"/></Variables>
  <Cases><Case guid="${g(4)}" name="Person A"/></Cases>
  <Sources>
    <TextSource guid="${g(5)}" name="Interview A" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="${g(6)}" startPosition="0" endPosition="5"><Coding guid="${g(7)}"><CodeRef targetGUID="${g(1)}"/></Coding></PlainTextSelection>
      <VariableValue><VariableRef targetGUID="${g(2)}"/><TextValue>North</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="${g(3)}"/><TextValue>Radio Nord</TextValue></VariableValue>
    </TextSource>
    <TextSource guid="${g(8)}" name="Inline note source"><PlainTextContent>Hope came back to the valley this spring.</PlainTextContent></TextSource>
    <TextSource guid="${g(9)}" name="Missing file" plainTextPath="internal://gone.txt"/>
    <PictureSource guid="${g(10)}" name="Photo" path="internal://p.jpg"/>
  </Sources>
</Project>`;
    const z = new yazl.ZipFile();
    z.addBuffer(Buffer.from(xml), 'project.qde');
    z.addBuffer(Buffer.from('Hello, the river rose by two metres overnight.'), 'sources/a.txt');
    z.end();
    const chunks: Buffer[] = [];
    for await (const c of z.outputStream) chunks.push(c as Buffer);
    const result = await directApi(lib.ctx).importQdpx({
      name: 'q.qdpx',
      data: Buffer.concat(chunks).toString('base64'),
    });
    expect(result.items.map((i) => [i.file, i.status])).toEqual([
      ['Interview A', 'imported'],
      ['Inline note source', 'imported'],
      ['Missing file', 'failed'],
    ]);
    expect(result.items[2]!.reason).toMatch(/its text \(internal:\/\/gone\.txt\) is not inside the project/);
    expect(result.skipped).toEqual([
      '1 picture',
      '1 case',
      '1 coding with the project’s own codes (“Hope”), which Parallax does not keep',
      'variables Parallax has no field for: “Region”',
    ]);
    expect(getArticle(lib.ctx.db, result.items[0]!.id!).outlet).toBe('Radio Nord');
  });
});

describe('the command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('parallax-qdpx-cli-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['main/bin/parallax.cjs', ...args], { encoding: 'utf8' });

  it('exports a story with `export --format qdpx` and imports it into a new library', async () => {
    const { lib } = await storyLibrary();
    lib.ctx.db.close();
    const out = path.join(dir, 'deraa.qdpx');
    const run = cli('export', '--db', lib.file, '--format', 'qdpx', '--story', 'Deraa truce', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Wrote .*deraa\.qdpx \(REFI-QDA project\)/);
    expect(cli('export', '--db', lib.file, '--format', 'qdpx', '--out', out).stderr).toMatch(
      /already exists; add --force/,
    );
    const fresh = path.join(dir, 'new.sqlite');
    const imported = cli('import', '--db', fresh, out);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/imported +.*deraa\.qdpx › Truce holds in Deraa as article 1/);
    expect(imported.stdout).toMatch(/restored +\d+ corrections/);
    expect(cli('export', '--db', lib.file, '--format', 'xml', '--out', path.join(dir, 'x')).stderr).toMatch(
      /export --format takes json .* or qdpx/,
    );
  });
});
