// Where things live on disk, computed the same way with or without Electron so the command line and the
// desktop app open the same library by default.
import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Parallax';

/** The per-user data folder Electron uses for an app named "Parallax". */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export function defaultLibraryPath(): string {
  return path.join(userDataDir(), 'library.sqlite');
}

/** The built renderer, next to the built main bundle (out/main -> out/renderer). */
export function rendererDir(mainDir: string): string {
  return path.resolve(mainDir, '..', 'renderer');
}
