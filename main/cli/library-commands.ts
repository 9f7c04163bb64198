// The library commands: list, show, search, info, import, stance, export, backup, check and restore. Each calls
// the contract's handlers where the app has the same operation; output formats are the command line's own.
import fs from 'node:fs';
import path from 'node:path';
import { articleField } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { stanceReliabilityText } from '../../shared/presentation/reliability';
import { assertWritable } from '../dispatch';
import { MAX_DOCUMENT_FILE_BYTES, megabytes } from '../ingest/limits';
import type { ImportOutcome } from '../ingest/types';
import type { ImportResult } from '../../shared/domain';
import type { AppContext } from '../context';
import { exportLibrary } from '../library/export';
import { inspectLibrary } from '../library/inspect';
import { restoreLibrary } from '../library/restore';
import { HIT_END, HIT_START } from '../library/search';
import { scanLanguageOf } from '../library/settings';
import { call, libraryPathOf, openForCli, type LibraryChoice } from './client';
import { UsageError } from './usage';
import { checkOutput, writeOutput, writeTextOutput } from './output-file';
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
  readonly zotero?: string | undefined;
  readonly ocrLanguage?: string | undefined;
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

function printOutcome(o: ImportOutcome | ImportResult, json: boolean): void {
  if (json) return;
  const detail = o.status === 'imported' ? ` as article ${o.id}` : `: ${oneLine(o.reason ?? '')}`;
  write(`${o.status.padEnd(9)} ${oneLine(o.file)}${detail}`);
}

/** "long.pdf: OCR page 12 of 500" on one line of a terminal's standard error, as the pages are read. */
function ocrProgressLine(json: boolean) {
  if (json || !process.stderr.isTTY) return undefined;
  return (p: { file: string; page: number; pages: number }) => {
    const done = p.page === p.pages;
    process.stderr.write(
      `\r\x1b[K${oneLine(path.basename(p.file))}: OCR page ${Math.min(p.page + 1, p.pages)} of ${p.pages}${done ? '\r\x1b[K' : ''}`,
    );
  };
}

/** Ends the workers an import may have started (loaded only if an import ran), so the command exits at once. */
async function closeImportWorkers(): Promise<void> {
  const [parse, ocr, read] = await Promise.all([
    import('../ingest/parse-pool'),
    import('../ingest/ocr/ocr-pool'),
    import('../exchange/read-pool'),
  ]);
  await Promise.all([parse.closeParsePool(), ocr.closeOcrPool(), read.closeReadPool()]);
}

function printSummary(outcomes: readonly { status: string }[]): void {
  const n = (s: string) => outcomes.filter((o) => o.status === s).length;
  const skipped = n('skipped') ? `, ${n('skipped')} skipped` : '';
  write(`${n('imported')} imported, ${n('duplicate')} duplicate, ${n('failed')} failed${skipped}`);
}

/** A Zotero data directory through the contract, in the UI's batches: its items, then 20 at a time. */
async function importZotero(ctx: AppContext, directory: string, json: boolean): Promise<ImportResult[]> {
  const library = await call(ctx, 'zoteroItems', { directory });
  if (library.warning && !json) write(`note      ${oneLine(library.warning)}`);
  const outcomes: ImportResult[] = [];
  const keys = library.items.map((i) => i.key);
  for (let at = 0; at < keys.length; at += 20) {
    for (const o of await call(ctx, 'importZotero', { directory, keys: keys.slice(at, at + 20) })) {
      outcomes.push(o);
      printOutcome(o, json);
    }
  }
  return outcomes;
}

