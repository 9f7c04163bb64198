// How often the engine's conflicts are real, by the evidence they rest on (shared/compare/reliability.ts), for the
// figures the app shows beside each conflict (shared/compare/data/reliability.json):
// - between English reports: every conflict the engine calls on every pair of the audit half of the FNC-1 training
//   stories (252 pairs nobody chose for their conflicts), against the blind labels of
//   test/fixtures/report-pairs/audit-labels.json; a conflict no label covers is counted apart and left out;
// - in French: every conflict on the held-out half of DACCORD (French sentence pairs from fact-checks, half of them
//   contradictions, so the rates are higher than on reports nobody chose), against its gold label;
// - for "Check a claim": how often a report it lists under "Support it", "Contradict it" or "Discuss it" takes that
//   stance, on the held-out part of FNC-1 (English headlines against news bodies, gold stances).
// It also prints, as a check the figures are not drawn from, the same count on the held-out report pairs
// (test/fixtures/report-pairs, gold links written before tuning): a conflict is real when it overlaps a gold conflict.
// `npx tsx test/eval/reliability.ts` prints the tables and says whether the stored figures match; `--write` stores
// them for the current engine version.
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle, compareTexts } from '../../shared/compare';
import { comparePair } from '../../shared/compare/pair/compare';
import {
  conflictEvidence,
  EVIDENCE,
  LISTED_STANCES,
  type Basis,
  type ConflictEvidence,
  type ListedStance,
} from '../../shared/compare/reliability';
import { prepareReport, stanceAgainst, type PreparedReport } from '../../shared/stance';
import { parseCsv } from './csv';
import { ENGINE_VERSION } from '../../shared/compare/version';
import { parseTsv } from './metrics';
import { auditPairs, labelledConflicts } from './audit-pairs';
import { DATA, loadPairs } from './report-pairs-data';
import { claimsOf, touches } from './report-pairs-metrics';

type Table = Record<ConflictEvidence, [number, number]>;
const empty = (): Table => Object.fromEntries(EVIDENCE.map((e) => [e, [0, 0]])) as unknown as Table;

function english(): { table: Table; unlabelled: number; pairs: number } {
  const table = empty();
  let unlabelled = 0;
  let pairs = 0;
  // Every pair the audit labelled.
  for (const p of auditPairs()) {
    pairs++;
    for (const { link, label } of labelledConflicts(p)) {
      const evidence = conflictEvidence(link.reasons);
      if (label === 'none' || !evidence) {
        unlabelled++;
        continue;
      }
      table[evidence][1]++;
      if (label === 'real') table[evidence][0]++;
    }
  }
  return { table, unlabelled, pairs };
}

function french(): { table: Table; pairs: number } {
  const rows = parseTsv(fs.readFileSync(path.join(DATA, 'daccord/daccord_dataset.tsv'), 'utf8'), {
    quoted: true,
  }).filter((r) => Number(r.id!.replace(/\D/g, '')) % 4 !== 0);
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

/** FNC-1's held-out pairs (Body ID not divisible by 4): of the reports given each listed stance, how many had it. */
function stances(): { table: Record<ListedStance, [number, number]>; pairs: number } {
  const fnc1 = path.join(DATA, 'fnc1');
  const bodies = new Map(
    parseCsv(fs.readFileSync(path.join(fnc1, 'competition_test_bodies.csv'), 'utf8')).map((r) => [
      Number(r['Body ID']),
      r.articleBody!,
    ]),
  );
  const prepared = new Map<number, PreparedReport>();
  const table = Object.fromEntries(LISTED_STANCES.map((x) => [x, [0, 0]])) as unknown as Record<
    ListedStance,
    [number, number]
  >;
  let pairs = 0;
  for (const r of parseCsv(fs.readFileSync(path.join(fnc1, 'competition_test_stances.csv'), 'utf8'))) {
    const body = Number(r['Body ID']);
    if (body % 4 === 0) continue;
    pairs++;
    let report = prepared.get(body);
    if (!report) prepared.set(body, (report = prepareReport(bodies.get(body)!, 'en')));
    const predicted = stanceAgainst(r.Headline!, report, 'en').stance;
    if (predicted === 'unrelated') continue;
    table[predicted][1]++;
    if (r.Stance === predicted) table[predicted][0]++;
  }
  return { table, pairs };
}

/** The held-out report pairs of a language pair: sure conflicts by evidence, real when a gold conflict overlaps. */
function heldOut(group: 'en-en' | 'fr-en' | 'fr-fr'): Table {
  const table = empty();
  for (const p of loadPairs().filter((x) => x.split === 'heldout' && x.group === group)) {
    const c = comparePair(
      { analysis: analyseArticle(p.leftText, { language: p.left.language }), text: p.leftText },
      { analysis: analyseArticle(p.rightText, { language: p.right.language }), text: p.rightText },
    );
    for (const l of c.links.filter((x) => x.strength === 'linked' && x.verdict === 'conflict')) {
      const evidence = conflictEvidence(l.reasons);
      if (!evidence) continue;
      const left = claimsOf(l.left, c.left.claims);
      const right = claimsOf(l.right, c.right.claims);
      const gold = p.links.find((g) => left.some((q) => touches(q, g.left)) && right.some((q) => touches(q, g.right)));
      table[evidence][1]++;
      if (gold?.verdict === 'conflict') table[evidence][0]++;
    }
  }
  return table;
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

const st = stances();
console.log(
  `\nCheck a claim, on ${st.pairs} FNC-1 held-out pairs (English): reports listed with a stance that had it.\n`,
);
console.log('| listed under | had that stance |');
console.log('| --- | --- |');
for (const x of LISTED_STANCES) console.log(`| ${x} | ${cell(st.table[x])} |`);

const check = { 'en-en': heldOut('en-en'), 'fr-en': heldOut('fr-en'), 'fr-fr': heldOut('fr-fr') };
console.log('\nCheck on the held-out report pairs (gold conflicts; not used for the figures):\n');
console.log('| evidence | en-en | fr-en | fr-fr |');
console.log('| --- | --- | --- | --- |');
for (const e of EVIDENCE)
  console.log(`| ${e} | ${cell(check['en-en'][e])} | ${cell(check['fr-en'][e])} | ${cell(check['fr-fr'][e])} |`);
console.log(
  `| all | ${cell(total(check['en-en']))} | ${cell(total(check['fr-en']))} | ${cell(total(check['fr-fr']))} |`,
);

const file = path.join(import.meta.dirname, '../../shared/compare/data/reliability.json');
const figures = { engineVersion: ENGINE_VERSION, bases, stances: { en: st.table } };
if (process.argv.includes('--write')) {
  fs.writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), file)} (run prettier on it).`);
} else if (JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))) === JSON.stringify(figures)) {
  console.log('\nThe stored figures match.');
} else {
  console.log('\nThe stored figures differ: run with --write to store these.');
  process.exitCode = 1;
}
