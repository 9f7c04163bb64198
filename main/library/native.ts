// Where better-sqlite3's compiled addon comes from. Under Node (tests, command line, browser mode) it is the
// one in node_modules; under unpackaged Electron it is a copy built for Electron's ABI in .native/, so that
// `npm start` and `npm test` never fight over one file (see docs/ARCHITECTURE.md, "Native module").

let override: string | undefined;

/** Set by the Electron entry point before the library is opened. */
export function setNativeBindingPath(file: string | undefined): void {
  override = file;
}

export function nativeBindingPath(): string | undefined {
  return override;
}
