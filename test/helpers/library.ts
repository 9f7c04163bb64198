// Test helpers over real parts: a real SQLite library in a temp folder, and the real handlers behind the contract.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
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

/** For a test file: a function making temp folders, each removed after its test. */
export function useTempDirs(prefix?: string): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = tempDir(prefix);
    dirs.push(d);
    return d;
  };
}

/** For a test file: a fresh library and a fresh folder of files for each test, removed after it. */
export function useLibraryAndFiles(prefix = 'parallax-files-') {
  let lib: ReturnType<typeof tempLibrary>;
  let dir: string;
  beforeEach(() => {
    lib = tempLibrary();
    dir = tempDir(prefix);
  });
  afterEach(() => {
    lib.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get lib() {
      return lib;
    },
    get dir() {
      return dir;
    },
    /** Writes a file (and its folders) in the test's folder; returns its path. */
    file(name: string, content: string | Buffer): string {
      const p = path.join(dir, name);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, content);
      return p;
    },
  };
}
