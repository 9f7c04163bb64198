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

const KEY_LISTS = new WeakMap<SentenceAnalysis, readonly string[]>();

/** A sentence's keys as a list, made once per analysed sentence (an analysis is compared many times). */
export function keyList(s: SentenceAnalysis): readonly string[] {
  let list = KEY_LISTS.get(s);
  if (!list) KEY_LISTS.set(s, (list = Object.keys(s.keys)));
  return list;
}

function nameKeys(a: ArticleAnalysis): Set<string> {
  const out = new Set<string>();
  for (const s of a.sentences) for (const k of keyList(s)) if (k.startsWith('E:')) out.add(k);
  return out;
}

/** Each multi-word name's initials ("Islamic State" -> "is") -> its first name key. */
function initials(a: ArticleAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of a.sentences) {
    for (const e of s.entities) {
      const names = e.keys.filter((k) => k.startsWith('E:'));
      if (names.length >= 2 && names.length === e.keys.length) out.set(names.map((k) => k[2]).join(''), names[0]!);
    }
  }
  return out;
}

/** Acronyms of one side ("IS", "UN") written out on the other ("Islamic State"): right key -> left key. */
function acronyms(left: ArticleAnalysis, right: ArticleAnalysis): [string, string][] {
  const out: [string, string][] = [];
  const leftInitials = initials(left);
  const rightInitials = initials(right);
  const acronymKeys = (a: ArticleAnalysis) =>
    new Set(
      a.sentences.flatMap((s) =>
        s.entities.filter((e) => e.kind === 'organisation' && e.keys.length === 1).map((e) => e.keys[0]!),
      ),
    );
  // A key the left side itself uses is never renamed away from it: a report that writes both "IBM" and
  // "International Business Machines" keeps meeting the other's "IBM".
  const leftKeys = nameKeys(left);
  for (const k of acronymKeys(right)) {
    const target = leftInitials.get(k.slice(2));
    if (target && !leftKeys.has(k)) out.push([k, target]);
  }
  // A left acronym: the right side's spelled-out name is renamed to the acronym's key.
  for (const k of acronymKeys(left)) {
    const spelled = rightInitials.get(k.slice(2));
    if (spelled && !leftKeys.has(spelled)) out.push([spelled, k]);
  }
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
    const key = k.slice(2);
    const candidates = [...(bySkeleton.get(skeleton(key)) ?? []), ...(bySkeleton.get(skeleton(`${key}s`)) ?? [])];
    const trimmed = key.endsWith('s') ? (bySkeleton.get(skeleton(key.slice(0, -1))) ?? []) : [];
    const same = [...candidates, ...trimmed].find((l) => sameName(l.slice(2), key));
    if (same) renames.set(k, same);
  }
  // An acronym on one side and the name it abbreviates on the other ("ISIS" / "Islamic State of Iraq and Syria").
  for (const [acronym, target] of acronyms(left, right)) if (!renames.has(acronym)) renames.set(acronym, target);
  const rename = (key: string) => renames.get(key) ?? key;
  const df = new Map<string, number>();
  for (const s of left.sentences) for (const k of keyList(s)) df.set(k, (df.get(k) ?? 0) + 1);
  for (const s of right.sentences) {
    for (const k of keyList(s)) {
      const key = renames.get(k) ?? k;
      df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
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
