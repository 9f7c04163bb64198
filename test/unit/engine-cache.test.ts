// The engine's caches in the library: an analysis is reused while its text, language, date, the engine version
// and the user lexicon are unchanged, and never after one of them changes; a cached comparison is what is read
// (corrections on top); what the cache gives back is exactly what the engine computes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareTexts, type Comparison } from '../../shared/compare';
import { analyseArticle } from '../../shared/compare/analysis/analyse';
import { parseAnalysis, serialiseAnalysis } from '../../shared/compare/analysis/serial';
import type { ParallaxApi } from '../../shared/api';
import { insertArticle } from '../../main/library/articles';
import {
  analysisKey,
  cachedAnalysis,
  cachedComparison,
  storeAnalyses,
  storeComparison,
} from '../../main/library/engine-cache';
import { userLexicon } from '../../main/library/lexicon';
import { SAMPLE_ARTICLES, SAMPLE_LEXICON } from '../../main/library/sample-library';
import { directApi, tempLibrary } from '../helpers/library';

const LEFT = SAMPLE_ARTICLES[1]!;
const RIGHT = SAMPLE_ARTICLES[2]!;

let lib: ReturnType<typeof tempLibrary>;
let api: ParallaxApi;
let left: number;
let right: number;

beforeEach(() => {
  lib = tempLibrary();
  api = directApi(lib.ctx);
  left = insertArticle(lib.ctx.db, LEFT).id;
  right = insertArticle(lib.ctx.db, RIGHT).id;
});
afterEach(() => lib.close());

const count = (table: 'analyses' | 'comparison_results') =>
  lib.ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Marks the stored base comparison, so a test can tell a read from the cache from a fresh computation. */
function markCachedComparison(): void {
  const row = lib.ctx.db.prepare('SELECT id, result FROM comparison_results').get() as { id: number; result: string };
  const c = JSON.parse(row.result) as Comparison;
  const marked = { ...c, notes: [...c.notes, 'read from the cache'] };
  lib.ctx.db.prepare('UPDATE comparison_results SET result = ? WHERE id = ?').run(JSON.stringify(marked), row.id);
}

const fromCache = async () =>
  (await api.openComparison({ leftId: left, rightId: right })).comparison.notes.includes('read from the cache');

