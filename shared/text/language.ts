// Language detection by function-word frequency: cheap, deterministic, and good enough to pick between the
// languages Parallax has data for; franc's trigram model (franc-min) tells a third language from them when few
// function words are found. Anything it cannot place with confidence is "und" (undetermined).

import { francAll } from 'franc-min';

/** Languages a news text may be in besides ours, for telling them apart (ISO 639-3). */
const THIRD_LANGUAGES = ['eng', 'fra', 'deu', 'spa', 'ita', 'por', 'nld', 'rus', 'pol', 'tur', 'arb', 'ukr', 'swe'];

export type Language = 'fr' | 'en' | 'und';
export const SUPPORTED_LANGUAGES: readonly Language[] = ['fr', 'en'];

const MARKERS: Readonly<Record<Exclude<Language, 'und'>, ReadonlySet<string>>> = {
  fr: new Set(
    'le la les des du de un une et est sont dans pour pas que qui sur au aux avec par ce cette ses leur été selon il elle ont mais ou où plus à en ne se son sa lors aussi très être sera'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in is are was were that for on with as by at from this it have has had not be an or which their said will would who its they after than also been'.split(
      ' ',
    ),
  ),
};

/** Each function word: 1 when French, 2 when English, 3 when both (one look-up a word). */
const MARKER_OF = new Map<string, number>();
for (const w of MARKERS.fr) MARKER_OF.set(w, (MARKER_OF.get(w) ?? 0) | 1);
for (const w of MARKERS.en) MARKER_OF.set(w, (MARKER_OF.get(w) ?? 0) | 2);

export function detectLanguage(text: string): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 'und';
  const sample = words.length > 2000 ? words.slice(0, 2000) : words;
  let fr = 0;
  let en = 0;
  for (const w of sample) {
    const marker = MARKER_OF.get(w);
    if (marker === undefined) continue;
    if (marker & 1) fr++;
    if (marker & 2) en++;
  }
  const best = Math.max(fr, en);
  // Few function words of either: franc's trigrams tell a third language (German, Spanish…) from a short
  // French or English text.
  if (best < Math.max(2, sample.length * 0.15) && sample.length >= 8) {
    const scores = francAll(sample.join(' '), { only: THIRD_LANGUAGES });
    const [top, topScore] = scores[0] ?? ['und', 0];
    const ours = Math.max(0, ...scores.filter(([l]) => l === 'eng' || l === 'fra').map(([, x]) => x));
    if (top !== 'eng' && top !== 'fra' && top !== 'und' && topScore - ours > 0.1) return 'und';
  }
  // Require a real share of function words, so Arabic or German text is not forced into French or English.
  if (best < Math.max(1, sample.length * 0.08)) return 'und';
  if (fr === en) return 'und';
  return fr > en ? 'fr' : 'en';
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or a digit at `i` (ASCII by its code; anything else by its Unicode class, a surrogate pair whole). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!);
}

/**
 * Words as runs of letters and digits, joined by an apostrophe or a hyphen ("aujourd'hui", "cease-fire" are
 * one): what `/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu` matches, counted in one pass without making the
 * words (an import counts every article's).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordChar(text, i)) {
      if (!inWord) count++;
      inWord = true;
      if (c >= 0xd800 && c <= 0xdbff) i++;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45) && i + 1 < text.length && isWordChar(text, i + 1)) {
      // A joiner inside a word: the word goes on.
    } else {
      inWord = false;
    }
  }
  return count;
}
