// The audit half of the FNC-1 training stories (test/fixtures/report-pairs/training-stories.json) and the blind
// labels of the English conflicts engine 2.3.0 called on its pairs (audit-labels.json): its pairs compared, and the
// label each sure conflict of a comparison carries, for test/eval/audit.ts and test/eval/reliability.ts.
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle, type Comparison } from '../../shared/compare';
import { comparePair } from '../../shared/compare/pair/compare';
import { FIXTURES, fnc1Bodies } from './report-pairs-data';
import { claimsOf, touches } from './report-pairs-metrics';

interface AuditLabel {
  readonly left: number;
  readonly right: number;
  readonly leftSpans: readonly (readonly [number, number])[];
  readonly rightSpans: readonly (readonly [number, number])[];
  readonly conflict: boolean;
}

export interface AuditPair {
  readonly story: number;
  readonly left: number;
  readonly right: number;
  readonly comparison: Comparison;
}

/**
 * The pairs of the audit stories `from` to `to` (of the audit list), at most `perStory` per story: consecutive
 * bodies of each story, two at a time, (1st, 2nd), (3rd, 4th)…
 */
export function* auditPairs(from = 0, to = Infinity, perStory = Infinity): Generator<AuditPair> {
  const { stories, audit } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'training-stories.json'), 'utf8')) as {
    stories: readonly (readonly number[])[];
    audit: readonly number[];
  };
  const bodies = fnc1Bodies('train_bodies.csv');
  const analyses = new Map<number, ReturnType<typeof analyseArticle>>();
  const analysed = (id: number) => {
    let a = analyses.get(id);
    if (!a) analyses.set(id, (a = analyseArticle(bodies.get(id)!, { language: 'en' })));
    return { analysis: a, text: bodies.get(id)! };
  };
  for (const s of audit.slice(from, to)) {
    const story = stories[s]!;
    for (let k = 0; k + 1 < story.length && k / 2 < perStory; k += 2) {
      const [left, right] = [story[k]!, story[k + 1]!];
      yield { story: s, left, right, comparison: comparePair(analysed(left), analysed(right)) };
    }
  }
}

let labels: readonly AuditLabel[] | undefined;

/** The sure conflicts of an audit pair's comparison, each with its blind label: real, not, or none covers it. */
export function labelledConflicts(
  p: AuditPair,
): { link: Comparison['links'][number]; label: 'real' | 'not' | 'none' }[] {
  labels ??= (
    JSON.parse(fs.readFileSync(path.join(FIXTURES, 'audit-labels.json'), 'utf8')) as { items: readonly AuditLabel[] }
  ).items;
  const c = p.comparison;
  return c.links
    .filter((l) => l.strength === 'linked' && l.verdict === 'conflict')
    .map((link) => {
      const label = labels!.find(
        (x) =>
          x.left === p.left &&
          x.right === p.right &&
          claimsOf(link.left, c.left.claims).some((q) => touches(q, x.leftSpans)) &&
          claimsOf(link.right, c.right.claims).some((q) => touches(q, x.rightSpans)),
      );
      return { link, label: label ? (label.conflict ? 'real' : 'not') : 'none' };
    });
}
