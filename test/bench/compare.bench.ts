// `npm run bench`: the engine against the naive alternatives on the same pairs in the same run: jsdiff's
// diffWords and diff-match-patch over the two whole texts. Prints medians and ratios; asserts nothing.
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { compareTexts } from '../../shared/compare';
import { countWords } from '../../shared/text/language';
import { SAMPLE_ARTICLES } from '../../main/library/sample-library';

/** A small deterministic PRNG, so every run measures the same texts. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SENTENCES = SAMPLE_ARTICLES.filter((a) => a.language === 'en')
  .flatMap((a) => a.text.split(/(?<=[.!?])\s+/))
  .filter((s) => s.length > 30);

const VOCABULARY = [...new Set(SENTENCES.join(' ').match(/\p{L}{4,}/gu) ?? [])];

/**
 * Two different reports of about `words` words each. Each sentence is a sample sentence with about a third of
 * its words replaced at random, so sentences are unique (as in real articles) yet the two sides share facts;
 * the right side also alters figures and labels.
 */
function makePair(words: number, seed: number): [string, string] {
  const r = rng(seed);
  const build = (variant: number): string => {
    const out: string[] = [];
    let n = 0;
    while (n < words) {
      let s = SENTENCES[Math.floor(r() * SENTENCES.length)]!.replace(/\p{L}{4,}/gu, (w) =>
        r() < 0.35 ? VOCABULARY[Math.floor(r() * VOCABULARY.length)]! : w,
      );
      if (variant && r() < 0.3) s = s.replace(/\d+/g, (d) => String(Number(d) + 1 + Math.floor(r() * 9)));
      if (variant && r() < 0.2) s = s.replace(/rebels/g, 'terrorists');
      out.push(s);
      n += countWords(s);
    }
    return out.join(r() < 0.5 ? ' ' : '\n');
  };
  return [build(0), build(1)];
}

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
