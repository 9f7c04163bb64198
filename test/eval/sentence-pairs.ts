// `npm run eval`: scores the engine's sentence-pair judgement on DACCORD and RTE3-FR from ../shared/data
// (read at evaluation time only; never by the app). Dev and held-out splits as ../shared/data/README.md says.
//
// Mapping from the engine's result to the sets' labels, for a premise P (left) and hypothesis H (right):
//   any link judged "conflict"                    -> contradiction
//   otherwise, some claim of H linked to P        -> entailment (RTE3) / compatibles (DACCORD)
//   no link at all                                -> neutral (RTE3) / compatibles (DACCORD)
//
// `npm run eval -- --dev` prints the dev rows only, for tuning without reading a held-out figure.
import fs from 'node:fs';
import path from 'node:path';
import { compareTexts } from '../../shared/compare';
import { parseTsv, pct, score, type Scores } from './metrics';

const DATA = path.resolve(process.env.PARALLAX_DATA ?? path.join(import.meta.dirname, '../../../shared/data'));

function judge(premise: string, hypothesis: string): 'conflict' | 'linked' | 'unlinked' {
  const c = compareTexts(premise, hypothesis, { leftLanguage: 'fr', rightLanguage: 'fr' });
  if (c.links.some((l) => l.verdict === 'conflict')) return 'conflict';
  return c.links.length ? 'linked' : 'unlinked';
}

/** DACCORD's dev split: the numeric part of the id divisible by 4. */
function isDevId(id: string): boolean {
  return Number(id.replace(/\D/g, '')) % 4 === 0;
}

function report(name: string, split: string, s: Scores, contradiction: string): string {
  const c = s.perClass[contradiction]!;
  return `| ${name} | ${split} | ${s.n} | ${pct(s.accuracy)} | ${s.macroF1.toFixed(3)} | ${pct(c.precision)} | ${pct(c.recall)} |`;
}

function main(): void {
  if (!fs.existsSync(DATA)) {
    console.error(`No evaluation data at ${DATA}. Set PARALLAX_DATA to the folder holding daccord/ and rte3-fr/.`);
    process.exit(2);
  }
  const devOnly = process.argv.includes('--dev');
  const started = Date.now();
  const lines = [
    '| set | split | pairs | accuracy % | macro-F1 | contradiction P % | contradiction R % |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];

  const daccord = parseTsv(fs.readFileSync(path.join(DATA, 'daccord/daccord_dataset.tsv'), 'utf8'), {
    quoted: true,
  }).filter((r) => !devOnly || isDevId(r.id!));
  const dGold = daccord.map((r) => (r.label === '1' ? 'contradiction' : 'compatibles'));
  const dPred = daccord.map((r) => (judge(r.premise!, r.hypothesis!) === 'conflict' ? 'contradiction' : 'compatibles'));
  const isDev = daccord.map((r) => isDevId(r.id!));
  const pick = <T>(xs: readonly T[], dev: boolean) => xs.filter((_, i) => isDev[i] === dev);
  const dClasses = ['compatibles', 'contradiction'];
  lines.push(report('DACCORD', 'dev', score(pick(dGold, true), pick(dPred, true), dClasses), 'contradiction'));
  if (!devOnly)
    lines.push(report('DACCORD', 'held-out', score(pick(dGold, false), pick(dPred, false), dClasses), 'contradiction'));

  const rClasses = ['entailment', 'neutral', 'contradiction'];
  for (const [split, file] of [
    ['dev', 'RTE3-FR-dev-set-3class.tsv'],
    ['held-out', 'RTE3-FR-test-gold-3class.tsv'],
  ] as const) {
    if (devOnly && split !== 'dev') continue;
    const rows = parseTsv(fs.readFileSync(path.join(DATA, 'rte3-fr', file), 'utf8'), { quoted: true });
    const gold = rows.map((r) => r.label_text!);
    const pred = rows.map((r) => {
      const j = judge(r.premise!, r.hypothesis!);
      return j === 'conflict' ? 'contradiction' : j === 'linked' ? 'entailment' : 'neutral';
    });
    lines.push(report('RTE3-FR', split, score(gold, pred, rClasses), 'contradiction'));
  }
  console.log(lines.join('\n'));
  console.log(`\n${daccord.length + (devOnly ? 800 : 1600)} pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
