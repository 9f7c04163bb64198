// The one path from a transport to a handler: known method, validated input, result or typed error in an envelope.
import { API_METHODS, parseInput, type ApiMethod } from '../shared/api';
import { ApiError, type Envelope } from '../shared/errors';
import type { AppContext } from './context';
import { handlers } from './handlers';

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

export async function dispatch(ctx: AppContext, method: string, input: unknown): Promise<Envelope<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `There is no API method "${method}".` } };
  }
  const parsed = parseInput(method, input);
  if (!parsed.ok) return { ok: false, error: { code: 'invalid_input', message: parsed.message } };
  try {
    const handler = handlers[method] as (c: AppContext, i: unknown) => unknown;
    return { ok: true, value: await handler(ctx, parsed.value) };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: { code: err.code, message: err.message } };
    // Unexpected failures are logged in full here and reach the UI as one readable line.
    console.error(`[parallax] ${method} failed:`, err);
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { code: 'internal', message: `Parallax could not complete ${method}: ${message}` } };
  }
}
