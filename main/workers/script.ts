// Where a worker's code is. Built, each worker is its own bundle beside the main bundle (out/main/NAME.cjs, inside
// the asar archive in a packaged app, where Electron's worker threads read it as the main process does). From
// source (tests, benchmarks), the TypeScript entry is loaded through tsx, a development dependency that the
// built app never needs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __PARALLAX_BUNDLED__: boolean | undefined;

export interface WorkerScript {
  readonly code: string;
  readonly eval: boolean;
}

/** The worker `name`, whose source is main/<name>.ts and whose bundle is out/main/<basename>.cjs. */
export function workerScript(name: string): WorkerScript {
  if (typeof __PARALLAX_BUNDLED__ !== 'undefined' && __PARALLAX_BUNDLED__) {
    const file = path.join(__dirname, `${path.basename(name)}.cjs`);
    return {
      code: file.replace(`${path.sep}app.asar${path.sep}`, `${path.sep}app.asar.unpacked${path.sep}`),
      eval: false,
    };
  }
  const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', `${name}.ts`);
  return {
    code: `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`,
    eval: true,
  };
}
