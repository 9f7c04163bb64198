// Importing from Zotero: a data directory built from Zotero's real schema (test/helpers/zotero.ts), read while
// Zotero holds its lock and never written; press articles with their snapshots and PDFs through the usual
// parsers; collections as stories, tags as tags; other item types, missing files and bad directories each with
// a clear outcome.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../../main/library/articles';
import { closeParsePool } from '../../main/ingest/parse-pool';
import { makePdf } from '../helpers/documents';
import { directApi, useLibraryAndFiles } from '../helpers/library';
import { createZoteroDatabase, createZoteroDirectory, type TestZoteroItem } from '../helpers/zotero';

const t = useLibraryAndFiles('parallax-zotero-');
afterEach(() => closeParsePool());

const SNAPSHOT = `<!doctype html><html lang="fr"><head><title>Site</title></head><body><nav>Menu Accueil</nav>
<article><h1>Le cessez-le-feu tient à Deraa</h1>${'<p>Le cessez-le-feu tient à Deraa depuis vendredi, selon les habitants interrogés par téléphone.</p>'.repeat(6)}</article></body></html>`;

const ITEMS: TestZoteroItem[] = [
  {
    key: 'NEWS0001',
    type: 'newspaperArticle',
    fields: {
      title: 'Deraa : le cessez-le-feu tient',
      publicationTitle: 'Le Monde',
      date: '2018-06-29 29 juin 2018',
      url: 'https://www.lemonde.fr/deraa',
      language: 'fr-FR',
    },
    creators: [
      { firstName: 'Ana', lastName: 'Ruiz' },
      { lastName: 'Agence France-Presse', single: true },
    ],
    tags: ['Syrie', 'cessez-le-feu'],
    collections: ['Deraa, juin 2018'],
    attachment: { key: 'SNAP0001', contentType: 'text/html', fileName: 'deraa.html', content: SNAPSHOT },
  },
  {
    key: 'BLOG0001',
    type: 'blogPost',
    fields: { title: 'Aid convoys reach Busra', blogTitle: 'Field Notes', date: '2018-06-30' },
    collections: ['Deraa, juin 2018'],
    attachment: {
      key: 'PDF00001',
      contentType: 'application/pdf',
      fileName: 'aid.pdf',
      content: makePdf([
        'Aid convoys reached Busra on Saturday with forty trucks of food.',
        'The UN said more would follow.',
      ]),
    },
  },
  { key: 'BOOK0001', type: 'book', fields: { title: 'A History of Syria' } },
  { key: 'WEB00001', type: 'webpage', fields: { title: 'No snapshot here', websiteTitle: 'Somewhere' } },
  {
    key: 'WEB00002',
    type: 'webpage',
    fields: { title: 'Snapshot not synced' },
    attachment: { key: 'GONE0001', contentType: 'text/html', fileName: 'gone.html' },
  },
  {
    key: 'EVIL0001',
    type: 'magazineArticle',
    fields: { title: 'Escaping storage' },
    attachment: { key: 'EVIL0002', contentType: 'text/plain', fileName: 'x.txt', path: 'storage:../../../etc/passwd' },
  },
  {
    key: 'TRASH001',
    type: 'newspaperArticle',
    fields: { title: 'In the trash' },
    deleted: true,
    attachment: { key: 'TRASH002', contentType: 'text/html', fileName: 't.html', content: SNAPSHOT },
  },
];

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('Zotero data directory', () => {
  it('imports press articles with their metadata, collections and tags, and says why the others are not', async () => {
    const dir = path.join(t.dir, 'Zotero');
    createZoteroDirectory(dir, ITEMS);
    const api = directApi(t.lib.ctx);
    const library = await api.zoteroItems({ directory: dir });
    expect(library.schema).toBe(129);
    expect(library.warning).toBeNull();
    expect(library.items.map((i) => i.key)).toEqual(ITEMS.filter((i) => !i.deleted).map((i) => i.key));
    const outcomes = await api.importZotero({ directory: dir, keys: library.items.map((i) => i.key) });
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([
      ['Deraa : le cessez-le-feu tient (Zotero NEWS0001)', 'imported'],
      ['Aid convoys reach Busra (Zotero BLOG0001)', 'imported'],
      ['A History of Syria (Zotero BOOK0001)', 'skipped'],
      ['No snapshot here (Zotero WEB00001)', 'skipped'],
      ['Snapshot not synced (Zotero WEB00002)', 'failed'],
      ['Escaping storage (Zotero EVIL0001)', 'skipped'],
    ]);
    expect(outcomes[2]!.reason).toMatch(/a book is not a press article/);
    expect(outcomes[3]!.reason).toMatch(/no snapshot or PDF in Zotero/);
    expect(outcomes[4]!.reason).toMatch(/gone\.html is not in the data directory/);
    expect(outcomes[5]!.reason).toMatch(/leads outside storage/);

    const news = getArticle(t.lib.ctx.db, outcomes[0]!.id!);
    expect(news).toMatchObject({
      title: 'Deraa : le cessez-le-feu tient',
      outlet: 'Le Monde',
      publishedAt: '2018-06-29',
      url: 'https://www.lemonde.fr/deraa',
      language: 'fr',
      authors: ['Ana Ruiz', 'Agence France-Presse'],
      stories: ['Deraa, juin 2018'],
    });
    expect([...news.tags].sort()).toEqual(['Syrie', 'cessez-le-feu']);
    expect(news.text).toMatch(/^Le cessez-le-feu tient à Deraa depuis vendredi/);
    expect(news.text).not.toMatch(/Menu Accueil/);
    expect(news.provenance).toMatch(/Zotero item NEWS0001, file deraa\.html/);
    const blog = getArticle(t.lib.ctx.db, outcomes[1]!.id!);
    expect(blog).toMatchObject({ outlet: 'Field Notes', publishedAt: '2018-06-30', stories: ['Deraa, juin 2018'] });
    expect(blog.text).toMatch(/forty trucks of food/);
    expect(listArticles(t.lib.ctx.db)).toHaveLength(2);

    // Again: the same texts are duplicates of the articles already imported.
    const again = await api.importZotero({ directory: dir, keys: ['NEWS0001'] });
    expect(again[0]).toMatchObject({ status: 'duplicate', id: outcomes[0]!.id });
  });

  it('reads while Zotero holds its database locked, and never writes to Zotero’s files', async () => {
    const dir = path.join(t.dir, 'Zotero');
    createZoteroDirectory(dir, ITEMS.slice(0, 1));
    const file = path.join(dir, 'zotero.sqlite');
    const before = { hash: digest(file), mtime: fs.statSync(file).mtimeMs, files: fs.readdirSync(dir).sort() };
    // Zotero keeps an exclusive lock while it runs.
    const zotero = new Database(file);
    zotero.pragma('locking_mode = EXCLUSIVE');
    zotero.exec('BEGIN EXCLUSIVE');
    try {
      const outcomes = await directApi(t.lib.ctx).importZotero({ directory: dir, keys: ['NEWS0001'] });
      expect(outcomes[0]!.status).toBe('imported');
    } finally {
      zotero.exec('ROLLBACK');
      zotero.close();
    }
    expect(digest(file)).toBe(before.hash);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtime);
    expect(fs.readdirSync(dir).sort()).toEqual(before.files);
    expect(fs.readdirSync(path.join(dir, 'storage', 'SNAP0001'))).toEqual(['deraa.html']);
  });

  it('refuses a folder that is not a Zotero data directory, and a database it cannot read, saying why', async () => {
    const api = directApi(t.lib.ctx);
    await expect(api.zoteroItems({ directory: path.join(t.dir, 'nowhere') })).rejects.toThrow(
      /is not a Zotero data directory: there is no such folder/,
    );
    fs.mkdirSync(path.join(t.dir, 'empty'));
    await expect(api.zoteroItems({ directory: path.join(t.dir, 'empty') })).rejects.toThrow(/it has no zotero\.sqlite/);
    t.file('garbage/zotero.sqlite', 'this is not a database at all, just words '.repeat(100));
    await expect(api.zoteroItems({ directory: path.join(t.dir, 'garbage') })).rejects.toThrow(
      /cannot be read as a database \(damaged, or not SQLite\)/,
    );
    const other = new Database(t.file('other/zotero.sqlite', ''));
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    await expect(api.zoteroItems({ directory: path.join(t.dir, 'other') })).rejects.toThrow(/is not a Zotero database/);
    expect(listArticles(t.lib.ctx.db)).toHaveLength(0);
  });

  it('refuses a schema it does not know, naming the versions it reads; reads a newer one that has what it needs', async () => {
    const api = directApi(t.lib.ctx);
    const old = path.join(t.dir, 'old');
    fs.mkdirSync(old);
    const db = createZoteroDatabase(path.join(old, 'zotero.sqlite'), { userdataVersion: 60 });
    // Zotero 4 kept names in creatorData, apart from creators.
    db.pragma('foreign_keys = OFF');
    db.exec(`DROP TABLE creators;
      CREATE TABLE creators (creatorID INTEGER PRIMARY KEY, creatorDataID INT NOT NULL, libraryID INT, key TEXT NOT NULL);
      CREATE TABLE creatorData (creatorDataID INTEGER PRIMARY KEY, firstName TEXT, lastName TEXT, fieldMode INT)`);
    db.close();
    await expect(api.zoteroItems({ directory: old })).rejects.toThrow(
      /userdata schema 60, whose creators table is not as Parallax reads it \(no firstName, lastName, fieldMode\)\. Parallax reads the databases of Zotero 5 to 7 \(tested with userdata schema 129/,
    );
    const newer = path.join(t.dir, 'newer');
    createZoteroDirectory(newer, ITEMS.slice(0, 1), { userdataVersion: 140 });
    const library = await api.zoteroItems({ directory: newer });
    expect(library.warning).toMatch(/userdata schema 140, newer than the 129 Parallax was tested with/);
    expect(library.items).toHaveLength(1);
  });

  it('imports with `parallax import --zotero DIR`', () => {
    const dir = path.join(t.dir, 'Zotero');
    createZoteroDirectory(dir, ITEMS.slice(0, 3));
    const db = path.join(t.dir, 'lib.sqlite');
    const run = spawnSync(process.execPath, ['main/bin/parallax.cjs', 'import', '--db', db, '--zotero', dir], {
      encoding: 'utf8',
    });
    expect(run.stdout).toMatch(/imported +Deraa : le cessez-le-feu tient \(Zotero NEWS0001\) as article 1/);
    expect(run.stdout).toMatch(/skipped +A History of Syria \(Zotero BOOK0001\): a book is not a press article/);
    expect(run.stdout).toMatch(/2 imported, 0 duplicate, 0 failed, 1 skipped/);
    expect(run.status).toBe(0);
  });
});

