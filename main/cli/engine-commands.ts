// The commands that compare: `compare` (two files or library ids, or many pairs as JSON lines) and `report` (a
// comparison exported to a file). Loaded only when one of them runs, with the engine.
import path from 'node:path';
import { compareTexts } from '../../shared/compare';
import { formatComparison } from '../compare/format';
import { compareJsonl } from '../compare/jsonl';
import { readReport } from '../compare/read-report';
import { buildReport } from '../compare/report';
import { defaultLibraryPath } from '../paths';
import type { CommandArgs } from './library-commands';
import { checkOutput, writeTextOutput } from './output-file';
import { oneLine, write } from './terminal';
import { UsageError } from './usage';

export async function compare(args: CommandArgs, jsonl: boolean): Promise<number> {
  if (jsonl) return compareJsonl();
  const { rest, choice } = args;
  if (rest.length !== 2) throw new UsageError('compare takes two files or library ids, or --jsonl');
  const [left, right] = await Promise.all(rest.map((r) => readReport(r!, choice)));
  const comparison = compareTexts(left!.text, right!.text, {
    ...(left!.language ? { leftLanguage: left!.language } : {}),
    ...(right!.language ? { rightLanguage: right!.language } : {}),
  });
  if (args.json) write(JSON.stringify(comparison));
  else write(formatComparison(comparison, left!.name, right!.name, process.stdout.isTTY === true));
  return 0;
}

export async function report(args: CommandArgs, formatOption: string | undefined): Promise<number> {
  const { rest, choice } = args;
  if (rest.length !== 2) throw new UsageError('report takes two files or library ids');
  if (!args.out) throw new UsageError('report needs --out FILE');
  const format = formatOption ?? (path.extname(args.out).slice(1) || 'html');
  if (format !== 'html' && format !== 'csv' && format !== 'json')
    throw new UsageError('--format takes html, csv or json');
  const protect = choice.db === ':memory:' ? [] : [path.resolve(choice.db ?? defaultLibraryPath())];
  const output = { force: args.force, protect };
  checkOutput(args.out, output); // before the comparison is computed, not after
  const built = await buildReport(rest[0]!, rest[1]!, choice, format);
  const written = await writeTextOutput(args.out, built.content, output);
  write(`Wrote ${oneLine(written)} (${format})`);
  return 0;
}
