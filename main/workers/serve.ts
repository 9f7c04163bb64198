// The worker side of a task pool: answers each task message from main with the handler's result or error.
import { parentPort } from 'node:worker_threads';
import { serialiseError, type ResultMessage, type TaskMessage, type TaskProgress } from './protocol';

/** Reports a task's progress to main (main shows it to the user while the task runs). */
export type ReportProgress = (progress: TaskProgress) => void;

export function serveTasks<I, O>(handler: (input: I, progress: ReportProgress) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs only inside a worker thread.');
  port.on('message', (task: TaskMessage<I>) => {
    void (async () => {
      let reply: ResultMessage<O>;
      try {
        const progress: ReportProgress = (p) =>
          port.postMessage({ id: task.id, progress: p } satisfies ResultMessage<O>);
        reply = { id: task.id, ok: true, value: await handler(task.input, progress) };
      } catch (err) {
        reply = { id: task.id, ok: false, error: serialiseError(err) };
      }
      port.postMessage(reply);
    })();
  });
}
