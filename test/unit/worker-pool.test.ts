// The worker machinery that parsing runs in (and the engine can): each limit ends the task that broke it with a
// kind the caller can explain, and the next task runs in a fresh worker.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { WorkerPool, WorkerTaskError } from '../../main/workers/pool';
import type { HostileTask } from '../helpers/hostile-worker';

const pool = new WorkerPool<HostileTask, string>({
  name: path.resolve(__dirname, '../helpers/hostile-worker'),
  timeoutMs: 3_000,
  resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
  maxGrowthBytes: 256 * 1024 * 1024,
});
afterAll(() => pool.close());

async function failure(task: HostileTask): Promise<unknown> {
  try {
    await pool.run(task);
  } catch (err) {
    return err;
  }
  throw new Error(`${task} did not fail`);
}

describe('a worker pool with limits', () => {
  it('runs a task off the main thread and returns its result', async () => {
    expect(await pool.run('echo')).toMatch(/^echo from thread [1-9]\d*$/);
  });

  it('ends a task that runs past its time limit, and the next task still runs', async () => {
    const err = await failure('spin');
    expect(err).toBeInstanceOf(WorkerTaskError);
    expect((err as WorkerTaskError).kind).toBe('timeout');
    expect(await pool.run('echo')).toMatch(/^echo/);
  });

  it('ends a task that fills its heap', async () => {
    const err = await failure('heap');
    expect((err as WorkerTaskError).kind).toBe('memory');
    expect(await pool.run('echo')).toMatch(/^echo/);
  });

  it('ends a task that grows the process outside the heap (array buffers)', async () => {
    const err = await failure('buffers');
    expect((err as WorkerTaskError).kind).toBe('memory');
    expect(await pool.run('echo')).toMatch(/^echo/);
  });

  it('carries a refusal back with its code, and survives a worker that exits', async () => {
    const refused = await failure('refuse');
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: 'unsupported', message: 'refused on purpose' });
    expect(((await failure('exit')) as WorkerTaskError).kind).toBe('crashed');
    const results = await Promise.all([pool.run('echo'), pool.run('echo')]);
    expect(results).toHaveLength(2);
  });
});
