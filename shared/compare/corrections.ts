// A researcher's corrections, applied on top of a fresh comparison. Corrections are anchored to claim text and
// position, not claim ids, so they survive recomputation (a new engine version, an edited article) and land on the
// sentence that was clicked even when the same sentence occurs twice; one whose claims can no longer be found is
// reported as stale instead of being dropped in silence.
import { placeClaims } from './placement';
import type { Claim, Comparison, Link, Verdict } from './types';

export type CorrectionKind = 'verdict' | 'link' | 'unlink' | 'note';

export interface CorrectionInput {
  readonly kind: CorrectionKind;
  readonly leftText: string;
  readonly rightText: string;
  /** Where the claims started when the correction was made (UTF-16 offsets), to tell identical sentences apart. */
  readonly leftStart?: number;
  readonly rightStart?: number;
  readonly verdict?: Verdict;
  readonly note?: string;
}

export interface Correction extends CorrectionInput {
  readonly id: number;
  readonly createdAt: string;
}

export interface CorrectedLink extends Link {
  readonly edited: boolean;
  readonly note?: string;
}

export interface StaleCorrection {
  readonly correction: Correction;
  readonly why: string;
}

export interface CorrectedComparison extends Omit<Comparison, 'links'> {
  readonly links: readonly CorrectedLink[];
  readonly corrections: readonly Correction[];
  readonly stale: readonly StaleCorrection[];
}

export type PairJudge = (
  left: Claim,
  right: Claim,
) => Pick<Link, 'verdict' | 'score' | 'strength' | 'reasons' | 'diff'>;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function applyCorrections(
  base: Comparison,
  corrections: readonly Correction[],
  judge: PairJudge,
): CorrectedComparison {
  let links: CorrectedLink[] = base.links.map((l) => ({ ...l, edited: false }));
  const stale: StaleCorrection[] = [];
  // The claim with this text nearest to where the clicked one was.
  const find = (claims: readonly Claim[], text: string, at: number | undefined) => {
    const same = claims.filter((c) => squash(c.text) === squash(text));
    if (at === undefined || same.length < 2) return same[0];
    return same.reduce((best, c) => (Math.abs(c.start - at) < Math.abs(best.start - at) ? c : best));
  };

  for (const c of corrections) {
    const left = find(base.left.claims, c.leftText, c.leftStart);
    const right = find(base.right.claims, c.rightText, c.rightStart);
    if (!left || !right) {
      stale.push({ correction: c, why: `The ${!left ? 'left' : 'right'} claim is no longer in the text.` });
      continue;
    }
    const at = links.findIndex((l) => l.left.includes(left.id) && l.right.includes(right.id));
    switch (c.kind) {
      case 'verdict':
      case 'note': {
        if (at < 0) {
          stale.push({ correction: c, why: 'These two claims are no longer linked.' });
          break;
        }
        const l = links[at]!;
        links[at] =
          c.kind === 'verdict'
            ? { ...l, verdict: c.verdict ?? l.verdict, strength: 'linked', edited: true }
            : { ...l, edited: true, ...(c.note ? { note: c.note } : {}) };
        break;
      }
      case 'unlink':
        if (at < 0) {
          stale.push({ correction: c, why: 'These two claims are no longer linked.' });
          break;
        }
        links.splice(at, 1);
        break;
      case 'link': {
        // Each claim leaves whatever link it was in; a link left without a side is dissolved.
        links = links
          .map((l) => ({
            ...l,
            left: l.left.filter((id) => id !== left.id),
            right: l.right.filter((id) => id !== right.id),
          }))
          .filter((l) => l.left.length > 0 && l.right.length > 0);
        const judged = judge(left, right);
        links.push({
          left: [left.id],
          right: [right.id],
          ...judged,
          verdict: c.verdict ?? judged.verdict,
          edited: true,
        });
        break;
      }
    }
  }

  const position = (id: string) => Number(id.slice(1));
  links.sort((x, y) => position(x.left[0]!) - position(y.left[0]!));
  return {
    ...base,
    links,
    ...placeClaims(links, base.left.claims, base.right.claims),
    corrections,
    stale,
  };
}

/** The framing glossary: which label each side uses for the same referent, and how often. */
export interface GlossaryEntry {
  readonly left: string;
  readonly right: string;
  readonly count: number;
}

export function framingGlossary(c: Pick<Comparison, 'links'>): GlossaryEntry[] {
  const map = new Map<string, GlossaryEntry>();
  for (const l of c.links) {
    for (const r of l.reasons) {
      if (r.kind !== 'label') continue;
      const key = `${r.left.toLowerCase()}\u0000${r.right.toLowerCase()}`;
      const prev = map.get(key);
      map.set(key, { left: r.left, right: r.right, count: (prev?.count ?? 0) + 1 });
    }
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.left.localeCompare(b.left));
}
