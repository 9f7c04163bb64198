// What every handler receives: the open library and facts about this run.
import type { Settings } from '../shared/domain';
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
  /** The system's language (Electron's app.getLocale()); browser mode leaves it to the browser. */
  readonly systemLocale?: string;
  /** Told when the researcher changes a setting (the desktop app rebuilds its menu in the new language). */
  readonly onSettingsChanged?: (settings: Settings) => void;
}
