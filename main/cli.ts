// The `parallax` command: the same library and handlers as the app, without a window.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareTexts } from '../shared/compare';
import { warmUpEngine } from './warm-up';
import { ApiError } from '../shared/errors';
import { compareJsonl } from './compare/jsonl';
import { formatComparison } from './compare/format';
import { readReport } from './compare/read-report';
import { buildReport, writeFileAtomic } from './compare/report';
import { importPaths } from './ingest/import';
import { closeParsePool } from './ingest/parse-pool';
import { stanceJsonl } from './compare/stance-jsonl';
import { checkClaim } from './library/check';
import { exportLibrary } from './library/export';
import { HIT_END, HIT_START, searchArticles } from './library/search';
import type { AppContext } from './context';
import { getArticle, listArticles } from './library/articles';
import { openLibrary } from './library/open';
import { seedSampleLibraryOnce } from './library/seed';
import { defaultLibraryPath } from './paths';
import { openInBrowser } from './server/open-browser';
import { startBrowserServer } from './server/http';
import { APP_VERSION } from './version';

const USAGE = `Usage: parallax <command> [options]

Commands:
  serve [--port N] [--open] [--no-sample]   run the app in your browser (browser mode)
  import [--story NAME] FILES_OR_FOLDERS...  import .txt .md .html .docx .pdf files (folders are walked)
  list [--sort date|outlet|title]            list the articles in the library
  search QUERY                               full-text search, best first
  export --out FILE                          the whole library as JSON
  backup --out FILE                          a consistent copy of the library file (SQLite online backup)
  show ID                                    print one article
  info                                       where the library is, and how many articles it holds
  compare LEFT RIGHT [--json]                compare two reports (files, or library ids)
  report LEFT RIGHT --out FILE [--format html|csv|json]
                                             export a comparison (with corrections for library ids)
  stance "CLAIM"                             which reports in the library agree, disagree or discuss it
  stance --jsonl                             lines {"id","claim","report"} in, {"id","stance","score"} out
  compare --jsonl                            compare many pairs: lines {"id","left","right","leftLang"?,"rightLang"?}
                                             on standard input, one Comparison line out per line in

Options for every command:
  --db PATH    the library file (default: ${defaultLibraryPath()})
  --json       machine-readable output
  --help       this text`;

class UsageError extends Error {}

function write(line: string): void {
  process.stdout.write(line + '\n');
}

