// Facts from pairwise links (shared/story): no transitive drift, one claim group per article, no fact from a
// "possibly related" link, a verdict across outlets with who stands against whom, and the matrix's orders.
import { describe, expect, it } from 'vitest';
import type { Reason } from '../../shared/compare/types';
import { describeReason } from '../../shared/report/story-strings';
import { storyFacts, type PairLink, type StoryClaim, type StoryPair } from '../../shared/story';
import { coverage, matrixRows } from '../../shared/story/coverage';
import { linksNeeded } from '../../shared/story/group';

const claims = (n: number): StoryClaim[] =>
  Array.from({ length: n }, (_, i) => ({ id: `C${i + 1}`, text: `claim ${i + 1}`, start: i * 10, end: i * 10 + 9 }));

const article = (id: number, publishedAt: string | null = null, n = 4) => ({ id, publishedAt, claims: claims(n) });

function link(left: number, right: number, score = 0.9, extra: Partial<PairLink> = {}): PairLink {
  return {
    left: [`L${left}`],
    right: [`R${right}`],
    verdict: 'agree',
    score,
    strength: 'linked',
    reasons: [],
    ...extra,
  };
}

const pair = (leftId: number, rightId: number, ...links: PairLink[]): StoryPair => ({ leftId, rightId, links });

const numberReason = (left: string, right: string): Reason => ({
  kind: 'number',
  left,
  right,
  note: `${left} against ${right}`,
  leftSpan: [0, 1],
  rightSpan: [0, 1],
});

const cellsOf = (f: { cells: readonly { articleId: number; claimIds: readonly string[] }[] }) =>
  f.cells.map((c) => `${c.articleId}:${c.claimIds.join('+')}`);

