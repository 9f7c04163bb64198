// `npm run bench:library`: the library at archive scale, each figure beside the naive alternative in the same run:
// bulk import (the folder import against one file per transaction and per parse round trip), listing a story of
// 4,000 articles and the other filters (against the queries and indexes before migration 5), full-text search
// at 100,000 and 1,000,000 articles (against a LIKE scan), and checking a claim across 100,000 articles with the
// analysis cache warm (against the same check with no cache). Writes the library section of docs/PERFORMANCE.md.
// The 1,000,000-article library is built once into test-output/bench/ (several minutes) and reused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { importBytes, importPaths } from '../../main/ingest/import';
import { closeParsePool } from '../../main/ingest/parse-pool';
import { WorkerEngine } from '../../main/engine/engine';
import { insertArticle, libraryFacets, listArticles } from '../../main/library/articles';
import { checkClaim } from '../../main/library/check';
import { openLibrary } from '../../main/library/open';
import { searchArticles } from '../../main/library/search';
import { parseCsv } from '../eval/csv';
import { hasFnc1 } from './fnc1-text';
import { median, ms, timeMs, timeMsAsync, writeSection } from './performance-doc';

const ROOT = path.join(import.meta.dirname, '../..');
const DATA = path.resolve(process.env.PARALLAX_DATA ?? path.join(ROOT, '../shared/data'));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

// Real news text where it is available: FNC-1 bodies for the import, and their vocabulary for generated articles.
const bodies = hasFnc1()
  ? parseCsv(fs.readFileSync(path.join(DATA, 'fnc1/train_bodies.csv'), 'utf8')).map((r) => r.articleBody!)
  : (await import('../../main/library/sample-library')).SAMPLE_ARTICLES.map((a) => a.text);
