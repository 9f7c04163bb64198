// `npm run bench:compare`: the engine on real news text (FNC-1 bodies, two per story, concatenated to length)
// against the naive alternatives in the same run: jsdiff's diffWords and diff-match-patch over the two whole
// texts, the engine without its caches. Writes the engine section of docs/PERFORMANCE.md; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { analyseArticle, compareAnalysed, compareTexts } from '../../shared/compare';
import { unwrapEnvelope } from '../../shared/errors';
import type { ComparisonView } from '../../shared/domain';
import type { AppContext } from '../../main/context';
import { dispatch } from '../../main/dispatch';
import { WorkerEngine } from '../../main/engine/engine';
import { insertArticle } from '../../main/library/articles';
import { openLibrary } from '../../main/library/open';
import { makeReportPair } from '../helpers/long-text';
import { fnc1ReportPair, hasFnc1 } from './fnc1-text';
import { median, ms, timeMs, timeMsAsync, writeSection } from './performance-doc';

const real = hasFnc1();
const pairOf = (words: number) => (real ? fnc1ReportPair(words) : makeReportPair(words, words));
const source = real
  ? 'FNC-1 article bodies (two bodies of each story, one per side, concatenated to length)'
  : 'generated text (no FNC-1 data found: set PARALLAX_DATA to the folder holding fnc1/)';

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // no time cap: the real cost of a full diff

// Warm-up: the engine's data loaded and its code compiled before anything is measured.
{
  const [a, b] = pairOf(8000);
  for (let i = 0; i < 5; i++) compareTexts(a, b);
}

// 1. The whole comparison of two raw texts, against whole-text diffs of the same texts.
const sizes = [1000, 2000, 4000, 8000];
const whole: { words: number; engine: number; jsdiff: number; dmp: number }[] = [];
for (const words of sizes) {
  const [a, b] = pairOf(words);
  const engine = timeMs(() => compareTexts(a, b), words >= 8000 ? 9 : 15);
  const jsdiff = timeMs(() => diffWords(a, b), words >= 4000 ? 1 : 3, words >= 4000 ? 0 : 1);
  const dm = timeMs(() => dmp.diff_cleanupSemantic(dmp.diff_main(a, b)), words >= 4000 ? 1 : 3, words >= 4000 ? 0 : 1);
  whole.push({ words, engine, jsdiff, dmp: dm });
  console.log(`measured ${words} words a side`);
}

// 2. Per article and per pair: what a cached analysis saves.
const [left, right] = pairOf(8000);
const analyse = timeMs(() => analyseArticle(left), 9);
const al = analyseArticle(left);
const ar = analyseArticle(right);
const perPair = timeMs(() => compareAnalysed({ analysis: al, text: left }, { analysis: ar, text: right }), 15);
const raw = timeMs(() => compareTexts(left, right), 9);

// 3. At the API, on a real library with the engine in its worker: first open, and opened again (cached).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-'));
const db = openLibrary(path.join(dir, 'library.sqlite'));
const engine = new WorkerEngine();
const ctx: AppContext = { db, libraryPath: dir, version: 'bench', transport: 'browser', engine };
const leftId = insertArticle(db, { title: 'Left', text: left, language: 'en' }).id;
const rightId = insertArticle(db, { title: 'Right', text: right, language: 'en' }).id;
const open = async () => unwrapEnvelope<ComparisonView>(await dispatch(ctx, 'openComparison', { leftId, rightId }));
const firstOpens: number[] = [];
const fromAnalyses: number[] = [];
for (let i = 0; i < 5; i++) {
  db.exec('DELETE FROM analyses; DELETE FROM comparison_results;');
  let t = performance.now();
  await open();
  firstOpens.push(performance.now() - t);
  db.exec('DELETE FROM comparison_results;');
  t = performance.now();
  await open();
  fromAnalyses.push(performance.now() - t);
}
const cached = await timeMsAsync(open, 15);
await engine.close();
db.close();
fs.rmSync(dir, { recursive: true, force: true });

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const growth = (i: number) => whole[i]!.engine / whole[i - 1]!.engine;
const w8 = whole[whole.length - 1]!;
writeSection(
  'compare',
  'Engine',
  `
Texts: ${source}. Medians of 7 to 15 runs for the engine (one run of each whole-text diff at 4,000 words and more:
it takes seconds).

| words a side | engine, whole \`compareTexts\` | jsdiff \`diffWords\`, whole texts | diff-match-patch, whole texts | diffWords / engine | dmp / engine |
| --- | --- | --- | --- | --- | --- |
${whole.map((r) => row([r.words.toLocaleString('en'), ms(r.engine), ms(r.jsdiff), ms(r.dmp), `${(r.jsdiff / r.engine).toFixed(0)}×`, `${(r.dmp / r.engine).toFixed(0)}×`])).join('\n')}

Growth of the engine's time for twice the words: ${whole
    .slice(1)
    .map(
      (r, i) =>
        `${whole[i]!.words.toLocaleString('en')} → ${r.words.toLocaleString('en')}: ${growth(i + 1).toFixed(2)}×`,
    )
    .join(
      '; ',
    )} (2.0 is linear). Target: ≥ 300× faster than diffWords at 8,000 words (here ${(w8.jsdiff / w8.engine).toFixed(0)}×).

| two 8,000-word reports | time | naive alternative | naive time |
| --- | --- | --- | --- |
${row(['analysis of one report (`analyseArticle`, cached per article in the library)', ms(analyse), '—', '—'])}
${row(['per-pair work on two analysed reports (`compareAnalysed`), target ≤ 50 ms', ms(perPair), 'whole `compareTexts` (analyses not cached)', ms(raw)])}
${row(['open at the API, cached comparison (corrections applied on top), target ≤ 20 ms', ms(cached), 'computed in the engine worker, no cache (every open before)', ms(median(firstOpens))])}
${row(['open at the API, comparison not cached but both analyses cached', ms(median(fromAnalyses)), 'computed in the engine worker, no cache', ms(median(firstOpens))])}
`,
);
