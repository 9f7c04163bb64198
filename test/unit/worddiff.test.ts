// The word diff's own segmenter (UAX #29 for the characters news text is mostly made of) must cut every text
// exactly as Intl.Segmenter does, or the diffs would change; texts with other characters go to Intl.Segmenter.
import { describe, expect, it } from 'vitest';
import { segmentWords, segmentWordsIntl } from '../../shared/compare/worddiff';
import { SAMPLE_ARTICLES } from '../../main/library/sample-library';

const ALPHABET = [
  ...['a', 'Z', 'é', 'Œ', 'ª', '1', '9', ' ', '  ', '\t', '\r', '\n', '\r\n', '\u000b', '\u00a0', '\u202f'],
  ...['.', "'", ':', ',', ';', '_', '\u2019', '\u2018', '·', '-', '$', '%', '"', '“', '…', '—', '«', '(', '×', 'Ω'],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('word segmentation', () => {
  it('cuts short texts of every awkward character pair as Intl.Segmenter does', () => {
    const r = rng(7);
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(r() * 10);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(r() * ALPHABET.length)];
      for (const language of ['en', 'fr']) {
        expect(segmentWords(text, language), JSON.stringify(text)).toEqual(segmentWordsIntl(text, language));
      }
    }
  });

  it('cuts real articles as Intl.Segmenter does', () => {
    for (const a of SAMPLE_ARTICLES) {
      for (const piece of [a.text, ...a.text.split(/(?<=[.!?])\s+/)]) {
        expect(segmentWords(piece, a.language ?? 'en')).toEqual(segmentWordsIntl(piece, a.language ?? 'en'));
      }
    }
    const text = "U.S. officials didn't say 3.5 or 1,000; e.g. the co-op's 12:30 a_b 1'2 l'armée aujourd'hui…";
    expect(segmentWords(text, 'en')).toEqual(segmentWordsIntl(text, 'en'));
  });
});