const counts = new Map<string, number>();
for (const b of bodies) for (const w of b.match(/\p{L}{3,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
const WORDS = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
const LENGTHS = bodies.map((b) => b.split(/\s+/).length).filter((n) => n >= 50);
const r = rng(7);
/** A word by Zipf-like rank (log-uniform), as words occur in news. */
const zipf = (from = 0) =>
  WORDS[
    Math.min(WORDS.length - 1, Math.floor(Math.exp(Math.log(from + 1) + r() * Math.log(WORDS.length / (from + 1)))))
  ]!;
/** An article of the length of a real FNC-1 body, drawn at random. */
function article(i: number): string {
  const n = LENGTHS[Math.floor(r() * LENGTHS.length)]!;
  const out: string[] = [];
  for (let w = 0; w < n; w++) out.push(w % 18 === 17 ? `${zipf()}.` : zipf());
  return `Report ${i}. ${out.join(' ')} Reference ${i}-${Math.floor(r() * 1e9)}.`;
}
const meanWords = Math.round(LENGTHS.reduce((s, n) => s + n, 0) / LENGTHS.length);

const rows: string[] = [];
const row = (what: string, figure: string, naive: string, naiveFigure: string) =>
  rows.push(`| ${what} | ${figure} | ${naive} | ${naiveFigure} |`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-'));

// 1. Bulk import: a folder of plain-text files through `parallax import`'s path, against the same files one at a
// time (a parse round trip and a transaction each).
{
  const N = 10_000;
  const folder = path.join(work, 'files');
  fs.mkdirSync(folder);
  for (let i = 0; i < N; i++) {
    fs.writeFileSync(path.join(folder, `a${i}.txt`), `Report ${i}\n\n${bodies[i % bodies.length]}\n\nFile ${i}.`);
  }
  const db = openLibrary(path.join(work, 'import.sqlite'));
  let t = performance.now();
  const outcomes = await importPaths(db, [folder]);
  const rate = N / ((performance.now() - t) / 1000);
  if (outcomes.filter((o) => o.status === 'imported').length !== N) throw new Error('the import failed');
  db.close();
  const naive = openLibrary(path.join(work, 'import-naive.sqlite'));
  t = performance.now();
  for (let i = 0; i < 2000; i++) {
    const file = path.join(folder, `a${i}.txt`);
    await importBytes(naive, file, fs.readFileSync(file));
  }
  const naiveRate = 2000 / ((performance.now() - t) / 1000);
  naive.close();
  await closeParsePool();
  row(
    `bulk import of ${N.toLocaleString('en')} plain-text files (FNC-1 bodies, ${Math.round(bodies.reduce((s, b) => s + b.split(/\s+/).length, 0) / bodies.length)} words on average), target ≥ 3,000/s`,
    `${rate.toFixed(0)} articles/s`,
    'one file at a time: a parse round trip and a transaction each (2,000 files)',
    `${naiveRate.toFixed(0)} articles/s`,
  );
}

/** Fills a library with generated articles in stories and tags: story 1 has 4,000 of them. */
function fill(db: Database.Database, from: number, to: number): void {
  for (let base = from; base < to; base += 1000) {
    db.transaction(() => {
      for (let i = base; i < Math.min(to, base + 1000); i++) {
        const inBig = i % 25 === 0 && i < 100_000; // 4,000 of the first 100,000
        insertArticle(db, {
          title: `Report ${i} ${zipf(100)}`,
          text: article(i),
          outlet: `Outlet ${i % 300}`,
          language: i % 5 ? 'en' : 'fr',
          publishedAt: `20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
          stories: inBig ? ['Story 1'] : [`Story ${2 + Math.floor(i / 20)}`],
          tags: [`tag ${i % 500}`, ...(i % 3 ? [] : [`tag ${(i * 7) % 500}`])],
        });
      }
    })();
  }
}

const queries = Array.from({ length: 200 }, () => `${zipf(50)} ${zipf(50)}`);
const searchTimes = (db: Database.Database) =>
  queries.map((q) => {
    const t = performance.now();
    searchArticles(db, q);
    return performance.now() - t;
  });
const likeTimes = (db: Database.Database, n: number) => {
  const like = db.prepare('SELECT id FROM articles WHERE text LIKE ? AND text LIKE ?');
  return queries.slice(0, n).map((q) => {
    const [a, b] = q.split(' ');
    const t = performance.now();
    like.all(`%${a}%`, `%${b}%`);
    return performance.now() - t;
  });
};

// The queries as they were before migration 5 (one EXISTS per article over a membership table without an index
// on article_id), run after the new indexes are dropped: the naive alternative to each list below.
const OLD_LIST = `SELECT a.id, a.title, o.name AS outlet, a.language, a.published_at, a.url, a.words, a.is_summary,
    (SELECT json_group_array(s.name) FROM story_articles sa JOIN stories s ON s.id = sa.story_id
      WHERE sa.article_id = a.id) AS stories,
    (SELECT json_group_array(t.name) FROM article_tags at JOIN tags t ON t.id = at.tag_id
      WHERE at.article_id = a.id) AS tags
  FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
  WHERE (a.deleted_at IS NOT NULL) = 0
    AND (@outlet IS NULL OR o.name = @outlet)
    AND (@story IS NULL OR EXISTS (SELECT 1 FROM story_articles sa JOIN stories s ON s.id = sa.story_id
          WHERE sa.article_id = a.id AND s.name = @story))
    AND (@tag IS NULL OR EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id
          WHERE at.article_id = a.id AND t.name = @tag))
  ORDER BY a.published_at DESC NULLS LAST, a.id DESC`;
const NEW_INDEXES = [
  'story_articles_article',
  'article_tags_tag',
  'articles_language',
  'articles_deleted',
  'articles_outlet_live',
];

// 2. 100,000 articles in stories and tags.
{
  const db = openLibrary(path.join(work, 'library-100k.sqlite'));
  const t = performance.now();
  fill(db, 0, 100_000);
  const fillRate = 100_000 / ((performance.now() - t) / 1000);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const story = timeMs(() => listArticles(db, 'date', { story: 'Story 1' }), 15);
  const tag = timeMs(() => listArticles(db, 'date', { tag: 'tag 7' }), 15);
  const outlet = timeMs(() => listArticles(db, 'title', { outlet: 'Outlet 7' }), 15);
  const facets = timeMs(() => libraryFacets(db), 15);
  const fts = median(searchTimes(db));
  const like = median(likeTimes(db, 10));

  // Checking a claim: the analysis cache cold (nothing analysed: the engine reads each candidate), then warm
  // (analyses cached in SQLite, a fresh engine worker), then warm in the worker too.
  const claims = Array.from({ length: 5 }, () => Array.from({ length: 6 }, () => zipf(50)).join(' '));
  let engine = new WorkerEngine();
  const cold: number[] = [];
  for (const c of claims) {
    const s = performance.now();
    await checkClaim(db, c, undefined, { engine });
    cold.push(performance.now() - s);
  }
  await engine.close();
  engine = new WorkerEngine();
  await checkClaim(db, 'warm up the engine worker', undefined, { engine });
  const warmDb: number[] = [];
  for (const c of claims) {
    const s = performance.now();
    await checkClaim(db, c, undefined, { engine });
    warmDb.push(performance.now() - s);
  }
  const warmWorker = await timeMsAsync(() => checkClaim(db, claims[0]!, undefined, { engine }), 9);
  await engine.close();

  // The naive alternatives: the queries and indexes before migration 5.
  for (const index of NEW_INDEXES) db.exec(`DROP INDEX ${index}`);
  db.exec(
    'CREATE INDEX articles_outlet ON articles(outlet_id); CREATE INDEX articles_published ON articles(published_at)',
  );
  const old = db.prepare(OLD_LIST);
  const oldStory = timeMs(() => old.all({ outlet: null, story: 'Story 1', tag: null }), 3, 1);
  const oldTag = timeMs(() => old.all({ outlet: null, story: null, tag: 'tag 7' }), 3, 1);
  const oldOutlet = timeMs(() => old.all({ outlet: 'Outlet 7', story: null, tag: null }), 3, 1);
  const oldFacets = timeMs(
    () => db.prepare('SELECT DISTINCT language FROM articles WHERE deleted_at IS NULL ORDER BY language').all(),
    3,
    1,
  );
  db.close();

  row(
    'list a story of 4,000 articles (100,000 in the library), target ≤ 50 ms',
    ms(story),
    'the query and indexes before migration 5',
    ms(oldStory),
  );
  row('list a tag (about 300 articles)', ms(tag), 'before migration 5', ms(oldTag));
  row('list an outlet (about 330 articles), by title', ms(outlet), 'before migration 5', ms(oldOutlet));
  row(
    'facets (outlets, languages, stories, tags)',
    ms(facets),
    'languages by DISTINCT before migration 5',
    ms(oldFacets),
  );
  row('full-text query, median of 200, 100,000 articles', ms(fts), 'LIKE scan, median of 10', ms(like));
  row(
    'check a claim across 100,000 articles, analysis cache warm (fresh engine worker), median of 5, target ≤ 200 ms',
    ms(median(warmDb)),
    'cache cold: every candidate analysed',
    ms(median(cold)),
  );
  row('the same claim checked again (the worker keeps prepared reports)', ms(warmWorker), '—', '—');
  row(
    `generated articles inserted 1,000 to a transaction (${meanWords} words on average, stories and tags)`,
    `${fillRate.toFixed(0)} articles/s`,
    '—',
    '—',
  );
}

// 3. 1,000,000 articles, built once and kept.
{
  const dir = path.join(ROOT, 'test-output', 'bench');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'library-1m.sqlite'); // migrated on open like any library
  let db = openLibrary(file);
  const have = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  if (have < 1_000_000) {
    console.log(`building the 1,000,000-article library in ${file} (once; it is reused)…`);
    for (let at = have; at < 1_000_000; at += 50_000) {
      fill(db, at, Math.min(1_000_000, at + 50_000));
      console.log(`  ${(at + 50_000).toLocaleString('en')}`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    db = openLibrary(file);
  }
  const bytes = fs.statSync(file).size;
  searchTimes(db); // the file's pages into the cache, as after a few searches in a session
  const fts = median(searchTimes(db));
  const story = timeMs(() => listArticles(db, 'date', { story: 'Story 1' }), 9);
  const like = median(likeTimes(db, 2));
  db.close();
  row(
    `full-text query, median of 200, 1,000,000 articles (${(bytes / 2 ** 30).toFixed(1)} GiB), target ≤ 5 ms`,
    ms(fts),
    'LIKE scan, median of 2',
    ms(like),
  );
  row('list the 4,000-article story, 1,000,000 articles', ms(story), '—', '—');
}
fs.rmSync(work, { recursive: true, force: true });

writeSection(
  'library',
  'Library',
  `
Generated articles have the lengths of real FNC-1 bodies (${meanWords} words on average) and words drawn with a
Zipf-like distribution from their vocabulary; search queries are two words as a researcher types them (not among the
50 most common). Stories and tags: one story of 4,000 articles, the others of 20; 500 tags, one or two per article.

| measure | figure | naive alternative | naive figure |
| --- | --- | --- | --- |
${rows.join('\n')}
`,
);