export function importFiles(args: CommandArgs): Promise<number> {
  if (args.zotero !== undefined) {
    if (args.rest.length) throw new UsageError('import --zotero takes a Zotero data directory (or export) alone');
    const zotero = args.zotero;
    return withLibrary(args, true, async (ctx) => {
      assertWritable(ctx);
      try {
        const outcomes = await importZotero(ctx, zotero, args.json);
        if (args.json) write(JSON.stringify(outcomes));
        else printSummary(outcomes);
        return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
      } finally {
        await closeImportWorkers();
      }
    });
  }
  if (!args.rest.length) throw new UsageError('import takes files or folders');
  const ocrLanguage = args.ocrLanguage;
  if (ocrLanguage !== undefined && ocrLanguage !== 'fr' && ocrLanguage !== 'en')
    throw new UsageError('--ocr-language takes fr or en (without it, the language of a scan is detected)');
  const story = args.story === undefined ? undefined : articleField.story.safeParse(args.story);
  if (story && !story.success) throw new UsageError(`--story: ${story.error.issues[0]?.message ?? 'not a story name'}`);
  const projects = args.rest.filter((p) => path.extname(p).toLowerCase() === '.qdpx');
  const files = args.rest.filter((p) => !projects.includes(p));
  return withLibrary(args, true, async (ctx) => {
    assertWritable(ctx);
    try {
      const fromProjects: ImportOutcome[] = [];
      for (const project of projects) fromProjects.push(...(await importProject(ctx, project, args.json)));
      const outcomes = [...fromProjects];
      if (files.length) {
        // The readers of every format are loaded only by this command.
        const { importPaths } = await import('../ingest/import');
        const scanLanguage = scanLanguageOf(ctx.db);
        outcomes.push(
          ...(await importPaths(ctx.db, files, {
            ...(story?.data ? { story: story.data } : {}),
            ...(ocrLanguage ? { ocrLanguage } : {}),
            ...(scanLanguage ? { scanLanguage } : {}),
            onOcrProgress: ocrProgressLine(args.json),
            onOutcome: (o) => printOutcome(o, args.json),
          })),
        );
      }
      if (args.json) write(JSON.stringify(outcomes));
      else printSummary(outcomes);
      return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    } finally {
      await closeImportWorkers();
    }
  });
}

/** One REFI-QDA project through the contract's importQdpx: an outcome per source, then what was not imported. */
async function importProject(ctx: AppContext, file: string, json: boolean): Promise<ImportOutcome[]> {
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new ApiError('unsupported', `${path.basename(file)} is not a regular file.`);
    if (stat.size > MAX_DOCUMENT_FILE_BYTES)
      throw new ApiError('too_large', `${path.basename(file)} is over ${megabytes(MAX_DOCUMENT_FILE_BYTES)}.`);
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    const reason = err instanceof ApiError ? err.message : 'no such file, or it cannot be read';
    if (!json) write(`failed    ${oneLine(file)}: ${oneLine(reason)}`);
    return [{ file, status: 'failed', reason }];
  }
  let result;
  try {
    result = await call(ctx, 'importQdpx', { name: path.basename(file), data: bytes.toString('base64') });
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    if (!json) write(`failed    ${oneLine(file)}: ${oneLine(err.message)}`);
    return [{ file, status: 'failed', reason: err.message }];
  }
  const outcomes = result.items.map((i): ImportOutcome => {
    const f = `${file} › ${i.file}`;
    if (i.status === 'imported') return { file: f, status: 'imported', id: i.id! };
    if (i.status === 'duplicate') return { file: f, status: 'duplicate', id: i.id!, reason: i.reason ?? '' };
    return { file: f, status: 'failed', reason: i.reason ?? 'not imported' };
  });
  if (!json) {
    for (const o of outcomes) printOutcome(o, json);
    for (const s of result.skipped) write(`not kept  ${oneLine(file)}: ${oneLine(s)}`);
    if (result.corrections)
      write(`restored  ${result.corrections} corrections (links, verdicts and notes) from ${oneLine(file)}`);
  }
  return outcomes;
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
      const otherLanguages = hits.some((h) => h.article.language !== 'en');
      const measured = hits.length ? stanceReliabilityText(result, group, 'en', otherLanguages) : null;
      if (measured) write(`  ${measured}`);
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
  const format = command === 'export' ? (args.format ?? (path.extname(out) === '.qdpx' ? 'qdpx' : 'json')) : 'sqlite';
  if (command === 'export' && format !== 'json' && format !== 'qdpx')
    throw new UsageError('export --format takes json (the whole library) or qdpx (REFI-QDA, for QDA tools)');
  if (format !== 'qdpx' && args.story !== undefined) throw new UsageError('--story is for export --format qdpx');
  return withLibrary(args, false, async (ctx) => {
    const options = { force: args.force, protect: [ctx.libraryPath] };
    checkOutput(out, options); // before anything is computed
    let written: string;
    if (command === 'backup') {
      written = await writeOutput(out, async (temporary) => void (await ctx.db.backup(temporary)), options);
    } else if (format === 'qdpx') {
      const file = await call(ctx, 'exportQdpx', args.story === undefined ? {} : { story: args.story }, {
        story: '--story takes a story name (see `parallax list`)',
      });
      const bytes = Buffer.from(file.content, 'base64');
      written = await writeOutput(out, (temporary) => fs.promises.writeFile(temporary, bytes, { flag: 'wx' }), options);
    } else {
      written = await writeTextOutput(out, JSON.stringify(exportLibrary(ctx.db), null, 2), options);
    }
    write(`Wrote ${oneLine(written)}${format === 'qdpx' ? ' (REFI-QDA project)' : ''}`);
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
