// The library's own lexicon: stored in a real library, applied to comparisons and claim checks, exported and
// imported as JSON; and a correction lands on the sentence that was clicked when a text repeats it.
import { describe, expect, it } from 'vitest';
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { lexiconVersion } from '../../shared/compare/language/user-lexicon';
import { insertArticle } from '../../main/library/articles';
import { directApi, tempLibrary } from '../helpers/library';

describe('user lexicon in the engine', () => {
  it('an alias makes two names the engine cannot relate one name', () => {
    const left = 'The Islamic Resistance Movement fired rockets at the border town.';
    const right = 'Hamas fired rockets at the border town.';
    const without = compareTexts(left, right);
    const lexicon = { entries: [{ kind: 'alias' as const, terms: ['Islamic Resistance Movement', 'Hamas'] }] };
    const withAlias = compareTexts(left, right, { lexicon });
    expect(withAlias.links[0]!.score).toBeGreaterThan(without.links[0]?.score ?? 0);
  });

  it('a label pair becomes framing, and an extra hedge is read as one', () => {
    const lexicon = {
      entries: [
        { kind: 'label' as const, terms: ['freedom convoy', 'trucker blockade'] as [string, string] },
        { kind: 'hedge' as const, terms: ['word on the street is'] as [string] },
      ],
    };
    const c = compareTexts(
      'The freedom convoy reached the capital on Saturday.',
      'Word on the street is the trucker blockade reached the capital on Saturday.',
      { lexicon },
    );
    const kinds = c.links.flatMap((l) => l.reasons.map((r) => r.kind));
    expect(kinds).toEqual(expect.arrayContaining(['label', 'hedge']));
  });

  it('its version changes with its content, for cache keys', () => {
    const a = lexiconVersion({ entries: [{ kind: 'alias', terms: ['a', 'b'] }] });
    expect(lexiconVersion({ entries: [{ kind: 'alias', terms: ['a', 'b'] }] })).toBe(a);
    expect(lexiconVersion({ entries: [{ kind: 'alias', terms: ['a', 'c'] }] })).not.toBe(a);
  });
});

describe('user lexicon in the library', () => {
  it('is listed, edited, removed, exported and imported, and applies to the next comparison', async () => {
    const lib = tempLibrary();
    try {
      const api = directApi(lib.ctx);
      const a = insertArticle(lib.ctx.db, {
        title: 'A',
        text: 'The Islamic Resistance Movement fired rockets at the border town.',
        outlet: 'One',
      });
      const b = insertArticle(lib.ctx.db, {
        title: 'B',
        text: 'Hamas fired rockets at the border town.',
        outlet: 'Two',
      });
      const before = await api.openComparison({ leftId: a.id, rightId: b.id });
      const added = await api.addLexiconEntry({
        entry: { kind: 'alias', terms: ['Islamic Resistance Movement', 'Hamas'] },
      });
      expect(added).toHaveLength(1);
      await expect(
        api.addLexiconEntry({ entry: { kind: 'alias', terms: ['islamic resistance movement', 'hamas'] } }),
      ).rejects.toMatchObject({ code: 'conflict' });
      const after = await api.openComparison({ leftId: a.id, rightId: b.id });
      expect(after.comparison.links[0]!.score).toBeGreaterThan(before.comparison.links[0]?.score ?? 0);

      const edited = await api.updateLexiconEntry({
        id: added[0]!.id,
        entry: { kind: 'alias', terms: ['Harakat al-Muqawama al-Islamiya', 'Hamas'] },
      });
      expect(edited[0]!.terms[0]).toBe('Harakat al-Muqawama al-Islamiya');
      const file = await api.exportLexicon({});
      expect(file).toMatchObject({ format: 'parallax-lexicon', version: 1, entries: [{ kind: 'alias' }] });
      expect(await api.removeLexiconEntry({ id: added[0]!.id })).toEqual([]);
      await expect(api.removeLexiconEntry({ id: added[0]!.id })).rejects.toMatchObject({ code: 'not_found' });

      const imported = await api.importLexicon({ json: JSON.stringify(file) });
      expect(imported).toMatchObject({ added: 1, skipped: 0 });
      expect(await api.importLexicon({ json: JSON.stringify(file) })).toMatchObject({ added: 0, skipped: 1 });
      await expect(api.importLexicon({ json: 'not json' })).rejects.toThrow(/not JSON/);
      await expect(api.importLexicon({ json: '{"format":"other","entries":[]}' })).rejects.toThrow(
        /not a Parallax lexicon file/,
      );
      await expect(
        api.addLexiconEntry({ entry: { kind: 'alias', terms: ['only one'] } as never }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    } finally {
      lib.close();
    }
  });
});

describe('corrections anchored by position', () => {
  it('land on the repeated sentence that was clicked, not the first one with the same text', () => {
    const left = 'The vote was postponed.\nThe minister resigned on Monday.\nThe vote was postponed.';
    const right = 'The minister resigned on Monday.\nThe vote was postponed again.';
    const base = compareTexts(left, right);
    const second = base.left.claims[2]!;
    const judge = (l: Parameters<typeof judgeClaimPair>[0], r: Parameters<typeof judgeClaimPair>[1]) =>
      judgeClaimPair(l, r, 'en', 'en');
    const c = applyCorrections(
      base,
      [
        {
          id: 1,
          kind: 'link',
          leftText: second.text,
          rightText: base.right.claims[0]!.text,
          leftStart: second.start,
          rightStart: base.right.claims[0]!.start,
          createdAt: '2026-11-30T00:00:00Z',
        },
      ],
      judge,
    );
    const manual = c.links.find((l) => l.edited)!;
    expect(manual.left).toEqual([second.id]);
  });
});
