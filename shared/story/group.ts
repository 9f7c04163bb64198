// Facts from pairwise links, without transitive drift. A claim group is the claims of one article that the engine
// links together (one report saying in two sentences what another says in one); groups are merged into facts from
// the most probable link down, and a merge is kept only when every member of the merged fact links to most of the
// others and no article brings two groups. "Possibly related" links make no fact. Chaining A–B, B–C into one fact
// when A and C share nothing is what the majority rule refuses.
import type { FactLink, StoryPair } from './types';

export interface GroupingParameters {
  /** A member must link to more than this share of a fact's other members (0.5: most of them). */
  readonly majority: number;
  /** A link scored below this makes no fact (on top of the engine's own "linked" threshold). */
  readonly minScore: number;
}

/** Chosen on the dev stories (story-1, story-3) by `npm run eval:story -- --tune`; see docs/EVALUATION.md. */
export const GROUPING: GroupingParameters = { majority: 0.5, minScore: 0.6 };

/** The story's claim id of a comparison's claim id: L4 and R4 are both the fourth sentence, C4. */
export const storyClaimId = (pairClaimId: string): string => `C${pairClaimId.slice(1)}`;

const claimKey = (articleId: number, claimId: string) => `${articleId}:${claimId}`;

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    if (!this.parent.has(x)) this.parent.set(x, x);
    let cur = x;
    while (cur !== root) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

interface UnitEdge {
  readonly u: string;
  readonly v: string;
  score: number;
  readonly links: FactLink[];
}

/** How many links a member of `size` members needs: more than `majority` of the others, at least one. */
export function linksNeeded(size: number, majority: number): number {
  const others = size - 1;
  return Math.min(others, Math.max(1, Math.floor(others * majority + 1e-9) + 1));
}

/** The facts of a story (two or more outlets each), and the claims of each article left out of every fact. */
/** A fact as grouped: one claim group per article, and the links between them. */
export interface GroupedFact {
  readonly cells: readonly { readonly articleId: number; readonly claims: readonly string[] }[];
  readonly links: readonly FactLink[];
}

/** The facts of a story: groups of claims of two or more articles, from the pairs' linked links. */
export function groupFacts(pairs: readonly StoryPair[], params: GroupingParameters = GROUPING): GroupedFact[] {
  const units = new UnionFind();
  const made: { u: string; v: string; link: FactLink }[] = [];
  for (const p of pairs) {
    for (const l of p.links) {
      if (l.strength !== 'linked' || (l.score < params.minScore && !l.edited)) continue;
      const left = l.left.map(storyClaimId);
      const right = l.right.map(storyClaimId);
      left.forEach((c) => units.union(claimKey(p.leftId, left[0]!), claimKey(p.leftId, c)));
      right.forEach((c) => units.union(claimKey(p.rightId, right[0]!), claimKey(p.rightId, c)));
      made.push({
        u: claimKey(p.leftId, left[0]!),
        v: claimKey(p.rightId, right[0]!),
        link: {
          leftId: p.leftId,
          rightId: p.rightId,
          leftClaims: left,
          rightClaims: right,
          verdict: l.verdict,
          score: l.score,
          reasons: l.reasons,
          edited: l.edited === true,
          ...(l.note ? { note: l.note } : {}),
        },
      });
    }
  }

  // Links between claim groups (two links of one pair may join the same two groups).
  const edges = new Map<string, UnitEdge>();
  const adjacent = new Map<string, Set<string>>();
  for (const { u: cu, v: cv, link } of made) {
    const [u, v] = [units.find(cu), units.find(cv)].sort() as [string, string];
    const key = `${u}|${v}`;
    const e = edges.get(key) ?? { u, v, score: 0, links: [] };
    e.score = Math.max(e.score, link.score);
    e.links.push(link);
    edges.set(key, e);
    for (const [a, b] of [
      [u, v],
      [v, u],
    ] as const) {
      if (!adjacent.has(a)) adjacent.set(a, new Set());
      adjacent.get(a)!.add(b);
    }
  }

  const articleOf = (unit: string) => Number(unit.slice(0, unit.indexOf(':')));
  const factOfUnit = new Map<string, Set<string>>();
  for (const unit of adjacent.keys()) factOfUnit.set(unit, new Set([unit]));
  const holds = (members: ReadonlySet<string>) => {
    const need = linksNeeded(members.size, params.majority);
    for (const m of members) {
      let n = 0;
      for (const other of adjacent.get(m) ?? []) if (members.has(other)) n++;
      if (n < need) return false;
    }
    return true;
  };
  const ordered = [...edges.values()].sort((a, b) => b.score - a.score || (a.u + a.v < b.u + b.v ? -1 : 1));
  for (let changed = true; changed;) {
    changed = false;
    for (const e of ordered) {
      const x = factOfUnit.get(e.u)!;
      const y = factOfUnit.get(e.v)!;
      if (x === y) continue;
      const articles = new Set([...x].map(articleOf));
      if ([...y].some((m) => articles.has(articleOf(m)))) continue;
      const merged = new Set([...x, ...y]);
      if (!holds(merged)) continue;
      for (const m of merged) factOfUnit.set(m, merged);
      changed = true;
    }
  }

  const claimsOf = new Map<string, string[]>();
  const note = (unit: string, claims: readonly string[]) => {
    const list = claimsOf.get(unit) ?? [];
    for (const c of claims) if (!list.includes(c)) list.push(c);
    claimsOf.set(unit, list);
  };
  for (const { u, v, link } of made) {
    note(units.find(u), link.leftClaims);
    note(units.find(v), link.rightClaims);
  }
  const position = (c: string) => Number(c.slice(1));
  return [...new Set(factOfUnit.values())]
    .filter((members) => members.size > 1)
    .map((members) => ({
      cells: [...members].map((unit) => ({
        articleId: articleOf(unit),
        claims: claimsOf.get(unit)!.sort((a, b) => position(a) - position(b)),
      })),
      links: [...edges.values()].filter((e) => members.has(e.u) && members.has(e.v)).flatMap((e) => e.links),
    }));
}
