// Corrections applied on top of fresh comparisons, stored in a real library, surviving recomputation.
import { describe, expect, it } from 'vitest';
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections, framingGlossary, type Correction } from '../../shared/compare/corrections';
import { insertArticle } from '../../main/library/articles';
import { directApi, tempLibrary } from '../helpers/library';

const LEFT = 'The rebels proposed a truce in Daraa.\nThe truce lasts 12 hours.\nThe weather was hot in Amman.';
const RIGHT = 'The Russian centre proposed a truce in Daraa.\nThe truce lasts 24 hours.\nOil prices fell in London.';

function correction(
  kind: Correction['kind'],
  leftText: string,
  rightText: string,
  extra: Partial<Correction> = {},
): Correction {
  return { id: 1, kind, leftText, rightText, createdAt: '2026-11-30T00:00:00Z', ...extra };
}

describe('applyCorrections', () => {
  const base = compareTexts(LEFT, RIGHT);
  const judge = (l: Parameters<typeof judgeClaimPair>[0], r: Parameters<typeof judgeClaimPair>[1]) =>
    judgeClaimPair(l, r, 'en', 'en');

  it('changes a verdict and marks the link edited', () => {
    expect(base.links[1]!.verdict).toBe('conflict');
    const c = applyCorrections(
      base,
      [correction('verdict', 'The truce lasts 12 hours.', 'The truce lasts 24 hours.', { verdict: 'agree' })],
      judge,
    );
    expect(c.links[1]).toMatchObject({ verdict: 'agree', edited: true });
    expect(c.links[0]!.edited).toBe(false);
    expect(c.counts.conflict).toBe(base.counts.conflict - 1);
  });

  it('links two claims the engine left apart, with reasons judged for them, and unlinks', () => {
    const linked = applyCorrections(
      base,
      [correction('link', 'The weather was hot in Amman.', 'Oil prices fell in London.')],
      judge,
    );
    expect(linked.onlyLeft).toEqual([]);
    expect(linked.links.find((l) => l.left.includes('L3'))).toMatchObject({ right: ['R3'], edited: true });
    const unlinked = applyCorrections(
      base,
      [correction('unlink', 'The rebels proposed a truce in Daraa.', 'The Russian centre proposed a truce in Daraa.')],
      judge,
    );
    expect(unlinked.onlyLeft).toContain('L1');
    expect(unlinked.onlyRight).toContain('R1');
  });

  it('keeps a note, and reports a correction whose claim is gone as stale instead of dropping it', () => {
    const c = applyCorrections(
      base,
      [
        correction('note', 'The truce lasts 12 hours.', 'The truce lasts 24 hours.', {
          note: 'Check the Russian statement.',
        }),
        correction('verdict', 'A sentence that was edited away.', 'The truce lasts 24 hours.', { verdict: 'agree' }),
      ],
      judge,
    );
    expect(c.links[1]!.note).toBe('Check the Russian statement.');
    expect(c.stale).toHaveLength(1);
    expect(c.stale[0]!.why).toMatch(/left claim is no longer in the text/);
  });

  it('builds the framing glossary from label reasons', () => {
    const c = compareTexts('The terrorists in Daraa received an offer.', 'The rebels in Daraa received an offer.');
    expect(framingGlossary(c)).toEqual([{ left: 'terrorists', right: 'rebels', count: 1 }]);
  });
});

describe('comparisons in the library', () => {
  it('stores corrections, keeps them when the comparison is recomputed, undoes them, lists recent ones', async () => {
    const lib = tempLibrary();
    try {
      const api = directApi(lib.ctx);
      const a = insertArticle(lib.ctx.db, { title: 'Left', text: LEFT, outlet: 'Outlet A' });
      const b = insertArticle(lib.ctx.db, { title: 'Right', text: RIGHT, outlet: 'Outlet B' });
      const v = await api.openComparison({ leftId: a.id, rightId: b.id });
      const text = (id: string) =>
        [...v.comparison.left.claims, ...v.comparison.right.claims].find((c) => c.id === id)!.text;
      const conflict = v.comparison.links.find(
        (l) => l.verdict === 'conflict' && text(l.left[0]!).includes('12 hours'),
      )!;
      const corrected = await api.correctComparison({
        comparisonId: v.comparisonId,
        kind: 'verdict',
        leftText: text(conflict.left[0]!),
        rightText: text(conflict.right[0]!),
        verdict: 'framing',
      });
      expect(corrected.comparison.links.find((l) => l.edited)?.verdict).toBe('framing');
      // Reopening recomputes the comparison and applies the stored correction again.
      const again = await api.openComparison({ leftId: a.id, rightId: b.id });
      expect(again.comparisonId).toBe(v.comparisonId);
      expect(again.comparison.links.find((l) => l.edited)?.verdict).toBe('framing');
      // An edited article: the correction no longer matches and says so.
      lib.ctx.db
        .prepare('UPDATE articles SET text = ? WHERE id = ?')
        .run(LEFT.replace('12 hours', 'twelve hours'), a.id);
      const edited = await api.openComparison({ leftId: a.id, rightId: b.id });
      expect(edited.comparison.stale).toHaveLength(1);
      lib.ctx.db.prepare('UPDATE articles SET text = ? WHERE id = ?').run(LEFT, a.id);
      const undone = await api.undoCorrection({ comparisonId: v.comparisonId });
      expect(undone.comparison.corrections).toEqual([]);
      await expect(api.undoCorrection({ comparisonId: v.comparisonId })).rejects.toMatchObject({ code: 'conflict' });
      const recent = await api.recentComparisons({});
      expect(recent[0]).toMatchObject({ leftId: a.id, rightId: b.id, leftOutlet: 'Outlet A', counts: { conflict: 2 } });
      await expect(api.openComparison({ leftId: a.id, rightId: a.id })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      await expect(
        api.correctComparison({ comparisonId: 999, kind: 'unlink', leftText: 'x', rightText: 'y' }),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
    } finally {
      lib.close();
    }
  });
});
