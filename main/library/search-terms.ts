// What a searched word also stands for: spelling variants of a name found in the library itself (Daraa, Deraa,
// Dar'a; by the engine's name rule, not a list). Its translations are in search-translations.ts, loaded only when
// asked for (they need the engine's lexicons).
import { nameKey, sameName, skeleton } from '../../shared/compare/language/names';
import { fold } from '../../shared/compare/language/phrases';
import frequency from '../../shared/compare/data/generated/frequency.json';
import type { Db } from './open';

/** The library's indexed terms by consonant skeleton, remade when the library changes. */
const vocabularies = new WeakMap<Db, { version: string; bySkeleton: Map<string, string[]> }>();

/** Changes whenever an article's words do (a counter kept by triggers, migration 6): one row read, not the library. */
function libraryVersion(db: Db): string {
  return db.prepare("SELECT value FROM meta WHERE key = 'content_version'").pluck().get() as string;
}

function vocabulary(db: Db): Map<string, string[]> {
  const version = libraryVersion(db);
  const cached = vocabularies.get(db);
  if (cached?.version === version) return cached.bySkeleton;
  // fts5vocab over the full-text index: every term the library holds, once. A temporary table, so a read-only
  // library can have it too.
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, 'articles_fts', 'row')");
  const bySkeleton = new Map<string, string[]>();
  for (const term of db.prepare('SELECT term FROM temp.articles_vocab').pluck().iterate() as Iterable<string>) {
    if (term.length < 4 || /\d/.test(term)) continue;
    const key = skeleton(nameKey(term));
    const list = bySkeleton.get(key);
    if (list) list.push(term);
    else bySkeleton.set(key, [term]);
  }
  vocabularies.set(db, { version, bySkeleton });
  return bySkeleton;
}

let common: Set<string> | undefined;

/** The most frequent words of English and French (folded): words, not names, so never respelled. */
function isCommonWord(folded: string): boolean {
  common ??= new Set([...frequency.en, ...frequency.fr].map(fold));
  return common.has(folded);
}

/**
 * Other spellings of a name found in the library ("Deraa" for "Daraa"), at most five. A common word has none
 * ("early" is not "earl" or "eerily"), and a common word is no one's other spelling.
 */
export function spellingVariants(db: Db, word: string): string[] {
  const folded = fold(word);
  if (folded.length < 4 || isCommonWord(folded)) return [];
  const key = nameKey(folded);
  return (vocabulary(db).get(skeleton(key)) ?? [])
    .filter((t) => t !== folded && !isCommonWord(t) && sameName(nameKey(t), key))
    .slice(0, 5);
}
