// What a searched word also stands for: spelling variants of a name found in the library itself (Daraa, Deraa,
// Dar'a; by the engine's name rule, not a list), and, when asked, its translations through the engine's bilingual
// lexicon (retrait / withdrawal), as word stems so inflected forms match too.
import { lemmaEn, stemEn } from '../../shared/compare/language/english';
import { frenchFor, lemmaFr, stemFr, translateFr } from '../../shared/compare/language/french';
import { nameKey, sameName, skeleton } from '../../shared/compare/language/names';
import { fold } from '../../shared/compare/language/phrases';
import type { Db } from './open';

/** The library's indexed terms by consonant skeleton, remade when the library changes. */
const vocabularies = new WeakMap<Db, { version: string; bySkeleton: Map<string, string[]> }>();

function libraryVersion(db: Db): string {
  const row = db.prepare('SELECT count(*) AS n, max(id) AS id, max(updated_at) AS at FROM articles').get() as {
    n: number;
    id: number | null;
    at: string | null;
  };
  return `${row.n}:${row.id}:${row.at}`;
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

/** Other spellings of the word found in the library ("Deraa" for "Daraa"), at most five. */
export function spellingVariants(db: Db, word: string): string[] {
  const folded = fold(word);
  if (folded.length < 4) return [];
  const key = nameKey(folded);
  return (vocabulary(db).get(skeleton(key)) ?? []).filter((t) => t !== folded && sameName(nameKey(t), key)).slice(0, 5);
}

/** Stems of the word's translations, both ways (a French word's English, an English word's French). */
export function translations(word: string): string[] {
  const folded = fold(word);
  const out = new Set<string>();
  for (const en of translateFr(word.toLowerCase()).slice(0, 3)) if (!en.includes(' ')) out.add(stemEn(en));
  const lemma = lemmaEn(folded);
  for (const fr of frenchFor(lemma).slice(0, 3)) if (!/[\s-]/.test(fr)) out.add(stemFr(lemmaFr(fold(fr))));
  out.delete(stemEn(folded));
  out.delete(stemFr(folded));
  return [...out].filter((s) => s.length >= 3);
}
