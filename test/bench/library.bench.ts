// `npm run bench:library`: bulk import rate, full-text query times at 10,000 and 100,000 articles, and bytes per
// article, each beside the naive alternative in the same run (SQLite's default rollback journal for import,
// a LIKE scan for search). Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { importBytes } from '../../main/ingest/import';
import { getArticle, insertArticle, listArticles } from '../../main/library/articles';
import { checkClaim } from '../../main/library/check';
import { stance } from '../../shared/stance';
import { openLibrary } from '../../main/library/open';
import { searchArticles } from '../../main/library/search';
import { SAMPLE_ARTICLES } from '../../main/library/sample-library';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// A news-like vocabulary: the samples' words with variants, 40,000 in all, drawn with a Zipf-like (log-uniform
// rank) distribution, so a few words are everywhere and most are rare, as in a real library.
const BASE = [
  ...new Set(
    SAMPLE_ARTICLES.map((a) => a.text)
      .join(' ')
      .match(/\p{L}{3,}/gu) ?? [],
  ),
];
const WORDS = Array.from({ length: 40_000 }, (_, i) =>
  i < BASE.length ? BASE[i]! : `${BASE[i % BASE.length]}${Math.floor(i / BASE.length)}`,
);
const r = rng(7);
const zipf = (from = 0) =>
  WORDS[
    Math.min(
      WORDS.length - 1,
      Math.floor(Math.exp(Math.log(from + 1) + r() * (Math.log(WORDS.length) - Math.log(from + 1)))) - 1,
    )
  ]!;
const pick = () => zipf();

function article(i: number, words = 250): string {
  const out: string[] = [];
  for (let w = 0; w < words; w++) out.push(w % 18 === 17 ? pick() + '.' : pick());
  return `Report ${i}. ${out.join(' ')} Reference ${i}-${Math.floor(r() * 1e9)}.`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-'));
const rows: string[] = [];

// 1. Import 10,000 generated text files through the real path (parse, decode, insert, one transaction each).
const N = 10_000;
const texts = Array.from({ length: N }, (_, i) => article(i));
const db = openLibrary(path.join(dir, 'library.sqlite'));
let t = performance.now();
for (let i = 0; i < N; i++) await importBytes(db, `a${i}.txt`, Buffer.from(texts[i]!));
const importRate = N / ((performance.now() - t) / 1000);
rows.push(`| import 10,000 text files (parse + insert, WAL) | ${importRate.toFixed(0)} articles/s |`);

// Naive alternative: the same inserts with SQLite's default rollback journal and full sync.
const naive = openLibrary(path.join(dir, 'naive.sqlite'));
naive.pragma('journal_mode = DELETE');
naive.pragma('synchronous = FULL');
t = performance.now();
for (let i = 0; i < 2000; i++) insertArticle(naive, { title: `a${i}`, text: texts[i]! });
const naiveRate = 2000 / ((performance.now() - t) / 1000);
rows.push(`| naive: same inserts, rollback journal + synchronous=FULL (2,000) | ${naiveRate.toFixed(0)} articles/s |`);
naive.close();

// 2. Queries: two words as a researcher types them (not the 50 most common words), 200 queries, FTS5 against
// a LIKE scan that must read every article to find all matches.
const queries = Array.from({ length: 200 }, () => `${zipf(50)} ${zipf(50)}`);
function queryTimes(database: Database.Database, like: boolean, count = queries.length): number[] {
  const times: number[] = [];
  const likeStmt = database.prepare('SELECT id FROM articles WHERE text LIKE ? AND text LIKE ?');
  for (const q of queries.slice(0, count)) {
    const [a, b] = q.split(' ');
    const s = performance.now();
    if (like) likeStmt.all(`%${a}%`, `%${b}%`);
    else searchArticles(database, q);
    times.push(performance.now() - s);
  }
  return times;
}
const size = (file: string) =>
  ['', '-wal'].reduce((s, ext) => s + (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : 0), 0);
db.pragma('wal_checkpoint(TRUNCATE)');
rows.push(`| FTS5 query, median, 10,000 articles | ${median(queryTimes(db, false)).toFixed(2)} ms |`);
rows.push(`| naive LIKE scan, median, 10,000 articles | ${median(queryTimes(db, true, 20)).toFixed(2)} ms |`);
const bytes10k = size(path.join(dir, 'library.sqlite'));
rows.push(
  `| database bytes per article (with original file kept) | ${(bytes10k / N).toFixed(0)} B (text ${(texts.reduce((s, x) => s + x.length, 0) / N).toFixed(0)} chars) |`,
);

// Checking a claim across 10,000 articles: full-text search picks candidates, the stance engine reads those;
// the naive way reads every article.
const claim = `${zipf(50)} ${zipf(50)} ${zipf(50)} ${zipf(50)} ${zipf(50)}`;
t = performance.now();
const check = await checkClaim(db, claim);
rows.push(
  `| check a claim across 10,000 articles (${check.candidates} candidates read) | ${(performance.now() - t).toFixed(0)} ms |`,
);
t = performance.now();
for (const a of listArticles(db).slice(0, 2000)) stance(claim, getArticle(db, a.id).text);
rows.push(
  `| naive: stance against every article (2,000 of 10,000, scaled to 10,000) | ${(((performance.now() - t) * 10_000) / 2000).toFixed(0)} ms |`,
);

// 3. Grow to 100,000 (bulk path: one transaction per 1,000, same statements) and query again.
t = performance.now();
for (let base = N; base < 100_000; base += 1000) {
  db.transaction(() => {
    for (let i = base; i < base + 1000; i++) insertArticle(db, { title: `a${i}`, text: article(i) });
  })();
}
const bulkRate = 90_000 / ((performance.now() - t) / 1000);
db.pragma('wal_checkpoint(TRUNCATE)');
rows.push(`| bulk insert to 100,000 (1,000 per transaction) | ${bulkRate.toFixed(0)} articles/s |`);
rows.push(`| FTS5 query, median, 100,000 articles | ${median(queryTimes(db, false)).toFixed(2)} ms |`);
rows.push(`| naive LIKE scan, median, 100,000 articles | ${median(queryTimes(db, true, 10)).toFixed(2)} ms |`);
rows.push(
  `| database bytes per article at 100,000 | ${(size(path.join(dir, 'library.sqlite')) / 100_000).toFixed(0)} B |`,
);
db.close();
fs.rmSync(dir, { recursive: true, force: true });

console.log('| measure | figure |\n| --- | --- |\n' + rows.join('\n'));
