// A fact's verdict across outlets, from the pairwise links inside it: a conflict when any two of its outlets
// conflict, framing when any two frame it differently, else all agree. Each reason says which outlets stand against
// which, and on what: the outlets a conflict of one kind opposes are split into two sides (two outlets that give
// 14,000 against one that gives 10,000), and a cell is marked by the strongest verdict its outlet takes part in.
import { CONFLICT_KINDS } from '../compare/types';
import type { GroupedFact } from './group';
import type { FactCell, FactLink, FactNote, FactReason, FactSide, Reason, Verdict } from './types';

const RANK: Readonly<Record<Verdict, number>> = { agree: 0, framing: 1, conflict: 2 };
const stronger = (a: Verdict, b: Verdict): Verdict => (RANK[b] > RANK[a] ? b : a);

/** The reasons a link's verdict stands on: a link corrected to "agree" keeps none, to "framing" no conflict. */
function reasonsFor(link: FactLink): readonly Reason[] {
  if (link.verdict === 'agree') return [];
  if (link.verdict === 'framing') return link.reasons.filter((r) => !CONFLICT_KINDS.has(r.kind));
  return link.reasons;
}

interface Opposition {
  readonly a: number;
  readonly b: number;
  readonly aWords: string;
  readonly bWords: string;
  readonly note: FactNote;
}

/** Two sides from the pairs that oppose each other: a two-colouring, first come first placed. */
function sidesOf(pairs: readonly Opposition[]): readonly [FactSide[], FactSide[]] {
  const side = new Map<number, 0 | 1>();
  const words = new Map<number, string>();
  const neighbours = new Map<number, number[]>();
  for (const p of pairs) {
    if (!words.has(p.a)) words.set(p.a, p.aWords);
    if (!words.has(p.b)) words.set(p.b, p.bWords);
    neighbours.set(p.a, [...(neighbours.get(p.a) ?? []), p.b]);
    neighbours.set(p.b, [...(neighbours.get(p.b) ?? []), p.a]);
  }
  for (const start of neighbours.keys()) {
    if (side.has(start)) continue;
    side.set(start, 0);
    const queue = [start];
    while (queue.length) {
      const x = queue.shift()!;
      for (const y of neighbours.get(x)!) {
        if (side.has(y)) continue;
        side.set(y, side.get(x) === 0 ? 1 : 0);
        queue.push(y);
      }
    }
  }
  const out: [FactSide[], FactSide[]] = [[], []];
  for (const [articleId, s] of side) out[s].push({ articleId, words: words.get(articleId) ?? '' });
  return out;
}

function factReasons(links: readonly FactLink[]): FactReason[] {
  const groups = new Map<string, { kind: FactReason['kind']; conflict: boolean; pairs: Opposition[] }>();
  const add = (kind: FactReason['kind'], conflict: boolean, o: Opposition) => {
    const key = `${kind}:${conflict}`;
    const g = groups.get(key) ?? { kind, conflict, pairs: [] };
    g.pairs.push(o);
    groups.set(key, g);
  };
  for (const l of links) {
    const reasons = reasonsFor(l);
    for (const r of reasons) {
      add(r.kind, CONFLICT_KINDS.has(r.kind), {
        a: l.leftId,
        b: l.rightId,
        aWords: r.left,
        bWords: r.right,
        note: { note: r.note, ...(r.code ? { code: r.code, params: r.params ?? {} } : {}) },
      });
    }
    // A verdict the researcher gave that no reason of its kind explains.
    const explained = reasons.some((r) => CONFLICT_KINDS.has(r.kind) === (l.verdict === 'conflict'));
    if (l.verdict !== 'agree' && !explained) {
      add('corrected', l.verdict === 'conflict', {
        a: l.leftId,
        b: l.rightId,
        aWords: '',
        bWords: '',
        note: { note: l.note ?? '' },
      });
    }
  }
  return [...groups.values()]
    .map(({ kind, conflict, pairs }) => ({
      kind,
      conflict,
      sides: sidesOf(pairs),
      notes: [...new Map(pairs.filter((p) => p.note.note).map((p) => [p.note.note, p.note])).values()],
    }))
    .sort((x, y) => Number(y.conflict) - Number(x.conflict));
}

/** The verdict of a grouped fact, the mark of each of its cells, and its reasons across outlets. */
export function judgeFact(fact: GroupedFact): {
  readonly verdict: Verdict;
  readonly cells: readonly FactCell[];
  readonly reasons: readonly FactReason[];
} {
  const markOf = new Map<number, Verdict>();
  let verdict: Verdict = 'agree';
  for (const l of fact.links) {
    verdict = stronger(verdict, l.verdict);
    for (const id of [l.leftId, l.rightId]) markOf.set(id, stronger(markOf.get(id) ?? 'agree', l.verdict));
  }
  return {
    verdict,
    cells: fact.cells.map((c) => ({ articleId: c.articleId, claimIds: c.claims, mark: markOf.get(c.articleId)! })),
    reasons: factReasons(fact.links),
  };
}
