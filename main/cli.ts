// The `parallax` command: the same library and handlers as the app, without a window. This module loads only what
// every command needs (argument parsing, the usage text); each command loads its own modules when it runs, so
// `parallax --help` starts at once and only the commands that compare load the engine and its language data.
import { parseArgs } from 'node:util';
import { ApiError } from '../shared/errors';
import type { LibraryChoice } from './cli/client';
import type { CommandArgs } from './cli/library-commands';
import { oneLine, write } from './cli/terminal';
import { UsageError } from './cli/usage';
import { defaultLibraryPath } from './paths';
import { APP_VERSION } from './version';

const USAGE = `Usage: parallax <command> [options]

Commands:
  serve [--port N] [--open] [--no-sample]   run the app in your browser (browser mode)
  import [--story NAME] FILES_OR_FOLDERS...  import .txt .md .html .docx .pdf files (folders are walked), scans
                                             (.pdf without text, .png .jpg .tif: read by OCR; --ocr-language
                                             fr|en, else detected) and .qdpx projects (REFI-QDA)
  import --zotero DIR|FILE                   the press articles of a Zotero data directory (never written), or
                                             of a Zotero RDF, RIS or CSL JSON export
  list [--sort date|outlet|title]            list the articles in the library
  search QUERY                               full-text search, best first
  export --out FILE [--force]                the whole library as JSON
  export --format qdpx --out FILE [--story NAME]
                                             a REFI-QDA project for NVivo, MAXQDA, ATLAS.ti or QualCoder
  backup --out FILE [--force]                a consistent copy of the library file (SQLite online backup)
  check                                      check the whole library file for damage
  restore --from BACKUP [--force]            put a backup in place of a damaged library (which is kept beside it)
  show ID                                    print one article
  info                                       where the library is, and how many articles it holds
  compare LEFT RIGHT [--json]                compare two reports (files, or library ids)
  report LEFT RIGHT --out FILE [--format html|csv|json] [--force]
                                             export a comparison (with corrections for library ids)
  story STORY [--articles 1,2,3] [--json]   one story across 2-8 reports, fact by fact (STORY: name or id)
  story STORY --out FILE [--format html|csv|json] [--force]
                                             export the story view
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

export interface CliEnvironment {
  /** The built renderer that `serve` hands out. */
  readonly rendererDir: string;
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
      zotero: { type: 'string' },
      'ocr-language': { type: 'string' },
      articles: { type: 'string' },
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
  const args: CommandArgs = {
    rest,
    json: values.json,
    force: values.force,
    choice,
    sort: values.sort,
    story: values.story,
    out: values.out,
    from: values.from,
    format: values.format,
    zotero: values.zotero,
    ocrLanguage: values['ocr-language'],
    articles: values.articles,
  };

  const library = () => import('./cli/library-commands');
  switch (command) {
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError('--port takes a number from 0 to 65535');
      return (await import('./cli/serve')).serve(choice, env.rendererDir, port, values.open, !values['no-sample']);
    }
    case 'list':
      return (await library()).list(args);
    case 'import':
      return (await library()).importFiles(args);
    case 'search':
      return (await library()).search(args);
    case 'export':
    case 'backup':
      return (await library()).exportOrBackup(command, args);
    case 'check':
      return (await library()).check(args);
    case 'restore':
      return (await library()).restore(args);
    case 'show':
      return (await library()).show(args);
    case 'story':
      return (await import('./cli/story-command')).story(args);
    case 'info':
      return (await library()).info(args);
    case 'stance':
      return values.jsonl ? (await import('./compare/stance-jsonl')).stanceJsonl() : (await library()).stance(args);
    case 'compare':
      return (await import('./cli/engine-commands')).compare(args, values.jsonl);
    case 'report':
      return (await import('./cli/engine-commands')).report(args, values.format);
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
