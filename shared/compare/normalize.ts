// Folding and light stemming, so that inflected forms, accents and case meet on one key.
import { memoize } from './memo';

/** Lower case, no accents, one apostrophe. Memoised: news vocabulary repeats, and NFD is not cheap. */
export const fold = memoize(foldUncached);

function foldUncached(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ`]/g, "'");
}

const EN_SUFFIXES = [
  'ational',
  'ization',
  'fulness',
  'iveness',
  'ations',
  'ments',
  'ement',
  'ingly',
  'ation',
  'ities',
  'ness',
  'ment',
  'ings',
  'ing',
  'ies',
  'ied',
  'ers',
  'ed',
  'es',
  'ly',
  'er',
  's',
];
const FR_SUFFIXES = [
  'issements',
  'issement',
  'atrices',
  'ateurs',
  'ations',
  'ements',
  'ements',
  'atrice',
  'ateur',
  'ation',
  'ement',
  'eraient',
  'iraient',
  'eront',
  'erait',
  'irait',
  'ances',
  'ences',
  'ismes',
  'istes',
  'ables',
  'ments',
  'ment',
  'euses',
  'euse',
  'ance',
  'ence',
  'isme',
  'iste',
  'able',
  'aient',
  'erez',
  'ions',
  'ees',
  'ies',
  'es',
  'ee',
  'er',
  'ez',
  'ie',
  'e',
  's',
  'x',
];

function strip(word: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= minStem && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** A light suffix-stripping stemmer (folded input). Aggressive enough to meet inflections, not a linguist. */
export function stem(folded: string, language: string): string {
  if (folded.length <= 3 || /\d/.test(folded)) return folded;
  if (language === 'fr') return strip(folded, FR_SUFFIXES, 3);
  // A final "e" goes too, so "agree" and "agreed", "refuse" and "refused" meet.
  if (language === 'en') {
    const stripped = strip(folded, EN_SUFFIXES, 3);
    return stripped === folded && /\w{4}e$/.test(folded) ? folded.slice(0, -1) : stripped;
  }
  return folded;
}
