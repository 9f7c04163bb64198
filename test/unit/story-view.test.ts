// The story view over a real library, through the contract: the sample story, corrections carried over in both
// directions and kept like any other, the user lexicon applied, bad input (one report, more than eight, an
// unsupported language, a trashed article), the three exports, and `parallax story`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../main/context';
import { WorkerEngine } from '../../main/engine/engine';
import { insertArticle } from '../../main/library/articles';
import { forgetEngineMemo } from '../../main/library/engine-memo';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { SAMPLE_STORY } from '../../main/library/sample-library';
import type { ParallaxApi } from '../../shared/api';
import type { StoryView } from '../../shared/domain';
import { directApi, tempLibrary } from '../helpers/library';

let lib: ReturnType<typeof tempLibrary>;
let api: ParallaxApi;
let ctx: AppContext;

beforeEach(() => {
  lib = tempLibrary();
  ctx = lib.ctx;
  seedSampleLibraryOnce(ctx.db);
  api = directApi(ctx);
});
afterEach(() => lib.close());

const outletOf = (v: StoryView, id: number) => v.articles.find((a) => a.id === id)!.outlet;
/** The fact that holds a claim of an outlet whose text contains these words. */
function factWith(v: StoryView, outlet: string, words: string) {
  const a = v.articles.find((x) => x.outlet === outlet)!;
  const claim = a.claims.find((c) => c.text.includes(words))!;
  return v.facts.find((f) => f.cells.some((c) => c.articleId === a.id && c.claimIds.includes(claim.id)));
}

