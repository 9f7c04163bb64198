// The precision audit of English conflicts (docs/EVALUATION.md, engine 2.3.0): the engine on unlabelled pairs of
// FNC-1 training bodies from the audit half of the training stories (test/fixtures/report-pairs/training-stories.json;
// the other half holds the annotated pairs en-53 … en-70). Prints every conflict it calls, with its reasons and
// sentences, and the document stances, for a person to read. Engine 2.3.0's 127 conflicts on every pair of the
// audit half (`… 0 90 20`) were then labelled by annotators who saw only the two passages, not the engine's reasons
// (test/fixtures/report-pairs/audit-labels.json); the last line counts the conflicts called now that carry a label,
// and how many of those the annotators judged real. A conflict no label covers is printed as "unlabelled".
// `npx tsx test/eval/audit.ts [from] [to] [pairs per story]` (stories of the audit list, default 0 90 2).
import { auditPairs, labelledConflicts } from './audit-pairs';

const labelled = { real: 0, not: 0, none: 0 };
const [from, to, perStory] = [0, 90, 2].map((d, i) => Number(process.argv[2 + i] ?? d)) as [number, number, number];
let pairs = 0;
let conflicts = 0;
for (const p of auditPairs(from, to, perStory)) {
  const { comparison: c, story: s, left: a, right: b } = p;
  pairs++;
  if (c.documentStance)
    console.log(`\n== story ${s} ${a}/${b} DOC STANCE ${c.documentStance.side}: ${c.documentStance.text}`);
  for (const { link: l, label } of labelledConflicts(p)) {
    conflicts++;
    labelled[label]++;
    const text = (ids: readonly string[], claims: typeof c.left.claims) =>
      ids.map((id) => claims.find((q) => q.id === id)!.text).join(' | ');
    console.log(
      `\n== story ${s} ${a}/${b} conflict ${l.score.toFixed(2)} [${{ real: 'labelled real', not: 'labelled not', none: 'unlabelled' }[label]}]: ${l.reasons.map((r) => `${r.kind}: ${r.note}`).join('; ')}`,
    );
    console.log(`  L: ${text(l.left, c.left.claims)}`);
    console.log(`  R: ${text(l.right, c.right.claims)}`);
  }
}
console.log(`\n${pairs} pairs, ${conflicts} conflicts`);
const judged = labelled.real + labelled.not;
console.log(
  `labelled: ${labelled.real} real, ${labelled.not} not (precision ${judged ? (labelled.real / judged).toFixed(2) : '—'}), ${labelled.none} unlabelled`,
);
