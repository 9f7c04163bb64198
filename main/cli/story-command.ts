// `parallax story STORY`: a story across its reports, fact by fact, through the contract's openStory and
// exportStory like the app's story view. STORY is a story's name or id; `--articles 1,2,3` picks articles
// instead. Prints the matrix (a line per fact: its verdict, which outlets report it, and why), `--json` the
// export's JSON, `--out FILE --format html|csv|json` writes an export.
import path from 'node:path';
import type { ApiInput } from '../../shared/api';
import type { StoryView } from '../../shared/domain';
import { MARK_NAME, MARK_STYLE, type Mark } from '../../shared/presentation/verdicts';
import { storyJson } from '../../shared/report/story';
import { describeReason, outletName } from '../../shared/report/story-strings';
import { coverage, matrixRows } from '../../shared/story/coverage';
import { call, openForCli } from './client';
import { UsageError } from './usage';
import type { CommandArgs } from './library-commands';
import { checkOutput, writeTextOutput } from './output-file';
import { oneLine } from './terminal';

const RESET = '\x1b[0m';

function write(line: string): void {
  process.stdout.write(line + '\n');
}

function clip(text: string, n = 150): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}

/** STORY, or --articles: what to show. A number that no story is named is a story id. */
export function storySelection(rest: readonly string[], articles: string | undefined): ApiInput<'openStory'>[] {
  if (articles !== undefined) {
    if (rest.length) throw new UsageError('story takes a story name or id, or --articles, not both');
    const ids = articles.split(',').map((s) => s.trim());
    if (!ids.every((s) => /^\d+$/.test(s))) throw new UsageError('--articles takes article ids: --articles 1,2,3');
    return [{ articleIds: ids.map(Number) }];
  }
  const story = rest.join(' ').trim();
  if (!story) throw new UsageError('story takes a story name or id (or --articles 1,2,3)');
  return /^\d+$/.test(story) ? [{ story }, { storyId: Number(story) }] : [{ story }];
}

export function formatStory(view: StoryView, colour: boolean): string {
  const paint = (m: Mark, s: string) => (colour ? MARK_STYLE[m].ansi + s + RESET : s);
  const name = new Map(view.articles.map((a) => [a.id, oneLine(outletName(a))]));
  const nameOf = (id: number) => name.get(id) ?? String(id);
  const columns = view.articles.filter((a) => a.compared);
  const counts = coverage(view);
  const lines = [
    `Story: ${oneLine(view.story?.name ?? 'chosen articles')} (${view.articles.length} reports, ${view.facts.length} shared facts)`,
    '',
    ...view.articles.map((a, i) => {
      const c = counts[i]!;
      const about = a.compared
        ? `${c.facts} facts, ${c.exclusive} only here, contradicts ${c.contradicts}, first on ${c.first}`
        : 'not compared: no word lists for this language';
      return `  [${i + 1}] ${String(a.id).padStart(4)}  ${a.publishedAt ?? '(undated)'}  ${a.language}  ${nameOf(a.id)}${a.isSummary ? ' (summary)' : ''}: ${about}`;
    }),
  ];
  for (const d of view.dropped)
    lines.push(
      `  left out: article ${d.id}${d.title ? ` (${oneLine(d.title)})` : ''}, ${d.why === 'trashed' ? 'in the trash' : 'not in the library'}`,
    );
  if (view.stale) lines.push(`  ${view.stale} correction(s) no longer match the texts`);
  lines.push('', `       ${columns.map((_, i) => String(i + 1).padStart(2)).join(' ')}`);
  for (const r of matrixRows(view).filter((x) => x.verdict !== null)) {
    const v = r.verdict!;
    const grid = columns.map((a) => {
      const c = r.cells.find((x) => x.articleId === a.id);
      return c ? paint(c.mark, ` ${MARK_STYLE[c.mark].icon}`) : ' ·';
    });
    lines.push(`${r.id.padEnd(4)} ${paint(v, MARK_STYLE[v].icon)} ${grid.join(' ')}  ${paint(v, MARK_NAME.en[v])}`);
    for (const c of r.cells) {
      const a = view.articles.find((x) => x.id === c.articleId)!;
      const text = c.claimIds.map((id) => a.claims.find((k) => k.id === id)?.text ?? '').join(' ');
      lines.push(`       ${nameOf(a.id)}: ${oneLine(clip(text))}`);
    }
    for (const reason of r.reasons) lines.push(`       · ${oneLine(clip(describeReason(reason, nameOf), 220))}`);
  }
  lines.push('', paint('only', `${MARK_STYLE.only.icon} Only one outlet reports:`));
  for (const a of columns) {
    const ids = view.exclusive[String(a.id)] ?? [];
    lines.push(`  ${nameOf(a.id)}: ${ids.length} claim${ids.length === 1 ? '' : 's'}`);
    for (const id of ids) lines.push(`       ${id}: ${oneLine(clip(a.claims.find((k) => k.id === id)?.text ?? ''))}`);
  }
  return lines.join('\n');
}

export async function story(args: CommandArgs): Promise<number> {
  const choices = storySelection(args.rest, args.articles);
  const format = args.out ? (args.format ?? (path.extname(args.out).slice(1) || 'html')) : undefined;
  if (format !== undefined && format !== 'html' && format !== 'csv' && format !== 'json')
    throw new UsageError('--format takes html, csv or json');
  if (args.format !== undefined && !args.out) throw new UsageError('--format goes with --out FILE');
  const ctx = openForCli(args.choice, false);
  const output = { force: args.force, protect: ctx.libraryPath === ':memory:' ? [] : [ctx.libraryPath] };
  try {
    if (args.out) checkOutput(args.out, output);
    // A story named "12" wins over the story with id 12; then the id is tried.
    let selection = choices[0]!;
    if (choices.length > 1) {
      const named = ctx.db
        .prepare('SELECT 1 FROM stories WHERE name = ?')
        .pluck()
        .get((choices[0] as { story: string }).story);
      if (named === undefined) selection = choices[1]!;
    }
    if (args.out && format) {
      const file = await call(ctx, 'exportStory', { selection, format });
      write(`Wrote ${oneLine(await writeTextOutput(args.out, file.content, output))} (${format})`);
      return 0;
    }
    const view = await call(ctx, 'openStory', selection);
    write(args.json ? JSON.stringify(storyJson(view)) : formatStory(view, process.stdout.isTTY === true));
    return 0;
  } finally {
    ctx.db.close();
  }
}
