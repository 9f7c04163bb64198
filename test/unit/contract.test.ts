import { describe, expect, it } from 'vitest';
import { api, API_METHODS, parseInput } from '../../shared/api';
import { handlers } from '../../main/handlers';
import { dispatch } from '../../main/dispatch';
import { tempLibrary } from '../helpers/library';

describe('the API contract', () => {
  it('lists every method exactly once, with a schema and a handler', () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(api).sort());
    expect(Object.keys(handlers).sort()).toEqual([...API_METHODS].sort());
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length);
  });

  it('rejects invalid input with a message that names the field', () => {
    const r = parseInput('getArticle', { id: 'seven' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Invalid input for getArticle: id: /);
    expect(parseInput('getArticle', { id: 7, extra: true }).ok).toBe(false);
    expect(parseInput('getArticle', { id: 7 })).toEqual({ ok: true, value: { id: 7 } });
  });

  it('dispatches to real handlers and wraps errors with their code', async () => {
    const lib = tempLibrary();
    try {
      const info = await dispatch(lib.ctx, 'appInfo', {});
      expect(info).toMatchObject({ ok: true, value: { name: 'Parallax', articleCount: 0, libraryPath: lib.file } });
      expect(await dispatch(lib.ctx, 'getArticle', { id: 99 })).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'There is no article 99 in this library.' },
      });
      expect(await dispatch(lib.ctx, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
      expect(await dispatch(lib.ctx, 'getArticle', { id: -1 })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    } finally {
      lib.close();
    }
  });
});
