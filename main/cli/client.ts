// The command line as one more client of the contract: it opens the library as the app does, validates with the
// contract's schemas and calls the same handlers through dispatch, so a rule holds in one place.
import path from 'node:path';
import type { z } from 'zod';
import { api, type ApiInput, type ApiMethod, type ApiResult } from '../../shared/api';
import { unwrapEnvelope } from '../../shared/errors';
import type { AppContext } from '../context';
import { dispatch } from '../dispatch';
import { openLibraryFile } from '../library/open';
import { defaultLibraryPath } from '../paths';
import { APP_VERSION } from '../version';
import { oneLine } from './terminal';
import { UsageError } from './usage';

export interface LibraryChoice {
  /** --db, or undefined for the default library. */
  readonly db: string | undefined;
  /** --create: a new library may be made, folders included. */
  readonly create: boolean;
}

export function libraryPathOf(choice: LibraryChoice): string {
  return choice.db === ':memory:' ? ':memory:' : path.resolve(choice.db ?? defaultLibraryPath());
}

/**
 * Opens the library for a command. The default library is made on first use; a --db that does not exist is made
 * only by commands that write (`creates`), only in a folder that exists (unless --create), and never silently.
 */
export function openForCli(choice: LibraryChoice, creates: boolean): AppContext {
  const libraryPath = libraryPathOf(choice);
  const isDefault = choice.db === undefined;
  const opened = openLibraryFile(libraryPath, {
    create: isDefault || creates || choice.create,
    createFolders: isDefault || choice.create,
  });
  if (opened.created && !isDefault && libraryPath !== ':memory:')
    process.stderr.write(`parallax: made a new, empty library at ${oneLine(libraryPath)}\n`);
  if (opened.readOnly)
    process.stderr.write(
      `parallax: ${oneLine(libraryPath)} cannot be written; it is open read-only (edits are disabled)\n`,
    );
  return { db: opened.db, libraryPath, version: APP_VERSION, transport: 'browser', readOnly: opened.readOnly };
}

/**
 * Calls one contract method. Input the schema refuses becomes a usage error: `hints` gives, per field, the line to
 * print instead of the schema's wording (e.g. sort: '--sort takes date, outlet or title').
 */
export async function call<M extends ApiMethod>(
  ctx: AppContext,
  method: M,
  input: ApiInput<M>,
  hints: Readonly<Record<string, string>> = {},
): Promise<ApiResult<M>> {
  const schema: z.ZodType = api[method].input;
  const checked = schema.safeParse(input);
  if (!checked.success) {
    throw new UsageError(
      checked.error.issues
        .map((i) => hints[String(i.path[0])] ?? `${String(i.path[0] ?? 'input')}: ${i.message}`)
        .join('; '),
    );
  }
  return unwrapEnvelope<ApiResult<M>>(await dispatch(ctx, method, input));
}