describe('the analysis and comparison caches', () => {
  it('keep both analyses and the base comparison, and read the comparison back on the next open', async () => {
    const first = await api.openComparison({ leftId: left, rightId: right });
    expect(count('analyses')).toBe(2);
    expect(count('comparison_results')).toBe(1);
    markCachedComparison();
    expect(await fromCache()).toBe(true);
    const again = await api.openComparison({ leftId: left, rightId: right });
    expect({ ...again.comparison, notes: first.comparison.notes }).toEqual(first.comparison);
  });

  it('give back exactly what the engine computes (figures with no upper bound included)', async () => {
    const analysis = analyseArticle('More than 100 people fled on Friday, and at least 3 died.', { language: 'en' });
    expect(parseAnalysis(serialiseAnalysis(analysis))).toEqual(analysis);
    const [first, ...others] = analysis.sentences;
    const open = { ...first!, quantities: first!.quantities.map((q) => ({ ...q, high: Infinity })) };
    const unbounded = { ...analysis, sentences: [open, ...others] };
    expect(parseAnalysis(serialiseAnalysis(unbounded))).toEqual(unbounded);

    const view = await api.openComparison({ leftId: left, rightId: right });
    const { lexicon } = userLexicon(lib.ctx.db);
    const direct = compareTexts(LEFT.text, RIGHT.text, {
      leftLanguage: view.left.language,
      rightLanguage: view.right.language,
      lexicon,
      ...(view.left.publishedAt ? { leftDate: view.left.publishedAt } : {}),
      ...(view.right.publishedAt ? { rightDate: view.right.publishedAt } : {}),
    });
    lib.ctx.db.prepare('DELETE FROM comparison_results').run(); // from the two cached analyses alone
    const fromAnalyses = await api.openComparison({ leftId: left, rightId: right });
    // Without the layer of corrections (none here), it is the engine's comparison to the last field.
    const { corrections, stale, links, ...rest } = fromAnalyses.comparison;
    expect([corrections, stale]).toEqual([[], []]);
    expect({ ...rest, links: links.map(({ edited: _edited, ...l }) => l) }).toEqual(direct);
  });

  it('use a cached analysis when the comparison itself is not cached', async () => {
    await api.openComparison({ leftId: left, rightId: right });
    lib.ctx.db.prepare('DELETE FROM comparison_results').run();
    const key = analysisKey(await api.getArticle({ id: left }), userLexicon(lib.ctx.db).version);
    const analysis = parseAnalysis(cachedAnalysis(lib.ctx.db, key)!);
    storeAnalyses(lib.ctx.db, [
      { key, json: serialiseAnalysis({ ...analysis, sentences: analysis.sentences.slice(0, 1) }) },
    ]);
    const view = await api.openComparison({ leftId: left, rightId: right });
    expect(view.comparison.left.claims).toHaveLength(1);
  });

  it('are not read after the article text changes', async () => {
    await api.openComparison({ leftId: left, rightId: right });
    markCachedComparison();
    lib.ctx.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(`${LEFT.text} One more sentence.`, left);
    expect(await fromCache()).toBe(false);
    expect(count('analyses')).toBe(3); // the new text's analysis beside the old one's
  });

  it('are not read after the language or the publication date changes', async () => {
    await api.openComparison({ leftId: left, rightId: right });
    markCachedComparison();
    await api.updateArticle({ id: left, publishedAt: '2018-07-01' });
    expect(await fromCache()).toBe(false);
    markCachedComparison();
    await api.updateArticle({ id: right, language: 'fr' });
    expect(await fromCache()).toBe(false);
  });

  it('are not read after the user lexicon changes, and the old lexicon rows are removed', async () => {
    await api.openComparison({ leftId: left, rightId: right });
    markCachedComparison();
    expect(await fromCache()).toBe(true);
    await api.addLexiconEntry({ entry: { kind: 'alias', terms: SAMPLE_LEXICON[0]!.terms } });
    expect(await fromCache()).toBe(false);
    const versions = lib.ctx.db.prepare('SELECT DISTINCT lexicon_version FROM analyses').pluck().all();
    expect(versions).toEqual([userLexicon(lib.ctx.db).version]);
    expect(count('comparison_results')).toBe(1);
  });

  it('are not read after the engine version changes', async () => {
    const l = await api.getArticle({ id: left });
    const r = await api.getArticle({ id: right });
    const version = userLexicon(lib.ctx.db).version;
    // What an older engine left in the library: a comparison the current engine must not read.
    const olderLeft = analysisKey(l, version, '0.9.0');
    const olderRight = analysisKey(r, version, '0.9.0');
    storeComparison(lib.ctx.db, olderLeft, olderRight, JSON.stringify({ notes: ['read from the cache'] }));
    expect(cachedComparison(lib.ctx.db, olderLeft, olderRight)).not.toBeNull();
    expect(await fromCache()).toBe(false);
    // Writing the current version's rows removed the older engine's.
    expect(cachedComparison(lib.ctx.db, olderLeft, olderRight)).toBeNull();
    expect(cachedComparison(lib.ctx.db, analysisKey(l, version), analysisKey(r, version))).not.toBeNull();
  });

  it('layer corrections on the cached comparison, and exports read it', async () => {
    const view = await api.openComparison({ leftId: left, rightId: right });
    markCachedComparison();
    const link = view.comparison.links[0]!;
    const claim = (id: string) =>
      [...view.comparison.left.claims, ...view.comparison.right.claims].find((c) => c.id === id)!;
    const corrected = await api.correctComparison({
      comparisonId: view.comparisonId,
      kind: 'verdict',
      verdict: 'conflict',
      leftText: claim(link.left[0]!).text,
      rightText: claim(link.right[0]!).text,
    });
    expect(corrected.comparison.notes).toContain('read from the cache');
    expect(corrected.comparison.links[0]!.verdict).toBe('conflict');
    const exported = await api.exportComparison({ comparisonId: view.comparisonId, format: 'json' });
    expect(exported.content).toContain('read from the cache');
  });
});
