// What every handler receives: the open library and facts about this run.
import type { Engine } from './engine/engine';
import type { Db } from './library/open';

export interface AppContext {
  readonly db: Db;
  readonly libraryPath: string;
  readonly version: string;
  readonly transport: 'electron' | 'browser';
  /** The library file cannot be written: reads work, edits are refused with a reason (see dispatch.ts). */
  readonly readOnly?: boolean;
  /** Where comparisons and claim checks run: a worker thread in the app, in-process (the default) for a command. */
  readonly engine?: Engine;
  /** Renders an HTML page to PDF (Electron's printToPDF); absent in browser mode. */
  readonly printToPdf?: (html: string) => Promise<Uint8Array>;
}
