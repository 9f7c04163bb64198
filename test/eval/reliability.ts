// How often the engine's conflicts are real, by the evidence they rest on (shared/compare/reliability.ts), for the
// figures the app shows beside each conflict (shared/compare/data/reliability.json):
// - between English reports: every conflict the engine calls on every pair of the audit half of the FNC-1 training
//   stories (252 pairs nobody chose for their conflicts), against the blind labels of
//   test/fixtures/report-pairs/audit-labels.json; a conflict no label covers is counted apart and left out;
// - in French: every conflict on the held-out half of DACCORD (French sentence pairs from fact-checks, half of them
//   contradictions, so the rates are higher than on reports nobody chose), against its gold label.
// `npx tsx test/eval/reliability.ts` prints the table and says whether the stored figures match it; `--write` stores
// them for the current engine version.
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle, compareTexts } from '../../shared/compare';
import { comparePair } from '../../shared/compare/pair/compare';
import { conflictEvidence, EVIDENCE, type Basis, type ConflictEvidence } from '../../shared/compare/reliability';
import { ENGINE_VERSION } from '../../shared/compare/version';
import { parseTsv } from './metrics';
import { DATA, FIXTURES, fnc1Bodies } from './report-pairs-data';

type Table = Record<ConflictEvidence, [number, number]>;
const empty = (): Table => Object.fromEntries(EVIDENCE.map((e) => [e, [0, 0]])) as unknown as Table;

interface AuditLabel {
  readonly left: number;
  readonly right: number;
  readonly leftSpans: readonly (readonly [number, number])[];
  readonly rightSpans: readonly (readonly [number, number])[];
  readonly conflict: boolean;
}

function english(): { table: Table; unlabelled: number; pairs: number } {
  const { stories, audit } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'training-stories.json'), 'utf8')) as {
    stories: number[][];
    audit: number[];
  };
  const { items: labels } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'audit-labels.json'), 'utf8')) as {
    items: AuditLabel[];
  };
  const bodies = fnc1Bodies('train_bodies.csv');
  const analyses = new Map<number, ReturnType<typeof analyseArticle>>();
  const analysed = (id: number) => {
    let a = analyses.get(id);
    if (!a) analyses.set(id, (a = analyseArticle(bodies.get(id)!, { language: 'en' })));
    return a;
  };
  const overlaps = (c: { start: number; end: number }, spans: readonly (readonly [number, number])[]) =>
    spans.some(([x, y]) => Math.min(c.end, y) > Math.max(c.start, x));
  const table = empty();
  let unlabelled = 0;
  let pairs = 0;
  for (const s of audit) {
    const story = stories[s]!;
    // Every pair the audit labelled: consecutive bodies two at a time, as test/eval/audit.ts pairs them.
    for (let k = 0; k + 1 < story.length; k += 2) {
      const [a, b] = [story[k]!, story[k + 1]!];
      const c = comparePair(
        { analysis: analysed(a), text: bodies.get(a)! },
        { analysis: analysed(b), text: bodies.get(b)! },
      );
      pairs++;
      for (const l of c.links.filter((x) => x.strength === 'linked' && x.verdict === 'conflict')) {
        const claims = (ids: readonly string[], all: typeof c.left.claims) =>
          ids.map((id) => all.find((q) => q.id === id)!);
        const label = labels.find(
          (x) =>
            x.left === a &&
            x.right === b &&
            claims(l.left, c.left.claims).some((q) => overlaps(q, x.leftSpans)) &&
            claims(l.right, c.right.claims).some((q) => overlaps(q, x.rightSpans)),
        );
        const evidence = conflictEvidence(l.reasons);
        if (!label || !evidence) {
          unlabelled++;
          continue;
        }
        table[evidence][1]++;
        if (label.conflict) table[evidence][0]++;
      }
    }
  }
  return { table, unlabelled, pairs };
}

function french(): { table: Table; pairs: number } {
  const rows = parseTsv(fs.readFileSync(path.join(DATA, 'daccord/daccord_dataset.tsv'), 'utf8')).filter(
    (r) => Number(r.id!.replace(/\D/g, '')) % 4 !== 0,
  );
  const table = empty();
  for (const r of rows) {
    const c = compareTexts(r.premise!, r.hypothesis!, { leftLanguage: 'fr', rightLanguage: 'fr' });
    // Only sure links, as the app shows the figure beside them.
    const conflict = c.links.find((l) => l.verdict === 'conflict' && l.strength === 'linked');
    const evidence = conflict && conflictEvidence(conflict.reasons);
    if (!evidence) continue;
    table[evidence][1]++;
    if (r.label === '1') table[evidence][0]++;
  }
  return { table, pairs: rows.length };
}

const en = english();
const fr = french();
const bases: Record<Basis, Table> = { en: en.table, fr: fr.table };
console.log(`Engine ${ENGINE_VERSION}: conflicts that were real, of those checked, by the evidence they rest on.`);
console.log(
  `English: ${en.pairs} audit pairs (${en.unlabelled} conflicts unlabelled, left out). French: ${fr.pairs} DACCORD held-out pairs.\n`,
);
console.log('| evidence | English report pairs | French sentence pairs |');
console.log('| --- | --- | --- |');
const cell = ([real, checked]: [number, number]) =>
  checked ? `${real} / ${checked} (${((100 * real) / checked).toFixed(0)}%)` : '—';
for (const e of EVIDENCE) console.log(`| ${e} | ${cell(en.table[e])} | ${cell(fr.table[e])} |`);
const total = (t: Table) => EVIDENCE.reduce<[number, number]>((s, e) => [s[0] + t[e][0], s[1] + t[e][1]], [0, 0]);
console.log(`| all | ${cell(total(en.table))} | ${cell(total(fr.table))} |`);

const file = path.join(import.meta.dirname, '../../shared/compare/data/reliability.json');
const figures = { engineVersion: ENGINE_VERSION, bases };
if (process.argv.includes('--write')) {
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), file)} (run prettier on it).`);
} else if (JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))) === JSON.stringify(figures)) {
  console.log('\nThe stored figures match.');
} else {
  console.log('\nThe stored figures differ: run with --write to store these.');
  process.exitCode = 1;
}
