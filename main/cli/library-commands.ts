// The library commands: list, show, search, info, import, stance, export, backup, check and restore. Each calls
// the contract's handlers where the app has the same operation; output formats are the command line's own.
import fs from 'node:fs';
import path from 'node:path';
import { articleField } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { assertWritable } from '../dispatch';
import { exportLibrary } from '../library/export';
import { inspectLibrary } from '../library/inspect';
import { restoreLibrary } from '../library/restore';
import { HIT_END, HIT_START } from '../library/search';
import { call, libraryPathOf, openForCli, type LibraryChoice } from './client';
import { UsageError } from './usage';
import { writeOutput, writeTextOutput } from './output-file';
import { forTerminal, oneLine, write } from './terminal';

export interface CommandArgs {
  readonly rest: readonly string[];
  readonly json: boolean;
  readonly force: boolean;
  readonly choice: LibraryChoice;
  readonly sort?: string | undefined;
  readonly story?: string | undefined;
  readonly out?: string | undefined;
  readonly from?: string | undefined;
  readonly format?: string | undefined;
  readonly articles?: string | undefined;
}

const plain = (s: string) => s.replaceAll(HIT_START, '').replaceAll(HIT_END, '');

async function withLibrary<T>(
  args: CommandArgs,
  creates: boolean,
  run: (ctx: ReturnType<typeof openForCli>) => Promise<T>,
): Promise<T> {
  const ctx = openForCli(args.choice, creates);
  try {
    return await run(ctx);
  } finally {
    ctx.db.close();
  }
}

export function list(args: CommandArgs): Promise<number> {
  return withLibrary(args, false, async (ctx) => {
    const rows = await call(
      ctx,
      'listArticles',
      { sort: (args.sort ?? 'date') as 'date' },
      { sort: '--sort takes date, outlet or title' },
    );
    if (args.json) {
      write(
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            title: r.title,
            outlet: r.outlet,
            language: r.language,
            publishedAt: r.publishedAt,
            url: r.url,
            words: r.words,
          })),
        ),
      );
    } else {
      for (const r of rows) {
        write(
          `${String(r.id).padStart(5)}  ${r.publishedAt ?? '          '}  ${r.language}  ${oneLine(r.outlet ?? '-')}: ${oneLine(r.title)}`,
        );
      }
      if (rows.length === 0) write('The library is empty.');
    }
    return 0;
  });
}

export function show(args: CommandArgs): Promise<number> {
  return withLibrary(args, false, async (ctx) => {
    const a = await call(
      ctx,
      'getArticle',
      { id: Number(args.rest[0]) },
      { id: 'show takes an article id (see `parallax list`)' },
    );
    if (args.json) {
      const { title, outlet, authors, language, publishedAt, url, text } = a;
      write(JSON.stringify({ id: a.id, title, outlet, authors, language, publishedAt, url, text }));
    } else {
      write(oneLine(a.title));
      write(oneLine([a.outlet, a.publishedAt, a.language].filter(Boolean).join(' · ')));
      write('');
      write(forTerminal(a.text));
    }
    return 0;
  });
}

export function search(args: CommandArgs): Promise<number> {
  const query = args.rest.join(' ');
  if (!query.trim()) throw new UsageError('search takes the words to look for');
  return withLibrary(args, false, async (ctx) => {
    const { hits } = await call(ctx, 'searchArticles', { query }, { query: 'search takes up to 500 characters' });
    if (args.json) {
      write(
        JSON.stringify(hits.map((h) => ({ id: h.id, title: h.title, outlet: h.outlet, snippet: plain(h.snippet) }))),
      );
      return 0;
    }
    const tty = process.stdout.isTTY === true;
    // Escaped piece by piece, so the only escape sequences printed are the bold marks added here.
    const mark = (part: string) =>
      part === HIT_START ? (tty ? '\x1b[1m' : '') : part === HIT_END ? (tty ? '\x1b[0m' : '') : oneLine(part);
    for (const h of hits) {
      const snippet = h.snippet
        .replace(/\s+/g, ' ')
        .split(new RegExp(`(${HIT_START}|${HIT_END})`))
        .map(mark)
        .join('');
      write(`${String(h.id).padStart(5)}  ${oneLine(h.outlet ?? '-')}: ${oneLine(h.title)}\n       ${snippet}`);
    }
    if (!hits.length) write('No article matches.');
    return 0;
  });
}

