// Moving through a comparison: the reading order across both texts, next/previous conflict and next/previous
// difference of any kind (conflict, framing, only in one report), and the keys that ask for them.
import { describe, expect, it } from 'vitest';
import { compareTexts, judgeClaimPair } from '../../shared/compare';
import { applyCorrections } from '../../shared/compare/corrections';
import { DIFFERENCE_MARKS } from '../../shared/presentation/verdicts';
import { indexClaims, stepFrom, stopsWith } from '../../renderer/src/compare/model';
import { stepForKey } from '../../renderer/src/compare/useCompareKeys';

const LEFT = [
  'The truce lasts 12 hours, officials said.',
  'Convoys left for Idlib on Saturday.',
  'Russia offered the rebels a ceasefire.',
  'The weather was mild.',
].join(' ');
const RIGHT = [
  'The truce lasts 24 hours, officials said.',
  'Aid trucks waited at the border.',
  'Convoys left for Idlib on Saturday.',
  'Russia reportedly offered the rebels a ceasefire.',
].join(' ');

const c = applyCorrections(compareTexts(LEFT, RIGHT), [], (l, r) => judgeClaimPair(l, r, 'en', 'en'));
const index = indexClaims(c);

describe('comparison navigation', () => {
  it('orders the differences as they are read: a claim only on the right after the link before it', () => {
    const stops = stopsWith(c, index, DIFFERENCE_MARKS);
    const mark = (id: string) => index.markOf(id);
    expect(stops.map(mark)).toEqual(['conflict', 'only', 'framing', 'only']);
    expect(stops.map((id) => index.claims.get(id)!.text)).toEqual([
      'The truce lasts 12 hours, officials said.',
      'Aid trucks waited at the border.',
      'Russia offered the rebels a ceasefire.',
      'The weather was mild.',
    ]);
  });

  it('steps forward and back, wrapping, from any claim (even one of a link that is not a stop)', () => {
    const stops = stopsWith(c, index, DIFFERENCE_MARKS);
    const text = (id: string | null) => (id ? index.claims.get(id)!.text : null);
    expect(text(stepFrom(stops, index, null, 1))).toMatch(/^The truce lasts 12/);
    expect(text(stepFrom(stops, index, null, -1))).toBe('The weather was mild.');
    const agreeRight = c.right.claims.find((x) => x.text.startsWith('Convoys'))!.id;
    expect(text(stepFrom(stops, index, agreeRight, 1))).toMatch(/^Russia offered/);
    expect(text(stepFrom(stops, index, agreeRight, -1))).toBe('Aid trucks waited at the border.');
    expect(text(stepFrom(stops, index, stops[3]!, 1))).toMatch(/^The truce lasts 12/);
    const conflicts = stopsWith(c, index, new Set(['conflict']));
    expect(conflicts).toHaveLength(1);
    expect(stepFrom(conflicts, index, conflicts[0]!, 1)).toBe(conflicts[0]);
    expect(stepFrom([], index, null, 1)).toBeNull();
  });

  it('marks a possibly related link as such (never with its verdict), counts it as a difference to check', () => {
    const doubtful = { ...c, links: c.links.map((l, i) => (i === 0 ? { ...l, strength: 'possible' as const } : l)) };
    const idx = indexClaims(doubtful);
    const first = doubtful.links[0]!;
    expect(idx.markOf(first.left[0]!)).toBe('possible');
    expect(stopsWith(doubtful, idx, DIFFERENCE_MARKS)).toContain(first.left[0]);
    expect(stopsWith(doubtful, idx, new Set(['conflict']))).not.toContain(first.left[0]);
  });

  it('reads the keys: N/P and F8 for conflicts, D/Shift+D and Alt+arrows for differences', () => {
    const key = (key: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
      stepForKey({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect(key('n')).toEqual({ what: 'conflict', direction: 1 });
    expect(key('p')).toEqual({ what: 'conflict', direction: -1 });
    expect(key('F8', { shiftKey: true })).toEqual({ what: 'conflict', direction: -1 });
    expect(key('d')).toEqual({ what: 'difference', direction: 1 });
    expect(key('D', { shiftKey: true })).toEqual({ what: 'difference', direction: -1 });
    expect(key('ArrowDown', { altKey: true })).toEqual({ what: 'difference', direction: 1 });
    expect(key('ArrowUp', { altKey: true })).toEqual({ what: 'difference', direction: -1 });
    expect(key('ArrowDown')).toBeNull();
    expect(key('n', { ctrlKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});
