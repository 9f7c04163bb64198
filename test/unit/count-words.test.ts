// countWords counts in one pass what the word pattern matches: checked against the pattern itself on random text
// made of the characters that decide a word's edges (letters of several scripts, digits, apostrophes, hyphens,
// letters and symbols outside the Basic Multilingual Plane, spaces and punctuation).
import { describe, expect, it } from 'vitest';
import { countWords } from '../../shared/text/language';

const PATTERN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const PIECES = [
  'a',
  'Z',
  'é',
  'ß',
  'ж',
  '中',
  'ع',
  '7',
  '٣',
  "'",
  '’',
  '-',
  '‘',
  ' ',
  '\n',
  '.',
  ',',
  '—',
  '𝔸',
  '😀',
  '\u00a0',
];

function randomText(seed: number, length: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out += PIECES[s % PIECES.length];
  }
  return out;
}

describe('countWords', () => {
  it('counts what the word pattern matches, on 2,000 random texts', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const text = randomText(seed, 1 + (seed % 60));
      expect(countWords(text), JSON.stringify(text)).toBe((text.match(PATTERN) ?? []).length);
    }
  });

  it('joins words by an apostrophe or a hyphen, not by two of them or at the end', () => {
    expect(countWords("aujourd'hui, the cease-fire’s end")).toBe(4);
    expect(countWords('a--b c- -d')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});
