// `npm run bench`: the engine against the naive alternatives on the same pairs in the same run: jsdiff's
// diffWords and diff-match-patch over the two whole texts. Prints medians and ratios; asserts nothing.
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { compareTexts } from '../../shared/compare';
import { countWords } from '../../shared/text/language';
import { makeReportPair as makePair } from '../helpers/long-text';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  for (let i = 0; i < 3; i++) fn(); // warm-up: let the JIT settle before measuring
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // no time cap: the real cost of a full diff

const rows: { words: number; engine: number; diffWords: number; dmp: number }[] = [];
for (const words of [800, 2000, 8000]) {
  const [a, b] = makePair(words, words);
  const engine = time(() => compareTexts(a, b), words >= 8000 ? 7 : 15);
  const jsdiff = time(() => diffWords(a, b), words >= 8000 ? 1 : 3);
  const dm = time(() => dmp.diff_cleanupSemantic(dmp.diff_main(a, b)), words >= 8000 ? 1 : 3);
  rows.push({ words, engine, diffWords: jsdiff, dmp: dm });
  console.log(`measured ${words} words a side (${countWords(a)} / ${countWords(b)})`);
}

console.log(
  '\n| words a side | engine median ms | diffWords ms | diff-match-patch ms | diffWords / engine | dmp / engine |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.words} | ${r.engine.toFixed(1)} | ${r.diffWords.toFixed(0)} | ${r.dmp.toFixed(0)} | ${(r.diffWords / r.engine).toFixed(0)}x | ${(r.dmp / r.engine).toFixed(0)}x |`,
  );
}
const growth = rows[2]!.engine / rows[1]!.engine / (8000 / 2000);
console.log(
  `\nengine growth from 2,000 to 8,000 words: ${(rows[2]!.engine / rows[1]!.engine).toFixed(2)}x for 4x the input (${growth.toFixed(2)} per doubling-equivalent; 1.0 is linear)`,
);
