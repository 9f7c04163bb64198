// `parallax serve`: browser mode. The app's server on loopback, with the engine in its worker thread.
import { WorkerEngine } from '../engine/engine';
import { seedSampleLibraryOnce } from '../library/seed';
import { startBrowserServer } from '../server/http';
import { openInBrowser } from '../server/open-browser';
import { openForCli, type LibraryChoice } from './client';
import { write } from './terminal';

export async function serve(
  choice: LibraryChoice,
  rendererDir: string,
  port: number,
  open: boolean,
  sample: boolean,
): Promise<number> {
  const ctx = { ...openForCli(choice, true), engine: new WorkerEngine() };
  if (sample && !ctx.readOnly) seedSampleLibraryOnce(ctx.db);
  const server = await startBrowserServer({ ctx, port, rendererDir });
  write(`Parallax is running in browser mode; open ${server.url}`);
  const opened = open ? openInBrowser(server.url) : null;
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  opened?.cleanup();
  await server.close();
  await ctx.engine.close();
  ctx.db.close();
  return 0;
}
