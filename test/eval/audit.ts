// The precision audit of English conflicts (docs/EVALUATION.md, engine 2.3.0): the engine on unlabelled pairs of
// FNC-1 training bodies from the audit half of the training stories (test/fixtures/report-pairs/training-stories.json;
// the other half holds the annotated pairs en-53 … en-70). Prints every conflict it calls, with its reasons and
// sentences, and the document stances, for a person to read. Engine 2.3.0's 127 conflicts on every pair of the
// audit half (`… 0 90 20`) were then labelled by annotators who saw only the two passages, not the engine's reasons
// (test/fixtures/report-pairs/audit-labels.json); the last line counts the conflicts called now that carry a label,
// and how many of those the annotators judged real. A conflict no label covers is printed as "unlabelled".
// `npx tsx test/eval/audit.ts [from] [to] [pairs per story]` (stories of the audit list, default 0 90 2).
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle } from '../../shared/compare';
import { comparePair } from '../../shared/compare/pair/compare';
import { FIXTURES, fnc1Bodies } from './report-pairs-data';

interface TrainingStories {
  readonly stories: readonly (readonly number[])[];
  readonly audit: readonly number[];
}

const { stories, audit } = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'training-stories.json'), 'utf8'),
) as TrainingStories;
const bodies = fnc1Bodies('train_bodies.csv');
interface AuditLabel {
  readonly left: number;
  readonly right: number;
  readonly leftSpans: readonly (readonly [number, number])[];
  readonly rightSpans: readonly (readonly [number, number])[];
  readonly conflict: boolean;
}
const { items: labels } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'audit-labels.json'), 'utf8')) as {
  items: readonly AuditLabel[];
};
const overlaps = (c: { start: number; end: number }, spans: readonly (readonly [number, number])[]) =>
  spans.some(([x, y]) => Math.min(c.end, y) > Math.max(c.start, x));
const labelled = { real: 0, wrong: 0, none: 0 };
const [from, to, perStory] = [0, 90, 2].map((d, i) => Number(process.argv[2 + i] ?? d)) as [number, number, number];
const analyses = new Map<number, ReturnType<typeof analyseArticle>>();
const analysed = (id: number) => {
  let a = analyses.get(id);
  if (!a) analyses.set(id, (a = analyseArticle(bodies.get(id)!, { language: 'en' })));
  return a;
};
let pairs = 0;
let conflicts = 0;
for (const s of audit.slice(from, to)) {
  const story = stories[s]!;
  // Consecutive bodies of the story, two at a time: (1st, 2nd), (3rd, 4th)…
  for (let k = 0; k + 1 < story.length && k / 2 < perStory; k += 2) {
    const [a, b] = [story[k]!, story[k + 1]!];
    const c = comparePair(
      { analysis: analysed(a), text: bodies.get(a)! },
      { analysis: analysed(b), text: bodies.get(b)! },
    );
    pairs++;
    if (c.documentStance)
      console.log(`\n== story ${s} ${a}/${b} DOC STANCE ${c.documentStance.side}: ${c.documentStance.text}`);
    for (const l of c.links.filter((x) => x.strength === 'linked' && x.verdict === 'conflict')) {
      conflicts++;
      const inLink = (ids: readonly string[], claims: typeof c.left.claims) =>
        ids.map((id) => claims.find((q) => q.id === id)!);
      const label = labels.find(
        (x) =>
          x.left === a &&
          x.right === b &&
          inLink(l.left, c.left.claims).some((q) => overlaps(q, x.leftSpans)) &&
          inLink(l.right, c.right.claims).some((q) => overlaps(q, x.rightSpans)),
      );
      const mark = label ? (label.conflict ? 'real' : 'wrong') : 'none';
      labelled[mark]++;
      const text = (ids: readonly string[], claims: typeof c.left.claims) =>
        ids.map((id) => claims.find((q) => q.id === id)!.text).join(' | ');
      console.log(
        `\n== story ${s} ${a}/${b} conflict ${l.score.toFixed(2)} [${{ real: 'labelled real', wrong: 'labelled not', none: 'unlabelled' }[mark]}]: ${l.reasons.map((r) => `${r.kind}: ${r.note}`).join('; ')}`,
      );
      console.log(`  L: ${text(l.left, c.left.claims)}`);
      console.log(`  R: ${text(l.right, c.right.claims)}`);
    }
  }
}
console.log(`\n${pairs} pairs, ${conflicts} conflicts`);
const judged = labelled.real + labelled.wrong;
console.log(
  `labelled: ${labelled.real} real, ${labelled.wrong} not (precision ${judged ? (labelled.real / judged).toFixed(2) : '—'}), ${labelled.none} unlabelled`,
);
