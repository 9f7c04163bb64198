// The renderer's one way to the back end: window.parallax in Electron, the HTTP client in browser mode.
// Both satisfy ParallaxApi, so they cannot drift from the contract.
import type { ParallaxApi } from '../../../shared/api';
import { API_METHODS, type ApiMethod, type ShellCommand } from '../../../shared/api-methods';
import { ApiError, unwrapEnvelope } from '../../../shared/errors';
import { reportReachable, reportUnreachable } from './connection';

export type { ShellCommand } from '../../../shared/api-methods';

/** Thrown when a request never reached the back end (the app shows the "not answering" banner, with Retry). */
export class UnreachableError extends ApiError {
  constructor() {
    super('internal', 'Parallax is not answering.');
  }
}

/** Thrown in browser mode when the page was not opened through the address `parallax serve` printed. */
export class NoTokenError extends ApiError {
  constructor() {
    super('unauthorized', 'This page has no access token.');
  }
}

declare global {
  interface Window {
    readonly parallax?: ParallaxApi;
    readonly parallaxShell?: { onCommand(handler: (command: ShellCommand) => void): () => void };
  }
}

const TOKEN_KEY = 'parallax.token';

/**
 * Takes the per-run token from the URL fragment ("#token=…") once, keeps it for this tab, and puts the start
 * route in its place, so the token never stays in the address bar, in the history or in a bookmarked route.
 */
export function readBrowserToken(loc: Location, storage: Storage, history: History): string | null {
  const match = /^#token=([^&]+)/.exec(loc.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    storage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', `${loc.pathname}${loc.search}#/`);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpClient(baseUrl: string, token: string | null, fetchImpl: typeof fetch = fetch): ParallaxApi {
  const call = async (method: ApiMethod, input: unknown): Promise<unknown> => {
    if (!token) throw new NoTokenError();
    let res: Response;
    try {
      res = await fetchImpl(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      reportUnreachable();
      throw new UnreachableError();
    }
    reportReachable();
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new ApiError('internal', `The back end answered ${res.status} without a readable body.`);
    }
    return unwrapEnvelope(body);
  };
  const client = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const m of API_METHODS) client[m] = (input) => call(m, input);
  return client as unknown as ParallaxApi;
}

let instance: ParallaxApi | null = null;

export function getApi(): ParallaxApi {
  if (instance) return instance;
  instance =
    window.parallax ??
    createHttpClient(window.location.origin, readBrowserToken(window.location, window.sessionStorage, window.history));
  return instance;
}

/** For tests: use a given implementation. */
export function setApi(api: ParallaxApi | null): void {
  instance = api;
}
