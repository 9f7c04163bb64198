// `npm run bench:story`: a story of 8 reports of 2,000 words of real news text (FNC-1 bodies on one story, read
// from ../shared/data at benchmark time, never committed) opened in a real library through the contract, cold
// (nothing analysed), with the analyses cached, and with the pairs cached too; beside computing all 28 pairs
// naively (each pair analysing both texts again, as two-report comparisons do). Prints medians; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { compareTexts } from '../../shared/compare';
import { storyClaims, storyFacts, type StoryPair } from '../../shared/story';
import { analyseArticle } from '../../shared/compare';
import { insertArticle } from '../../main/library/articles';
import { forgetEngineMemo } from '../../main/library/engine-memo';
import { openStory } from '../../main/library/story';
import { parseCsv } from '../eval/csv';
import { SHARED } from '../eval/report-pairs-data';
import { tempLibrary } from '../helpers/library';

const DATA = path.resolve(process.env.PARALLAX_DATA ?? path.join(SHARED, 'data'));
const REPORTS = 8;
const WORDS = 2000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(run: () => unknown, before: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Eight 2,000-word reports from the bodies related to the FNC-1 headlines with the most related bodies. */
function reports(): string[] {
  const file = (name: string) => path.join(DATA, 'fnc1', name);
  if (!fs.existsSync(file('competition_test_bodies.csv'))) {
    console.error(`No FNC-1 data at ${DATA}/fnc1. Set PARALLAX_DATA to the folder holding fnc1/.`);
    process.exit(2);
  }
  const bodies = new Map(
    parseCsv(fs.readFileSync(file('competition_test_bodies.csv'), 'utf8')).map((r) => [r['Body ID']!, r.articleBody!]),
  );
  const byHeadline = new Map<string, Set<string>>();
  for (const r of parseCsv(fs.readFileSync(file('competition_test_stances.csv'), 'utf8'))) {
    if (r.Stance === 'unrelated') continue;
    byHeadline.set(r.Headline!, (byHeadline.get(r.Headline!) ?? new Set()).add(r['Body ID']!));
  }
  const related = [...byHeadline.values()].sort((a, b) => b.size - a.size);
  const pool = [...new Set(related.slice(0, 6).flatMap((s) => [...s]))].map((id) => bodies.get(id)!);
  const out = Array.from({ length: REPORTS }, () => [] as string[]);
  const words = (parts: readonly string[]) => (parts.join(' ').match(/\S+/g) ?? []).length;
  let next = 0;
  while (out.some((r) => words(r) < WORDS)) {
    const r = out.find((x) => words(x) < WORDS)!;
    r.push(pool[next++ % pool.length]!);
  }
  return out.map((parts) => (parts.join('\n\n').match(/\S+\s*/g) ?? []).slice(0, WORDS).join('').trim());
}

const texts = reports();
const lib = tempLibrary();
const ids = texts.map(
  (text, i) =>
    insertArticle(lib.ctx.db, {
      title: `Report ${i + 1}`,
      text,
      outlet: `Outlet ${i + 1}`,
      publishedAt: `2015-0${(i % 3) + 1}-1${i}`,
      language: 'en',
      stories: ['Benchmark story'],
    }).id,
);
console.log(
  `${REPORTS} reports of ${texts.map((t) => (t.match(/\S+/g) ?? []).length).join(', ')} words (FNC-1 bodies)`,
);

// The process as the app has it: the engine's resources loaded once (serve warms it up at start).
analyseArticle('Warm-up text about a ceasefire in Deraa on Friday, 29 June 2018.', { language: 'en' });

const open = () => openStory(lib.ctx.db, { story: 'Benchmark story' });
const cold = time(open, () => forgetEngineMemo('all', lib.ctx.db), 5);
const analysesCached = time(open, () => forgetEngineMemo('comparisons', lib.ctx.db), 7);
const allCached = time(open, () => undefined, 15);
const naive = time(
  () => {
    const pairs: StoryPair[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const c = compareTexts(texts[i]!, texts[j]!, { leftLanguage: 'en', rightLanguage: 'en' });
        pairs.push({ leftId: ids[i]!, rightId: ids[j]!, links: c.links });
      }
    }
    return storyFacts(
      texts.map((t, i) => ({ id: ids[i]!, publishedAt: null, claims: storyClaims(analyseArticle(t), t) })),
      pairs,
    );
  },
  () => undefined,
  3,
);
const view = open();
lib.close();

console.log(`${view.facts.length} shared facts, ${Object.values(view.exclusive).flat().length} exclusive claims\n`);
console.log('| opening the story (8 × 2,000 words, 28 pairs) | median ms |');
console.log('| --- | --- |');
console.log(`| cold: every article analysed, every pair compared | ${cold.toFixed(0)} |`);
console.log(`| analyses cached: every pair compared | ${analysesCached.toFixed(0)} |`);
console.log(`| analyses and pairs cached (corrections applied, facts grouped) | ${allCached.toFixed(1)} |`);
console.log(`| naive: all 28 pairs with compareTexts (each analysing both texts again) | ${naive.toFixed(0)} |`);
console.log(
  `\nnaive / cold: ${(naive / cold).toFixed(1)}x; naive / analyses cached: ${(naive / analysesCached).toFixed(1)}x; naive / all cached: ${(naive / allCached).toFixed(0)}x`,
);
