// What the two reports' keys weigh in this comparison, and how names written two ways in the two reports are made
// one: the right report's name keys are renamed to the left's where the names are the same (Daraa/Deraa).
import { sameName, skeleton } from '../language/names';
import type { ArticleAnalysis, SentenceAnalysis } from '../analysis/types';

export interface Vocabulary {
  /** Key weight in this comparison: the word's own weight times how rare the key is across both reports. */
  weight(key: string, prior: number): number;
  /** The right report's key as the left report writes it. */
  rename(key: string): string;
}

function nameKeys(a: ArticleAnalysis): Set<string> {
  const out = new Set<string>();
  for (const s of a.sentences) for (const k of Object.keys(s.keys)) if (k.startsWith('E:')) out.add(k);
  return out;
}

export function buildVocabulary(left: ArticleAnalysis, right: ArticleAnalysis): Vocabulary {
  const renames = new Map<string, string>();
  const leftNames = nameKeys(left);
  // Only names with the same consonant skeleton can be one name: compare within those buckets.
  const bySkeleton = new Map<string, string[]>();
  for (const l of leftNames) {
    const s = skeleton(l.slice(2));
    bySkeleton.set(s, [...(bySkeleton.get(s) ?? []), l]);
  }
  for (const k of nameKeys(right)) {
    if (leftNames.has(k)) continue;
    const same = bySkeleton.get(skeleton(k.slice(2)))?.find((l) => sameName(l.slice(2), k.slice(2)));
    if (same) renames.set(k, same);
  }
  const rename = (key: string) => renames.get(key) ?? key;
  const df = new Map<string, number>();
  const count = (s: SentenceAnalysis, renamed: boolean) => {
    for (const k of Object.keys(s.keys)) {
      const key = renamed ? rename(k) : k;
      df.set(key, (df.get(key) ?? 0) + 1);
    }
  };
  left.sentences.forEach((s) => count(s, false));
  right.sentences.forEach((s) => count(s, true));
  const n = left.sentences.length + right.sentences.length;
  const norm = Math.log(1 + Math.max(2, n));
  return {
    rename,
    weight(key, prior) {
      const d = df.get(key) ?? 1;
      // In a long text, a key found in over a fifth of all sentences says nothing about which ones match.
      if (n >= 100 && d > n / 5) return 0;
      return prior * (Math.log(1 + n / d) / norm);
    },
  };
}
