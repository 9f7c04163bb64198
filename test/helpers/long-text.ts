// Long, realistic report pairs for benchmarks and the long-text end-to-end test: sample sentences with about a
// third of their words replaced at random, so sentences are unique (as in real articles) yet the two sides
// share facts; the right side also alters figures and labels. Deterministic for a given seed.
import { SAMPLE_ARTICLES } from '../../main/library/sample-library';
import { countWords } from '../../shared/text/language';

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

export function makeReportPair(words: number, seed: number): [string, string] {
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
    // Paragraphs of about five sentences.
    return out
      .map((s, i) => (i % 5 === 4 ? s + '\n' : s + ' '))
      .join('')
      .trim();
  };
  return [build(0), build(1)];
}
