// The one path from a transport to a handler: known method, validated input, result or typed error in an envelope.
import { API_METHODS, parseInput, type ApiMethod } from '../shared/api';
import { ApiError, type Envelope } from '../shared/errors';
import type { AppContext } from './context';
import { handlers } from './handlers';

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

/** The methods that change the library; a read-only library refuses them before they run. */
const WRITES: ReadonlySet<ApiMethod> = new Set([
  'addArticle',
  'importFiles',
  'importQdpx',
  'importZotero',
  'updateArticle',
  'trashArticle',
  'restoreArticle',
  'setOutletNotes',
  'correctComparison',
  'undoCorrection',
  'correctStoryPair',
  'addLexiconEntry',
  'updateLexiconEntry',
  'removeLexiconEntry',
  'importLexicon',
]);

/** Refuses a change to a read-only library with the same reason the contract's writing methods give. */
export function assertWritable(ctx: AppContext): void {
  if (ctx.readOnly) throw readOnlyError(ctx);
}

function readOnlyError(ctx: AppContext): ApiError {
  return new ApiError(
    'read_only',
    `This library is open read-only (${ctx.libraryPath} cannot be written), so edits are disabled. Make the file writable, or copy it and open the copy.`,
  );
}

export async function dispatch(ctx: AppContext, method: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `There is no API method "${method}".` } };
  }
  const parsed = parseInput(method, input);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', message: parsed.message } };
  try {
    if (ctx.readOnly && WRITES.has(method)) throw readOnlyError(ctx);
    const handler = handlers[method] as (c: AppContext, i: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.value) };
  } catch (caught) {
    // The file may have become read-only since it was opened: SQLite's own words are not for the user.
    const err = (caught as { code?: string })?.code === 'SQLITE_READONLY' ? readOnlyError(ctx) : caught;
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
    // Unexpected failures are logged in full here and reach the UI as one readable line.
    console.error(`[parallax] ${method} failed:`, err);
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `Parallax could not complete ${method}: ${message}` } };
  }
}
