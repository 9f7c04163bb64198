// The worker side of a task pool: answers each task message from main with the handler's result or error.
import { parentPort } from 'node:worker_threads';
import { serialiseError, type ProgressMessage, type ResultMessage, type TaskMessage } from './protocol';

export function serveTasks<I, O, P = never>(handler: (input: I, progress: (p: P) => void) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs only inside a worker thread.');
  port.on('message', (task: TaskMessage<I>) => {
    void (async () => {
      let reply: ResultMessage<O>;
      try {
        const progress = (p: P) => port.postMessage({ id: task.id, progress: p } satisfies ProgressMessage<P>);
        reply = { id: task.id, ok: true, value: await handler(task.input, progress) };
      } catch (err) {
        reply = { id: task.id, ok: false, error: serialiseError(err) };
      }
      port.postMessage(reply);
    })();
  });
}
