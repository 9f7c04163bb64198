// A worker that misbehaves on request, for testing the limits of main/workers/pool.ts.
import { ApiError } from '../../shared/errors';
import { serveTasks } from '../../main/workers/serve';

export type HostileTask = 'echo' | 'spin' | 'heap' | 'buffers' | 'refuse' | 'exit';

serveTasks<HostileTask, string>(async (task) => {
  switch (task) {
    case 'echo':
      return `echo from thread ${(await import('node:worker_threads')).threadId}`;
    case 'spin':
      for (;;);
    case 'heap': {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1_000_000).fill(1));
    }
    case 'buffers': {
      // Outside the V8 heap, where resourceLimits does not reach.
      const hoard: Buffer[] = [];
      for (;;) {
        hoard.push(Buffer.alloc(32 * 1024 * 1024, 1));
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    case 'refuse':
      throw new ApiError('unsupported', 'refused on purpose');
    case 'exit':
      process.exit(3);
  }
});