function openContext(dbPath: string, transport: AppContext['transport'] = 'browser'): AppContext {
  const libraryPath = dbPath === ':memory:' ? dbPath : path.resolve(dbPath);
  return { db: openLibrary(libraryPath), libraryPath, version: APP_VERSION, transport };
}

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
      json: { type: 'boolean', default: false },
      port: { type: 'string' },
      open: { type: 'boolean', default: false },
      'no-sample': { type: 'boolean', default: false },
      sort: { type: 'string' },
      jsonl: { type: 'boolean', default: false },
      out: { type: 'string' },
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
  const dbPath = values.db ?? defaultLibraryPath();

  switch (command) {
    case 'serve': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError('--port takes a number from 0 to 65535');
      const ctx = openContext(dbPath);
      if (!values['no-sample']) seedSampleLibraryOnce(ctx.db);
      const server = await startBrowserServer({ ctx, port, rendererDir: env.rendererDir });
      write(`Parallax is running in browser mode; open ${server.url}`);
      warmUpEngine();
      if (values.open) openInBrowser(server.url);
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      ctx.db.close();
      return 0;
    }
    case 'list': {
      const sort = values.sort ?? 'date';
      if (sort !== 'date' && sort !== 'outlet' && sort !== 'title')
        throw new UsageError('--sort takes date, outlet or title');
      const ctx = openContext(dbPath);
      const rows = listArticles(ctx.db, sort);
      ctx.db.close();
      if (values.json) {
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
            `${String(r.id).padStart(5)}  ${r.publishedAt ?? '          '}  ${r.language}  ${r.outlet ?? '-'}: ${r.title}`,
          );
        }
        if (rows.length === 0) write('The library is empty.');
      }
      return 0;
    }
    case 'import': {
      if (!rest.length) throw new UsageError('import takes files or folders');
      const ctx = openContext(dbPath);
      try {
        const outcomes = await importPaths(ctx.db, rest, {
          ...(values.story ? { story: values.story } : {}),
          onOutcome: (o) => {
            if (!values.json) {
              const detail = o.status === 'imported' ? ` as article ${o.id}` : `: ${o.reason}`;
              write(`${o.status.padEnd(9)} ${o.file}${detail}`);
            }
          },
        });
        if (values.json) write(JSON.stringify(outcomes));
        else {
          const n = (s: string) => outcomes.filter((o) => o.status === s).length;
          write(`${n('imported')} imported, ${n('duplicate')} duplicate, ${n('failed')} failed`);
        }
        return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
      } finally {
        await closeParsePool();
        ctx.db.close();
      }
    }
    case 'search': {
      const query = rest.join(' ');
      if (!query.trim()) throw new UsageError('search takes the words to look for');
      const ctx = openContext(dbPath);
      const hits = searchArticles(ctx.db, query);
      ctx.db.close();
      const plain = (s: string) => s.replaceAll(HIT_START, '').replaceAll(HIT_END, '');
      if (values.json)
        write(
          JSON.stringify(hits.map((h) => ({ id: h.id, title: h.title, outlet: h.outlet, snippet: plain(h.snippet) }))),
        );
      else {
        const tty = process.stdout.isTTY === true;
        for (const h of hits) {
          const snippet = tty
            ? h.snippet.replaceAll(HIT_START, '\x1b[1m').replaceAll(HIT_END, '\x1b[0m')
            : plain(h.snippet);
          write(`${String(h.id).padStart(5)}  ${h.outlet ?? '-'}: ${h.title}\n       ${snippet.replace(/\s+/g, ' ')}`);
        }
        if (!hits.length) write('No article matches.');
      }
      return 0;
    }
    case 'export':
    case 'backup': {
      if (!values.out) throw new UsageError(`${command} needs --out FILE`);
      const ctx = openContext(dbPath);
      try {
        if (command === 'backup') await ctx.db.backup(path.resolve(values.out));
        else await writeFileAtomic(values.out, JSON.stringify(exportLibrary(ctx.db), null, 2));
      } finally {
        ctx.db.close();
      }
      write(`Wrote ${path.resolve(values.out)}`);
      return 0;
    }
    case 'show': {
      const id = Number(rest[0]);
      if (!Number.isInteger(id) || id <= 0) throw new UsageError('show takes an article id (see `parallax list`)');
      const ctx = openContext(dbPath);
      try {
        const a = getArticle(ctx.db, id);
        if (values.json) {
          const { title, outlet, authors, language, publishedAt, url, text } = a;
          write(JSON.stringify({ id: a.id, title, outlet, authors, language, publishedAt, url, text }));
        } else {
          write(a.title);
          write([a.outlet, a.publishedAt, a.language].filter(Boolean).join(' · '));
          write('');
          write(a.text);
        }
      } finally {
        ctx.db.close();
      }
      return 0;
    }
    case 'info': {
      const ctx = openContext(dbPath);
      const count = ctx.db.prepare('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() as number;
      ctx.db.close();
      if (values.json)
        write(JSON.stringify({ libraryPath: ctx.libraryPath, articleCount: count, version: APP_VERSION }));
      else write(`Parallax ${APP_VERSION}\nLibrary: ${ctx.libraryPath}\nArticles: ${count}`);
      return 0;
    }
    case 'compare': {
      if (values.jsonl) return compareJsonl();
      if (rest.length !== 2) throw new UsageError('compare takes two files or library ids, or --jsonl');
      const [left, right] = await Promise.all(rest.map((r) => readReport(r!, dbPath)));
      const comparison = compareTexts(left!.text, right!.text, {
        ...(left!.language ? { leftLanguage: left!.language } : {}),
        ...(right!.language ? { rightLanguage: right!.language } : {}),
      });
      if (values.json) write(JSON.stringify(comparison));
      else write(formatComparison(comparison, left!.name, right!.name, process.stdout.isTTY === true));
      return 0;
    }
    case 'stance': {
      if (values.jsonl) return stanceJsonl();
      const claim = rest.join(' ').trim();
      if (claim.length < 3) throw new UsageError('stance takes a claim to check, or --jsonl');
      const ctx = openContext(dbPath);
      const result = checkClaim(ctx.db, claim);
      ctx.db.close();
      if (values.json) write(JSON.stringify(result));
      else {
        for (const group of ['agree', 'disagree', 'discuss'] as const) {
          const hits = result.hits.filter((h) => h.stance === group);
          write(`${group.toUpperCase()} (${hits.length})`);
          for (const h of hits) {
            write(`  ${String(h.article.id).padStart(5)}  ${h.article.outlet ?? '-'}: ${h.article.title}`);
            if (h.evidence[0]) write(`         “${h.evidence[0].text.replace(/\s+/g, ' ').slice(0, 160)}”`);
          }
        }
        write(`${result.unrelated} other articles do not address it (${result.candidates} looked at closely).`);
      }
      return 0;
    }
    case 'report': {
      if (rest.length !== 2) throw new UsageError('report takes two files or library ids');
      if (!values.out) throw new UsageError('report needs --out FILE');
      const format = values.format ?? (path.extname(values.out).slice(1) || 'html');
      if (format !== 'html' && format !== 'csv' && format !== 'json')
        throw new UsageError('--format takes html, csv or json');
      const report = await buildReport(rest[0]!, rest[1]!, dbPath, format);
      await writeFileAtomic(values.out, report.content);
      write(`Wrote ${path.resolve(values.out)} (${format})`);
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
      if (
        err instanceof UsageError ||
        (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
      ) {
        process.stderr.write(`parallax: ${err.message}\nRun \`parallax --help\` for usage.\n`);
        process.exitCode = 2;
      } else if (err instanceof ApiError) {
        process.stderr.write(`parallax: ${err.message}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
        if (process.env.PARALLAX_DEBUG) console.error(err);
        process.exitCode = 1;
      }
    },
  );
}
