// A searched word's translations through the engine's bilingual lexicon (retrait / withdrawal), both ways, as word
// stems so inflected forms match too. Its own module: it loads the engine's lexicons, which only a search in both
// languages needs.
import { lemmaEn, stemEn } from '../../shared/compare/language/english';
import { frenchFor, lemmaFr, stemFr, translateFr } from '../../shared/compare/language/french';
import { fold } from '../../shared/compare/language/phrases';

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
