// Test helpers over real parts: a real SQLite library in a temp folder, and the real handlers behind the contract.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_METHODS, type ApiMethod, type ParallaxApi } from '../../shared/api';
import { unwrapEnvelope } from '../../shared/errors';
import type { AppContext } from '../../main/context';
import { dispatch } from '../../main/dispatch';
import { openLibrary } from '../../main/library/open';

export function tempDir(prefix = 'parallax-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempLibrary(): { ctx: AppContext; file: string; dir: string; close(): void } {
  const dir = tempDir();
  const file = path.join(dir, 'library.sqlite');
  const db = openLibrary(file);
  const ctx: AppContext = { db, libraryPath: file, version: '0.0.0-test', transport: 'browser' };
  return {
    ctx,
    file,
    dir,
    close() {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The contract served by the real handlers in-process, as the renderer would see it over a transport. */
export function directApi(ctx: AppContext): ParallaxApi {
  const api = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const m of API_METHODS) api[m] = async (input) => unwrapEnvelope(await dispatch(ctx, m, input));
  return api as unknown as ParallaxApi;
}
