// The worker half of a time-boxed quick_check: runs it and reports through shared memory, so the opening thread
// can wait for it synchronously with Atomics.wait and a time limit.
import { workerData } from 'node:worker_threads';
import { runQuickCheck, type QuickCheckTask } from './quick-check';

const { file, binding, shared } = workerData as QuickCheckTask;
const problem = runQuickCheck(file, binding);
if (problem) {
  const encoded = Buffer.from(problem, 'utf8').subarray(0, shared.byteLength - 5);
  new Uint8Array(shared, 4).set(encoded);
}
const status = new Int32Array(shared, 0, 1);
Atomics.store(status, 0, problem ? 2 : 1);
Atomics.notify(status, 0);
