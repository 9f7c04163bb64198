// Search finds a name under its other spellings in the library, and, when asked, the words' translations.
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../main/library/articles';
import { directApi, tempLibrary } from '../helpers/library';

describe('search across spellings and languages', () => {
  it('finds "Deraa" for "Daraa" always, and "retrait des troupes" for "troop withdrawal" when asked', async () => {
    const lib = tempLibrary();
    try {
      const api = directApi(lib.ctx);
      const a = insertArticle(lib.ctx.db, { title: 'One', text: 'Shelling hit Deraa overnight, residents said.' });
      const b = insertArticle(lib.ctx.db, {
        title: 'Deux',
        text: 'Le retrait des troupes américaines de Syrie a commencé, selon le Pentagone.',
        language: 'fr',
      });
      const ids = async (query: string, bothLanguages = false) =>
        (await api.searchArticles({ query, ...(bothLanguages ? { bothLanguages } : {}) })).hits.map((h) => h.id);
      expect(await ids('Daraa')).toEqual([a.id]);
      expect(await ids('Deraa')).toEqual([a.id]);
      expect(await ids('troop withdrawal')).toEqual([]);
      expect(await ids('troop withdrawal', true)).toEqual([b.id]);
      expect(await ids('retrait troupes', true)).toEqual([b.id]);
      // A common word is not respelled: "early" does not also find "earl" or "eerily".
      const early = insertArticle(lib.ctx.db, { title: 'Three', text: 'The vote came early on Sunday.' });
      const earl = insertArticle(lib.ctx.db, { title: 'Four', text: 'The earl spoke eerily of the past.' });
      expect(await ids('early')).toEqual([early.id]);
      expect(await ids('earl')).toEqual([earl.id]);
      // Quotes and FTS syntax in what is typed stay plain words.
      expect(await ids('"Deraa" OR NEAR(x', true)).toEqual([]);
    } finally {
      lib.close();
    }
  });

  it("knows a spelling added after the first search (the library's words are read again when they change)", async () => {
    const lib = tempLibrary();
    try {
      const api = directApi(lib.ctx);
      const a = insertArticle(lib.ctx.db, { title: 'One', text: 'Shelling hit Deraa overnight, residents said.' });
      const ids = async (query: string) => (await api.searchArticles({ query })).hits.map((h) => h.id);
      expect(await ids('Daraa')).toEqual([a.id]);
      const b = insertArticle(lib.ctx.db, { title: 'Two', text: "Convoys left Dara'a for Idlib on Friday." });
      expect((await ids('Deraa')).sort()).toEqual([a.id, b.id].sort());
    } finally {
      lib.close();
    }
  });
});
