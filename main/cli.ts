// The `parallax` command: the same library and handlers as the app, without a window.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareTexts } from '../shared/compare';
import { ApiError } from '../shared/errors';
import { UsageError, openForCli, type LibraryChoice } from './cli/client';
import * as library from './cli/library-commands';
import { checkOutput, writeTextOutput } from './cli/output-file';
import { oneLine } from './cli/terminal';
import { formatComparison } from './compare/format';
import { compareJsonl } from './compare/jsonl';
import { readReport } from './compare/read-report';
import { buildReport } from './compare/report';
import { stanceJsonl } from './compare/stance-jsonl';
import { seedSampleLibraryOnce } from './library/seed';
import { defaultLibraryPath } from './paths';
import { startBrowserServer } from './server/http';
import { openInBrowser } from './server/open-browser';
import { APP_VERSION } from './version';
import { WorkerEngine } from './engine/engine';

const USAGE = `Usage: parallax <command> [options]

Commands:
  serve [--port N] [--open] [--no-sample]   run the app in your browser (browser mode)
  import [--story NAME] FILES_OR_FOLDERS...  import .txt .md .html .docx .pdf files (folders are walked)
  list [--sort date|outlet|title]            list the articles in the library
  search QUERY                               full-text search, best first
  export --out FILE [--force]                the whole library as JSON
  backup --out FILE [--force]                a consistent copy of the library file (SQLite online backup)
  check                                      check the whole library file for damage
  restore --from BACKUP [--force]            put a backup in place of a damaged library (which is kept beside it)
  show ID                                    print one article
  info                                       where the library is, and how many articles it holds
  compare LEFT RIGHT [--json]                compare two reports (files, or library ids)
  report LEFT RIGHT --out FILE [--format html|csv|json] [--force]
                                             export a comparison (with corrections for library ids)
  stance "CLAIM"                             which reports in the library agree, disagree or discuss it
  stance --jsonl                             lines {"id","claim","report"} in, {"id","stance","score"} out
  compare --jsonl                            compare many pairs: lines {"id","left","right","leftLang"?,"rightLang"?}
                                             on standard input, one Comparison line out per line in

Options for every command:
  --db PATH    the library file (default: ${defaultLibraryPath()}); a new one is made only by
               import and serve, in a folder that exists, unless --create is given
  --create     make a new library at --db if there is none (and its folders)
  --force      replace an existing --out file (never the library itself, never a read-only file)
  --json       machine-readable output
  --help       this text`;

function write(line: string): void {
  process.stdout.write(line + '\n');
}

export interface CliEnvironment {
  /** The built renderer that `serve` hands out. */
  readonly rendererDir: string;
}

async function serve(choice: LibraryChoice, env: CliEnvironment, port: number, open: boolean, sample: boolean) {
  const ctx = { ...openForCli(choice, true), engine: new WorkerEngine() };
  if (sample && !ctx.readOnly) seedSampleLibraryOnce(ctx.db);
  const server = await startBrowserServer({ ctx, port, rendererDir: env.rendererDir });
  write(`Parallax is running in browser mode; open ${server.url}`);
  const opened = open ? openInBrowser(server.url) : null;
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  opened?.cleanup();
  await server.close();
  await ctx.engine.close();
  ctx.db.close();
  return 0;
}

export async function runCli(argv: readonly string[], env: CliEnvironment): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      create: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      'no-sample': { type: 'boolean', default: false },
      sort: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      out: { type: 'string' },
      from: { type: 'string' },
      format: { type: 'string' },
      story: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    write(APP_VERSION);
    return 0;
  }
  if (values.help || !command) {
    write(USAGE);
    return command || values.help ? 0 : 2;
  }
  const choice: LibraryChoice = { db: values.db, create: values.create };
  const args: library.CommandArgs = {
    rest,
    json: values.json,
    force: values.force,
    choice,
    sort: values.sort,
    story: values.story,
    out: values.out,
    from: values.from,
  };

  switch (command) {
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError('--port takes a number from 0 to 65535');
      return serve(choice, env, port, values.open, !values['no-sample']);
    }
    case 'list':
      return library.list(args);
    case 'import':
      return library.importFiles(args);
    case 'search':
      return library.search(args);
    case 'export':
    case 'backup':
      return library.exportOrBackup(command, args);
    case 'check':
      return library.check(args);
    case 'restore':
      return library.restore(args);
    case 'show':
      return library.show(args);
    case 'info':
      return library.info(args);
    case 'stance':
      return values.jsonl ? stanceJsonl() : library.stance(args);
    case 'compare': {
      if (values.jsonl) return compareJsonl();
      if (rest.length !== 2) throw new UsageError('compare takes two files or library ids, or --jsonl');
      const [left, right] = await Promise.all(rest.map((r) => readReport(r!, choice)));
      const comparison = compareTexts(left!.text, right!.text, {
        ...(left!.language ? { leftLanguage: left!.language } : {}),
        ...(right!.language ? { rightLanguage: right!.language } : {}),
      });
      if (values.json) write(JSON.stringify(comparison));
      else write(formatComparison(comparison, left!.name, right!.name, process.stdout.isTTY === true));
      return 0;
    }
    case 'report': {
      if (rest.length !== 2) throw new UsageError('report takes two files or library ids');
      if (!values.out) throw new UsageError('report needs --out FILE');
      const format = values.format ?? (path.extname(values.out).slice(1) || 'html');
      if (format !== 'html' && format !== 'csv' && format !== 'json')
        throw new UsageError('--format takes html, csv or json');
      const protect = choice.db === ':memory:' ? [] : [path.resolve(choice.db ?? defaultLibraryPath())];
      const output = { force: values.force, protect };
      checkOutput(values.out, output); // before the comparison is computed, not after
      const report = await buildReport(rest[0]!, rest[1]!, choice, format);
      const written = await writeTextOutput(values.out, report.content, output);
      write(`Wrote ${oneLine(written)} (${format})`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Runs the CLI and turns every failure into one readable line and an exit code. */
export function main(argv: readonly string[], env: CliEnvironment): void {
  runCli(argv, env).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      const message = oneLine(err instanceof Error ? err.message : String(err));
      if (
        err instanceof UsageError ||
        (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
      ) {
        process.stderr.write(`parallax: ${message}\nRun \`parallax --help\` for usage.\n`);
        process.exitCode = 2;
      } else if (err instanceof ApiError) {
        process.stderr.write(`parallax: ${message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`parallax: ${message}\n`);
        if (process.env.PARALLAX_DEBUG) console.error(err);
        process.exitCode = 1;
      }
    },
  );
}