describe('the story view', () => {
  it('shows the sample story across its five reports, in order of publication, with shared facts', async () => {
    const v = await api.openStory({ story: SAMPLE_STORY });
    expect(v.story?.name).toBe(SAMPLE_STORY);
    expect(v.articles).toHaveLength(5);
    expect(v.articles.map((a) => a.publishedAt)).toEqual([...v.articles.map((a) => a.publishedAt)].sort());
    expect(v.articles.every((a) => a.compared)).toBe(true);
    // The summaries written for the sample stay labelled as summaries.
    expect(v.articles.filter((a) => a.isSummary).map((a) => a.outlet)).toEqual([
      'CNN',
      'Al-Masdar News',
      'The New Arab',
    ]);
    // Fighters who refuse are taken north: the French report, Al-Masdar and The New Arab, in one row.
    const north = factWith(v, 'The New Arab', 'taken north')!;
    expect(north.cells.map((c) => outletOf(v, c.articleId))).toEqual([null, 'Al-Masdar News', 'The New Arab']);
    // Who proposed the truce: Al-Masdar's Russian centre against The New Arab's rebels.
    const who = factWith(v, 'The New Arab', 'themselves proposed')!;
    expect(who.verdict).toBe('conflict');
    expect(who.reasons[0]).toMatchObject({ kind: 'actor', conflict: true });
    // Every claim of every article is in exactly one fact, or exclusive.
    for (const a of v.articles) {
      const inFacts = v.facts.flatMap((f) => f.cells.filter((c) => c.articleId === a.id).flatMap((c) => c.claimIds));
      expect([...inFacts, ...v.exclusive[String(a.id)]!].sort()).toEqual(a.claims.map((c) => c.id).sort());
    }
  });

  it('carries corrections over from either direction, and keeps one made in the story view like any other', async () => {
    const before = await api.openStory({ story: SAMPLE_STORY });
    const fact = factWith(before, 'The New Arab', 'taken north')!;
    const l = fact.links.find((x) => outletOf(before, x.leftId) === 'Al-Masdar News')!;
    const claim = (id: number, c: string) => before.articles.find((a) => a.id === id)!.claims.find((k) => k.id === c)!;
    const left = claim(l.leftId, l.leftClaims[0]!);
    const right = claim(l.rightId, l.rightClaims[0]!);
    // A verdict changed beside the two texts, the other way round, shows in the story.
    const opened = await api.openComparison({ leftId: l.rightId, rightId: l.leftId });
    await api.correctComparison({
      comparisonId: opened.comparisonId,
      kind: 'verdict',
      verdict: 'conflict',
      leftText: right.text,
      rightText: left.text,
      leftStart: right.start,
      rightStart: left.start,
    });
    const corrected = factWith(await api.openStory({ story: SAMPLE_STORY }), 'The New Arab', 'taken north')!;
    expect(corrected.verdict).toBe('conflict');
    expect(corrected.reasons.some((r) => r.kind === 'corrected' && r.conflict)).toBe(true);
    // Unlinked from the story view: stored on the pair's comparison (the direction that holds its corrections).
    const { comparisonId } = await api.correctStoryPair({
      leftId: l.leftId,
      rightId: l.rightId,
      kind: 'unlink',
      leftText: left.text,
      rightText: right.text,
      leftStart: left.start,
      rightStart: right.start,
    });
    expect(comparisonId).toBe(opened.comparisonId);
    const pairView = await api.openComparison({ leftId: l.rightId, rightId: l.leftId });
    expect(pairView.comparison.corrections.map((c) => c.kind)).toEqual(['verdict', 'unlink']);
    expect(pairView.comparison.links.some((x) => x.left.includes(`L${right.id.slice(1)}`))).toBe(false);
    const after = await api.openStory({ story: SAMPLE_STORY });
    const again = factWith(after, 'The New Arab', 'taken north');
    expect(again?.links.some((x) => x.leftId === l.leftId && x.rightId === l.rightId) ?? false).toBe(false);
    // Undo, as in the comparison, brings the link back.
    await api.undoCorrection({ comparisonId });
    const undone = factWith(await api.openStory({ story: SAMPLE_STORY }), 'The New Arab', 'taken north')!;
    expect(undone.links.some((x) => x.leftId === l.leftId && x.rightId === l.rightId)).toBe(true);
  });

  it('applies the library lexicon: without its label pair, the French "terroristes" is no framing', async () => {
    const withLexicon = factWith(await api.openStory({ story: SAMPLE_STORY }), 'The New Arab', 'taken north')!;
    expect(withLexicon.reasons.some((r) => r.kind === 'label')).toBe(true);
    for (const e of await api.listLexicon({})) await api.removeLexiconEntry({ id: e.id });
    const plain = await api.openStory({ story: SAMPLE_STORY });
    const fact = factWith(plain, 'The New Arab', 'taken north');
    expect(JSON.stringify(fact?.reasons ?? [])).not.toContain('terroristes d’al-Qaïda');
  });

  it('says what is wrong with one report, more than eight, a story that does not exist', async () => {
    const single = insertArticle(ctx.db, { title: 'Alone', text: 'Only one report here.', stories: ['Lonely'] });
    await expect(api.openStory({ story: 'Lonely' })).rejects.toThrow(/has one report.*two or more/);
    await expect(api.openStory({ articleIds: [single.id] })).rejects.toThrow(/two or more/);
    const many = Array.from({ length: 9 }, (_, i) =>
      insertArticle(ctx.db, { title: `R${i}`, text: `Report number ${i} says the truce held.`, stories: ['Big'] }),
    );
    await expect(api.openStory({ story: 'Big' })).rejects.toThrow(/9 reports; a story view compares up to 8/);
    const eight = await api.openStory({ articleIds: many.slice(0, 8).map((m) => m.id) });
    expect(eight.articles).toHaveLength(8);
    await expect(api.openStory({ story: 'Nothing like it' })).rejects.toThrow(/no story named/);
  });

  it('shows an article in a language the engine does not read, marked as not compared', async () => {
    const de = insertArticle(ctx.db, {
      title: 'Waffenruhe in Daraa',
      text: 'Russland bot den Rebellen in Daraa eine Waffenruhe an. Die Kämpfer sollen nach Idlib gebracht werden.',
      language: 'de',
      stories: [SAMPLE_STORY],
    });
    const v = await api.openStory({ story: SAMPLE_STORY });
    const column = v.articles.find((a) => a.id === de.id)!;
    expect(column.compared).toBe(false);
    expect(v.facts.some((f) => f.cells.some((c) => c.articleId === de.id))).toBe(false);
    expect(v.exclusive[String(de.id)]).toBeUndefined();
  });

  it('drops a trashed article and says so', async () => {
    const v = await api.openStory({ story: SAMPLE_STORY });
    const gone = v.articles[1]!;
    await api.trashArticle({ id: gone.id });
    const story = await api.openStory({ story: SAMPLE_STORY });
    expect(story.articles.map((a) => a.id)).not.toContain(gone.id);
    expect(story.dropped).toEqual([{ id: gone.id, title: gone.title, why: 'trashed' }]);
    const picked = await api.openStory({ articleIds: [...v.articles.map((a) => a.id), 999] });
    expect(picked.dropped).toEqual([
      { id: gone.id, title: gone.title, why: 'trashed' },
      { id: 999, title: null, why: 'missing' },
    ]);
  });

  it('exports HTML, CSV (a row per fact and outlet) and JSON in the documented shape', async () => {
    const v = await api.openStory({ story: SAMPLE_STORY });
    const json = JSON.parse((await api.exportStory({ selection: { story: SAMPLE_STORY }, format: 'json' })).content);
    expect(Object.keys(json)).toEqual(['story', 'articles', 'facts', 'exclusive']);
    expect(Object.keys(json.articles[0])).toEqual(['id', 'outlet', 'title', 'publishedAt', 'language']);
    expect(Object.keys(json.facts[0])).toEqual(['id', 'verdict', 'cells', 'reasons']);
    expect(Object.keys(json.facts[0].cells[0])).toEqual(['articleId', 'claimIds', 'text']);
    const conflict = json.facts.find((f: { verdict: string }) => f.verdict === 'conflict');
    expect(Object.keys(conflict.reasons[0])).toEqual(['kind', 'articleIds', 'text']);
    expect(conflict.reasons[0].text).toMatch(/ against /);
    expect(json.facts).toHaveLength(v.facts.length);

    const csv = (await api.exportStory({ selection: { story: SAMPLE_STORY }, format: 'csv' })).content;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFfact,verdict,article id,outlet,published,language,reported,mark,claim ids,text,reasons',
    );
    expect(lines.filter((x) => x.startsWith('F1,'))).toHaveLength(5); // one row per outlet, reported or not
    expect(lines.some((x) => /^F1,.*,no,,,/.test(x))).toBe(true);

    const html = await api.exportStory({ selection: { story: SAMPLE_STORY }, format: 'html', locale: 'fr' });
    expect(html.filename).toBe('parallax-story-deraa-june-2018.html');
    expect(html.content).toContain('<html lang="fr">');
    expect(html.content).toContain('non rapporté');
    expect(html.content).toContain('<svg role="img"');
    expect(html.content).not.toMatch(/<script|https?:\/\/(?!www\.voanews)/i);
  });
});