describe('story facts', () => {
  it('asks each member to link to most of the others: more than half, at least one', () => {
    expect([2, 3, 4, 5, 8].map((n) => linksNeeded(n, 0.5))).toEqual([1, 2, 2, 3, 4]);
  });

  it('groups a claim that three outlets link pairwise into one fact, one cell per outlet', () => {
    const { facts, exclusive } = storyFacts(
      [article(1), article(2), article(3)],
      [pair(1, 2, link(1, 2)), pair(1, 3, link(1, 1)), pair(2, 3, link(2, 1))],
    );
    expect(facts.map(cellsOf)).toEqual([['1:C1', '2:C2', '3:C1']]);
    expect(facts[0]!.verdict).toBe('agree');
    expect(exclusive).toEqual({ '1': ['C2', 'C3', 'C4'], '2': ['C1', 'C3', 'C4'], '3': ['C2', 'C3', 'C4'] });
  });

  it('does not chain A–B and B–C into one fact when A and C share nothing (no transitive drift)', () => {
    const { facts, exclusive } = storyFacts(
      [article(1), article(2), article(3)],
      [pair(1, 2, link(1, 1, 0.95)), pair(2, 3, link(1, 1, 0.8))],
    );
    expect(facts.map(cellsOf)).toEqual([['1:C1', '2:C1']]);
    expect(exclusive['3']).toContain('C1');
  });

  it('lets a fourth outlet join when it links to most of the three, not to one of them only', () => {
    const base = [pair(1, 2, link(1, 1)), pair(1, 3, link(1, 1)), pair(2, 3, link(1, 1))];
    const most = storyFacts(
      [1, 2, 3, 4].map((id) => article(id)),
      [...base, pair(1, 4, link(1, 1)), pair(2, 4, link(1, 1))],
    );
    expect(most.facts.map(cellsOf)).toEqual([['1:C1', '2:C1', '3:C1', '4:C1']]);
    const one = storyFacts(
      [1, 2, 3, 4].map((id) => article(id)),
      [...base, pair(3, 4, link(1, 1))],
    );
    expect(one.facts.map(cellsOf)).toEqual([['1:C1', '2:C1', '3:C1']]);
  });

  it('never puts two claim groups of one article in a fact', () => {
    // Article 1 says the fact twice (C1, C3), each linked to a different outlet, which both link to each other.
    const { facts } = storyFacts(
      [article(1), article(2), article(3)],
      [pair(1, 2, link(1, 1, 0.95)), pair(1, 3, link(3, 1, 0.9)), pair(2, 3, link(1, 1, 0.9))],
    );
    for (const f of facts) expect(new Set(f.cells.map((c) => c.articleId)).size).toBe(f.cells.length);
    // The strongest link wins the fact; article 1's other sentence makes a fact of its own with outlet 3.
    expect(facts.map(cellsOf)).toEqual([
      ['1:C1', '2:C1'],
      ['1:C3', '3:C1'],
    ]);
  });

  it('keeps a link that joins two sentences of one report to one of another as one cell', () => {
    const { facts } = storyFacts([article(1), article(2)], [pair(1, 2, { ...link(1, 2), left: ['L1', 'L2'] })]);
    expect(facts.map(cellsOf)).toEqual([['1:C1+C2', '2:C2']]);
  });

  it('makes no fact of a "possibly related" link, nor of one below the grouping threshold', () => {
    const { facts } = storyFacts(
      [article(1), article(2)],
      [pair(1, 2, link(1, 1, 0.5, { strength: 'possible' }), link(2, 2, 0.55))],
    );
    expect(facts).toEqual([]);
  });

  it('keeps a link the researcher made whatever its score', () => {
    const { facts } = storyFacts([article(1), article(2)], [pair(1, 2, link(3, 4, 0.2, { edited: true }))]);
    expect(facts.map(cellsOf)).toEqual([['1:C3', '2:C4']]);
  });

  it('says which outlets stand against which, and on what', () => {
    const reason = numberReason('14,000', '10,000');
    const { facts } = storyFacts(
      [article(1), article(2), article(3)],
      [
        pair(1, 2, link(1, 1)),
        pair(1, 3, link(1, 1, 0.9, { verdict: 'conflict', reasons: [reason] })),
        pair(2, 3, link(1, 1, 0.9, { verdict: 'conflict', reasons: [reason] })),
      ],
    );
    const f = facts[0]!;
    expect(f.verdict).toBe('conflict');
    expect(f.cells.map((c) => c.mark)).toEqual(['conflict', 'conflict', 'conflict']);
    const r = f.reasons[0]!;
    expect(r).toMatchObject({ kind: 'number', conflict: true });
    const sides = r.sides.map((s) => s.map((x) => `${x.articleId} ${x.words}`).sort());
    expect(sides).toEqual([['1 14,000', '2 14,000'], ['3 10,000']]);
    const names = { 1: 'VOA', 2: 'BBC', 3: 'RT' } as Record<number, string>;
    expect(describeReason(r, (id) => names[id]!)).toBe(
      'number: VOA “14,000”, BBC “14,000” against RT “10,000” (14,000 against 10,000)',
    );
    expect(describeReason(r, (id) => names[id]!, 'fr')).toContain('nombre\u00a0: VOA «\u00a014,000\u00a0»');
  });

  it('marks only the outlets in a conflict as conflicting, and follows a corrected verdict', () => {
    const { facts } = storyFacts(
      [article(1), article(2), article(3)],
      [
        pair(1, 2, link(1, 1, 0.9, { verdict: 'framing', reasons: [{ ...numberReason('a', 'b'), kind: 'hedge' }] })),
        pair(1, 3, link(1, 1, 0.9, { verdict: 'conflict', edited: true })),
        pair(2, 3, link(1, 1)),
      ],
    );
    const f = facts[0]!;
    expect(f.verdict).toBe('conflict');
    expect(Object.fromEntries(f.cells.map((c) => [c.articleId, c.mark]))).toEqual({
      1: 'conflict',
      2: 'framing',
      3: 'conflict',
    });
    expect(f.reasons.map((r) => [r.kind, r.conflict])).toEqual([
      ['corrected', true],
      ['hedge', false],
    ]);
  });

  it('orders rows by first report, by number of outlets, or conflicts first, and counts coverage', () => {
    const story = {
      articles: [article(1, '2018-06-24'), article(2, '2018-06-28'), article(3, '2018-06-29')].map((a) => ({
        ...a,
        compared: true,
      })),
      ...storyFacts(
        [article(1, '2018-06-24'), article(2, '2018-06-28'), article(3, '2018-06-29')],
        [
          pair(1, 2, link(2, 2)),
          pair(2, 3, link(1, 1, 0.9, { verdict: 'conflict', reasons: [numberReason('1', '2')] }), link(2, 3)),
          pair(1, 3, link(2, 3)),
        ],
      ),
    };
    expect(story.facts.map((f) => f.id)).toEqual(['F1', 'F2']);
    const outlets = matrixRows(story, 'outlets');
    expect(outlets.slice(0, 2).map((r) => r.cells.length)).toEqual([3, 2]);
    expect(matrixRows(story, 'conflicts')[0]!.verdict).toBe('conflict');
    expect(matrixRows(story, 'first')[0]).toMatchObject({ firstReported: '2018-06-24', firstBy: [1] });
    expect(matrixRows(story, 'first', { conflictsOnly: true }).map((r) => r.verdict)).toEqual(['conflict']);
    const exclusiveRow = matrixRows(story).find((r) => r.verdict === null)!;
    expect(exclusiveRow.id).toMatch(/^X\d\.C\d$/);
    expect(coverage(story)).toEqual([
      { articleId: 1, facts: 1, exclusive: 3, contradicts: 0, first: 1 },
      { articleId: 2, facts: 2, exclusive: 2, contradicts: 1, first: 1 },
      { articleId: 3, facts: 2, exclusive: 2, contradicts: 1, first: 0 },
    ]);
  });
});
