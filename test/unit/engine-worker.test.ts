// The engine in its worker thread, as the app and browser mode run it: the same results as in-process, a newer
// request for a view cancels the older one, progress while it runs, and a task that breaks a limit fails alone
// with a message the user can act on while the engine keeps working.
import { afterAll, describe, expect, it } from 'vitest';
import { compareTexts } from '../../shared/compare';
import { EMPTY_LEXICON } from '../../shared/compare/language/user-lexicon';
import { WorkerEngine } from '../../main/engine/engine';
import type { ArticleInput } from '../../main/engine/tasks';
import { makeReportPair } from '../helpers/long-text';

const engine = new WorkerEngine();
afterAll(() => engine.close());

const input = (text: string, key: string): ArticleInput => ({ text, language: 'en', date: null, key, analysis: null });
const [longLeft, longRight] = makeReportPair(8000, 11);
const compareTask = (left: string, right: string) =>
  ({
    kind: 'compare',
    left: input(left, `l${left.length}`),
    right: input(right, `r${right.length}`),
    lexicon: EMPTY_LEXICON,
  }) as const;

describe('the engine worker', () => {
  it('compares as the engine does in-process, and returns the analyses it computed', async () => {
    const [a, b] = makeReportPair(400, 3);
    const result = await engine.run(compareTask(a, b));
    expect(JSON.parse(result.comparison)).toEqual(compareTexts(a, b, { leftLanguage: 'en', rightLanguage: 'en' }));
    expect(result.analysed.map((x) => x.index)).toEqual([0, 1]);
  });

  it('cancels an older request for the same view when a newer one comes, and says how far a request is', async () => {
    const older = engine.run(compareTask(longLeft, longRight), { view: 'test:compare' });
    const seen: number[] = [];
    for (let i = 0; i < 200; i++) {
      const p = engine.progress('test:compare');
      if (p.running && p.fraction !== null) seen.push(p.fraction);
      if (seen.length >= 2) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen.length).toBeGreaterThan(0);
    const [a, b] = makeReportPair(200, 5);
    const newer = engine.run(compareTask(a, b), { view: 'test:compare' });
    await expect(older).rejects.toMatchObject({ code: 'cancelled' });
    expect(JSON.parse((await newer).comparison).left.claims.length).toBeGreaterThan(0);
    expect(engine.progress('test:compare').running).toBe(false);
  });

  it('cancels on request, and another view is not touched', async () => {
    const other = engine.run(compareTask(...makeReportPair(300, 9)), { view: 'test:other' });
    const running = engine.run(compareTask(longLeft, longRight), { view: 'test:cancel' });
    await new Promise((r) => setTimeout(r, 50));
    expect(engine.cancel('test:cancel')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    await expect(other).resolves.toMatchObject({ kind: 'compare' });
    expect(engine.cancel('test:cancel')).toBe(false);
  });

  it('stops a comparison past its time limit or memory with a clear message, and the engine still works', async () => {
    const slow = new WorkerEngine({ timeoutMs: 200 });
    try {
      await expect(slow.run(compareTask(longLeft, longRight))).rejects.toMatchObject({
        code: 'too_large',
        message: expect.stringMatching(/took longer than/) as unknown,
      });
    } finally {
      await slow.close();
    }
    const small = new WorkerEngine({ heapMb: 24 });
    try {
      await expect(small.run(compareTask(longLeft, longRight))).rejects.toMatchObject({
        message: expect.stringMatching(/memory|stopped unexpectedly/) as unknown,
      });
    } finally {
      await small.close();
    }
    const [a, b] = makeReportPair(200, 13);
    await expect(engine.run(compareTask(a, b))).resolves.toMatchObject({ kind: 'compare' });
  });
});
