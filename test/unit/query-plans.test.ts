// Every list, facet, filter and look-up query the library runs, read back with EXPLAIN QUERY PLAN: none may read a
// large table whole (a story's articles were once found by reading every membership row per article). SQLite
// plans without statistics here, as it does in a researcher's library (nothing runs ANALYZE).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from 'better-sqlite3';
import { directApi, tempLibrary } from '../helpers/library';
import type { ParallaxApi } from '../../shared/api';

/** Tables that grow with the archive; a SCAN of one (even of a covering index) reads it whole. */
const LARGE = [
  'articles',
  'story_articles',
  'article_tags',
  'comparisons',
  'corrections',
  'analyses',
  'comparison_results',
  'original_parts',
];

interface Recorded {
  readonly sql: string;
  readonly args: readonly unknown[];
}

const lib = tempLibrary();
const recorded: Recorded[] = [];
let api: ParallaxApi;

beforeAll(async () => {
  api = directApi(lib.ctx);
  for (let i = 0; i < 60; i++) {
    await api.addArticle({
      title: `Report ${i}`,
      text: `Report ${i} on the ceasefire in Deraa, with ${i} civilians said to have fled the shelling.`,
      outlet: `Outlet ${i % 4}`,
      language: i % 3 ? 'en' : 'fr',
      publishedAt: `2018-06-${String((i % 28) + 1).padStart(2, '0')}`,
      story: `Story ${i % 5}`,
    });
  }
  await api.updateArticle({ id: 1, tags: ['checked', 'deraa'] });
  await api.trashArticle({ id: 2 });
  const opened = await api.openComparison({ leftId: 3, rightId: 4 });
  await api.correctComparison({
    comparisonId: opened.comparisonId,
    kind: 'note',
    leftText: opened.comparison.left.claims[0]!.text,
    rightText: opened.comparison.right.claims[0]!.text,
    note: 'seen',
  });
  // From here on, every statement the library prepares is recorded with the values it was run with.
  const prepare = lib.ctx.db.prepare.bind(lib.ctx.db);
  lib.ctx.db.prepare = ((sql: string) => {
    const statement = prepare(sql) as Statement;
    for (const run of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[run].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[run] = (...args: unknown[]) => {
        recorded.push({ sql, args });
        return original(...args);
      };
    }
    return statement;
  }) as typeof lib.ctx.db.prepare;
});
afterAll(() => lib.close());

function plans(call: () => Promise<unknown>) {
  return async () => {
    recorded.length = 0;
    await call();
    const reads = recorded.filter((r) => /^\s*(SELECT|WITH)/i.test(r.sql));
    expect(reads.length).toBeGreaterThan(0);
    return reads.map((r) => ({
      sql: r.sql.replace(/\s+/g, ' ').trim(),
      plan: (lib.ctx.db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.args) as { detail: string }[]).map(
        (p) => p.detail,
      ),
    }));
  };
}

/** Aliases the queries use for large tables ("SCAN a" is articles read whole). */
const ALIASES: Readonly<Record<string, string>> = {
  a: 'articles',
  sa: 'story_articles',
  at: 'article_tags',
  c: 'comparisons',
};

/** Reading articles through the deleted_at index alone is reading every live article. */
const ALL_LIVE = /^SEARCH (a|articles) USING (COVERING )?INDEX articles_deleted \(deleted_at=\?\)$/;

function scansOfLarge(plan: readonly string[], allLive = false): string[] {
  return plan.filter((d) => {
    if (!allLive && ALL_LIVE.test(d)) return true;
    const m = /^SCAN (\w+)/.exec(d);
    if (!m) return false;
    const table = ALIASES[m[1]!] ?? m[1]!;
    return LARGE.includes(table);
  });
}

describe('query plans at archive scale', () => {
  // The whole library and its count read every live article by nature (through the deleted_at index).
  const cases: [string, () => Promise<unknown>, boolean?][] = [
    ['the whole library, by date', () => api.listArticles({}), true],
    ['a story', () => api.listArticles({ story: 'Story 1' })],
    ['a tag', () => api.listArticles({ tag: 'checked' })],
    ['an outlet', () => api.listArticles({ outlet: 'Outlet 2', sort: 'title' })],
    ['a language', () => api.listArticles({ language: 'fr', sort: 'outlet' })],
    ['a story in one language', () => api.listArticles({ story: 'Story 2', language: 'en' })],
    ['the trash', () => api.listArticles({ trash: true })],
    ['the facets', () => api.libraryFacets({})],
    ['one article', () => api.getArticle({ id: 5 })],
    ['a search', () => api.searchArticles({ query: 'ceasefire Deraa' })],
    ['recent comparisons', () => api.recentComparisons({})],
    ['a cached comparison with its corrections', () => api.openComparison({ leftId: 3, rightId: 4 })],
    ['the library count', () => api.appInfo({}), true],
    // It says how many articles do not address the claim: the library's count.
    [
      'a claim checked across the library',
      () => api.checkClaim({ claim: 'Civilians fled the shelling in Deraa' }),
      true,
    ],
  ];
  for (const [name, call, allLive] of cases) {
    it(`reads no large table whole for ${name}`, async () => {
      for (const { sql, plan } of await plans(call)()) {
        expect(scansOfLarge(plan, allLive), `${sql}\n${plan.join('\n')}`).toEqual([]);
      }
    });
  }

  it('notices a full scan (the check itself can fail)', () => {
    const plan = lib.ctx.db
      .prepare('EXPLAIN QUERY PLAN SELECT * FROM story_articles WHERE article_id + 0 = 1')
      .all() as { detail: string }[];
    expect(scansOfLarge(plan.map((p) => p.detail))).not.toEqual([]);
  });
});