describe('Zotero exports', () => {
  const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:z="http://www.zotero.org/namespaces/export#"
 xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:bib="http://purl.org/net/biblio#"
 xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:link="http://purl.org/rss/1.0/modules/link/">
  <bib:Article rdf:about="https://www.lemonde.fr/deraa">
    <z:itemType>newspaperArticle</z:itemType>
    <dcterms:isPartOf><bib:Newspaper><dc:title>Le Monde</dc:title></bib:Newspaper></dcterms:isPartOf>
    <bib:authors><rdf:Seq><rdf:li><foaf:Person><foaf:surname>Ruiz</foaf:surname><foaf:givenName>Ana</foaf:givenName></foaf:Person></rdf:li></rdf:Seq></bib:authors>
    <link:link rdf:resource="#item_12"/>
    <dc:subject>Syrie</dc:subject>
    <dc:title>Deraa : le cessez-le-feu tient</dc:title>
    <dc:date>2018-06-29</dc:date>
    <z:language>fr</z:language>
    <dc:identifier><dcterms:URI><rdf:value>https://www.lemonde.fr/deraa</rdf:value></dcterms:URI></dc:identifier>
  </bib:Article>
  <z:Attachment rdf:about="#item_12">
    <z:itemType>attachment</z:itemType>
    <rdf:resource rdf:resource="files/12/deraa.html"/>
    <link:type>text/html</link:type>
  </z:Attachment>
  <bib:Book rdf:about="#item_13"><z:itemType>book</z:itemType><dc:title>A History of Syria</dc:title></bib:Book>
  <z:Collection rdf:about="#collection_3"><dc:title>Deraa, juin 2018</dc:title><dcterms:hasPart rdf:resource="https://www.lemonde.fr/deraa"/></z:Collection>
</rdf:RDF>`;

  it('imports a Zotero RDF export with its files/ folder, collections and tags', async () => {
    const rdf = t.file('export/Export.rdf', RDF);
    t.file('export/files/12/deraa.html', SNAPSHOT);
    const api = directApi(t.lib.ctx);
    const library = await api.zoteroItems({ directory: rdf });
    const outcomes = await api.importZotero({ directory: rdf, keys: library.items.map((i) => i.key) });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'skipped']);
    expect(getArticle(t.lib.ctx.db, outcomes[0]!.id!)).toMatchObject({
      title: 'Deraa : le cessez-le-feu tient',
      outlet: 'Le Monde',
      publishedAt: '2018-06-29',
      authors: ['Ana Ruiz'],
      url: 'https://www.lemonde.fr/deraa',
      tags: ['Syrie'],
      stories: ['Deraa, juin 2018'],
    });
  });

  it('imports RIS with its L1 files, and refuses a file that leads out of the export’s folder', async () => {
    const pdf = makePdf(['Aid convoys reached Busra on Saturday with forty trucks of food.']);
    t.file('ris/files/3/aid.pdf', pdf);
    const ris = t.file(
      'ris/Export.ris',
      [
        'TY  - BLOG',
        'TI  - Aid convoys reach Busra',
        'T2  - Field Notes',
        'AU  - Li, Bo',
        'DA  - 2018/06/30',
        'KW  - aid',
        'L1  - files/3/aid.pdf',
        'ER  - ',
        'TY  - NEWS',
        'TI  - Escaping',
        'L1  - ../../etc/passwd.txt',
        'ER  - ',
      ].join('\r\n'),
    );
    const api = directApi(t.lib.ctx);
    const library = await api.zoteroItems({ directory: ris });
    const outcomes = await api.importZotero({ directory: ris, keys: library.items.map((i) => i.key) });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'skipped']);
    expect(outcomes[1]!.reason).toMatch(/outside the export’s folder/);
    expect(getArticle(t.lib.ctx.db, outcomes[0]!.id!)).toMatchObject({
      outlet: 'Field Notes',
      authors: ['Bo Li'],
      publishedAt: '2018-06-30',
      tags: ['aid'],
    });
  });

  it('fills in, from CSL JSON (metadata only), the article that has the same URL', async () => {
    const api = directApi(t.lib.ctx);
    const added = await api.addArticle({
      title: 'Saved page',
      text: 'The truce in Deraa held on Friday, residents said.',
      url: 'https://example.org/truce',
    });
    const csl = t.file(
      'items.json',
      JSON.stringify([
        {
          type: 'article-newspaper',
          title: 'Truce holds',
          'container-title': 'The Daily',
          URL: 'https://example.org/truce',
          author: [{ family: 'Ruiz', given: 'Ana' }],
          issued: { 'date-parts': [[2018, 6, 29]] },
        },
        { type: 'webpage', title: 'Elsewhere', URL: 'https://example.org/other' },
      ]),
    );
    const outcomes = await api.importZotero({ directory: csl, keys: ['ITEM1', 'ITEM2'] });
    expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'skipped']);
    expect(outcomes[1]!.reason).toMatch(/CSL JSON holds no file for it/);
    expect(getArticle(t.lib.ctx.db, added.id)).toMatchObject({
      title: 'Saved page',
      outlet: 'The Daily',
      authors: ['Ana Ruiz'],
      publishedAt: '2018-06-29',
    });
  });
});