export function info(args: CommandArgs): Promise<number> {
  return withLibrary(args, false, async (ctx) => {
    const about = await call(ctx, 'appInfo', {});
    if (args.json)
      write(
        JSON.stringify({ libraryPath: about.libraryPath, articleCount: about.articleCount, version: about.version }),
      );
    else write(`Parallax ${about.version}\nLibrary: ${oneLine(about.libraryPath)}\nArticles: ${about.articleCount}`);
    return 0;
  });
}

export function importFiles(args: CommandArgs): Promise<number> {
  if (!args.rest.length) throw new UsageError('import takes files or folders');
  const story = args.story === undefined ? undefined : articleField.story.safeParse(args.story);
  if (story && !story.success) throw new UsageError(`--story: ${story.error.issues[0]?.message ?? 'not a story name'}`);
  return withLibrary(args, true, async (ctx) => {
    assertWritable(ctx);
    try {
      // The readers of every format are loaded only by this command.
      const { importPaths } = await import('../ingest/import');
      const outcomes = await importPaths(ctx.db, args.rest, {
        ...(story?.data ? { story: story.data } : {}),
        onOutcome: (o) => {
          if (args.json) return;
          const detail = o.status === 'imported' ? ` as article ${o.id}` : `: ${oneLine(o.reason)}`;
          write(`${o.status.padEnd(9)} ${oneLine(o.file)}${detail}`);
        },
      });
      if (args.json) write(JSON.stringify(outcomes));
      else {
        const n = (s: string) => outcomes.filter((o) => o.status === s).length;
        const skipped = n('skipped') ? `, ${n('skipped')} skipped` : '';
        write(`${n('imported')} imported, ${n('duplicate')} duplicate, ${n('failed')} failed${skipped}`);
      }
      return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    } finally {
      await (await import('../ingest/parse-pool')).closeParsePool();
    }
  });
}

export function stance(args: CommandArgs): Promise<number> {
  return withLibrary(args, false, async (ctx) => {
    const result = await call(
      ctx,
      'checkClaim',
      { claim: args.rest.join(' ') },
      { claim: 'stance takes a claim to check, or --jsonl' },
    );
    if (args.json) {
      write(JSON.stringify(result));
      return 0;
    }
    for (const group of ['agree', 'disagree', 'discuss'] as const) {
      const hits = result.hits.filter((h) => h.stance === group);
      write(`${group.toUpperCase()} (${hits.length})`);
      for (const h of hits) {
        write(
          `  ${String(h.article.id).padStart(5)}  ${oneLine(h.article.outlet ?? '-')}: ${oneLine(h.article.title)}`,
        );
        if (h.evidence[0]) write(`         “${oneLine(h.evidence[0].text.replace(/\s+/g, ' ').slice(0, 160))}”`);
      }
    }
    write(`${result.unrelated} other articles do not address it (${result.candidates} looked at closely).`);
    return 0;
  });
}

export function exportOrBackup(command: 'export' | 'backup', args: CommandArgs): Promise<number> {
  const out = args.out;
  if (!out) throw new UsageError(`${command} needs --out FILE`);
  return withLibrary(args, false, async (ctx) => {
    const options = { force: args.force, protect: [ctx.libraryPath] };
    const written =
      command === 'backup'
        ? await writeOutput(out, async (temporary) => void (await ctx.db.backup(temporary)), options)
        : await writeTextOutput(out, JSON.stringify(exportLibrary(ctx.db), null, 2), options);
    write(`Wrote ${oneLine(written)}`);
    return 0;
  });
}

/** The full integrity check, without the time limit that opening a large library has. */
export function check(args: CommandArgs): number {
  const library = libraryPathOf(args.choice);
  if (!fs.existsSync(library)) throw new ApiError('not_found', `There is no library at ${library}.`);
  try {
    inspectLibrary(library, { checkBudgetMs: Infinity });
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'damaged') throw err;
    write(oneLine(err.message));
    return 1;
  }
  write(`${oneLine(library)} is a whole Parallax library.`);
  return 0;
}

export async function restore(args: CommandArgs): Promise<number> {
  if (!args.from) throw new UsageError('restore needs --from BACKUP');
  const result = await restoreLibrary(libraryPathOf(args.choice), path.resolve(args.from), { force: args.force });
  write(`Restored ${oneLine(result.library)} from ${oneLine(path.resolve(args.from))}.`);
  if (result.keptAs) write(`The library it replaced is kept as ${oneLine(result.keptAs)}.`);
  return 0;
}