describe('the story view in the app', () => {
  it('has the engine worker compare the pairs the cache lacks, then reads the view from the cache alone', async () => {
    const inline = await api.openStory({ story: SAMPLE_STORY });
    forgetEngineMemo('all', ctx.db); // nothing of the first opening left, in memory or in the library
    const engine = new WorkerEngine();
    const tasks: string[] = [];
    const run = engine.run.bind(engine);
    engine.run = (task, options) => {
      tasks.push(task.kind);
      return run(task, options);
    };
    try {
      const app = directApi({ ...ctx, engine });
      const pairs = () => ctx.db.prepare('SELECT count(*) FROM comparison_results').pluck().get() as number;
      expect(pairs()).toBe(0);
      const v = await app.openStory({ story: SAMPLE_STORY });
      expect(tasks).toEqual(Array.from({ length: (5 * 4) / 2 }, () => 'compare'));
      expect(pairs()).toBe(10);
      expect(v.facts).toEqual(inline.facts);
      expect(v.exclusive).toEqual(inline.exclusive);
      // Opened again, nothing is left to compute.
      await app.openStory({ story: SAMPLE_STORY });
      expect(tasks).toHaveLength(10);
    } finally {
      await engine.close();
    }
  });
});

describe('parallax story', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['main/bin/parallax.cjs', ...args, '--db', lib.file], { encoding: 'utf8' });

  it('prints the matrix, the JSON, and writes an export, by name, by id or by articles', () => {
    ctx.db.close();
    const text = cli(['story', SAMPLE_STORY]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Story: Deraa, June 2018 \(5 reports, \d+ shared facts\)/);
    expect(text.stdout).toContain('Only one outlet reports:');
    const byId = cli(['story', '1']);
    expect(byId.stdout.split('\n')[0]).toBe(text.stdout.split('\n')[0]);
    const json = JSON.parse(cli(['story', '--articles', '4,5', '--json']).stdout);
    expect(json.articles.map((a: { id: number }) => a.id)).toEqual([4, 5]);
    const out = path.join(lib.dir, 'story.csv');
    const written = cli(['story', SAMPLE_STORY, '--out', out]);
    expect(written.stdout).toContain('(csv)');
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^\uFEFFfact,verdict/);
    const bad = cli(['story', '--articles', '4']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/two or more/);
    expect(cli(['story', SAMPLE_STORY, '--format', 'csv']).stderr).toMatch(/--format goes with --out/);
  });
});
