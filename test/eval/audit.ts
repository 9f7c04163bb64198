// The precision audit of English conflicts (docs/EVALUATION.md, engine 2.3.0): the engine on unlabelled pairs of
// FNC-1 training bodies from the audit half of the training stories (test/fixtures/report-pairs/training-stories.json;
// the other half holds the annotated pairs en-53 … en-70). Prints every conflict it calls, with its reasons and
// sentences, and the document stances, for a person to read: there is no gold here, so no score.
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
      const text = (ids: readonly string[], claims: typeof c.left.claims) =>
        ids.map((id) => claims.find((q) => q.id === id)!.text).join(' | ');
      console.log(
        `\n== story ${s} ${a}/${b} conflict ${l.score.toFixed(2)}: ${l.reasons.map((r) => `${r.kind}: ${r.note}`).join('; ')}`,
      );
      console.log(`  L: ${text(l.left, c.left.claims)}`);
      console.log(`  R: ${text(l.right, c.right.claims)}`);
    }
  }
}
console.log(`\n${pairs} pairs, ${conflicts} conflicts`);
