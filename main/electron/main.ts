// The Electron entry point: one instance, one hardened window, the app:// renderer and the IPC contract.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { AppContext } from '../context';
import { ApiError } from '../../shared/errors';
import { openLibraryFile, type OpenedLibrary } from '../library/open';
import { restoreLibrary } from '../library/restore';
import { setNativeBindingPath } from '../library/native';
import { seedSampleLibraryOnce } from '../library/seed';
import { readSettings } from '../library/settings';
import { resolveLocale } from '../../shared/presentation/locale';
import type { Settings } from '../../shared/domain';
import { rendererDir } from '../paths';
import { WorkerEngine } from '../engine/engine';
import { APP_VERSION } from '../version';
import { bindIpc } from './ipc';
import { makePdfPrinter } from './pdf';
import { menuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, APP_URL, registerAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Opens the library; a damaged one is left as it is and the user may restore a backup in its place. */
async function openOrRestore(libraryPath: string): Promise<OpenedLibrary | null> {
  for (;;) {
    try {
      return openLibraryFile(libraryPath);
    } catch (err) {
      const title = 'Parallax cannot open its library';
      if (!(err instanceof ApiError && err.code === 'damaged')) {
        dialog.showErrorBox(title, messageOf(err));
        return null;
      }
      const choice = await dialog.showMessageBox({
        type: 'error',
        title,
        message: messageOf(err),
        buttons: ['Restore from a backup…', 'Quit'],
        defaultId: 0,
        cancelId: 1,
      });
      if (choice.response !== 0) return null;
      const picked = await dialog.showOpenDialog({ title: 'Choose a Parallax backup', properties: ['openFile'] });
      const backup = picked.filePaths[0];
      if (picked.canceled || !backup) continue;
      await restoreLibrary(libraryPath, backup).catch((e: unknown) =>
        dialog.showErrorBox('The backup could not be restored', messageOf(e)),
      );
    }
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  let context: AppContext | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  // The menu speaks the interface language: the researcher's choice, else the system's.
  const setMenu = (settings: Settings) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          isMac: process.platform === 'darwin',
          appName: 'Parallax',
          locale: resolveLocale(settings.locale, [app.getLocale()]),
          onCommand: (command) => window?.webContents.send('parallax:command', command),
          onAbout: (detail) =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'Parallax',
              message: `Parallax ${APP_VERSION}`,
              detail: detail(context?.libraryPath ?? ''),
            }),
        }),
      ),
    );

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));

  app.whenReady().then(
    async () => {
      // Unpackaged, better-sqlite3 is loaded from the Electron build made by `npm start` (see main/tools/start.mjs).
      if (!app.isPackaged && process.env.PARALLAX_NATIVE_BINDING)
        setNativeBindingPath(process.env.PARALLAX_NATIVE_BINDING);
      const dbArg = process.argv.find((a) => a.startsWith('--db='));
      const libraryPath = dbArg
        ? path.resolve(dbArg.slice('--db='.length))
        : path.join(app.getPath('userData'), 'library.sqlite');
      const opened = await openOrRestore(libraryPath);
      if (!opened) {
        app.quit();
        return;
      }
      if (!opened.readOnly) seedSampleLibraryOnce(opened.db);
      context = {
        db: opened.db,
        libraryPath,
        version: APP_VERSION,
        transport: 'electron',
        readOnly: opened.readOnly,
        // Comparisons and claim checks run in a worker thread: this thread only answers the window.
        engine: new WorkerEngine(),
        printToPdf: makePdfPrinter(BrowserWindow),
        systemLocale: app.getLocale(),
        onSettingsChanged: (settings) => setMenu(settings),
      };
      const ctx = context;
      hardenSession(session.defaultSession);
      registerAppProtocol(protocol, rendererDir(__dirname));
      bindIpc(ipcMain, () => ctx);
      setMenu(readSettings(ctx.db));
      window = new BrowserWindow({
        width: 1280,
        height: 860,
        minWidth: 720,
        minHeight: 480,
        title: 'Parallax',
        show: false,
        webPreferences: {
          preload: path.join(__dirname, 'preload.cjs'),
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webviewTag: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          spellcheck: false,
          // Middle-click would open links in a new window, past the window-open handler.
          disableBlinkFeatures: 'Auxclick',
        },
      });
      window.once('ready-to-show', () => window?.show());
      window.on('closed', () => {
        window = null;
      });
      void window.loadURL(APP_URL);
    },
    (err: unknown) => {
      console.error('[parallax] could not start:', err);
      app.quit();
    },
  );

  app.on('window-all-closed', () => {
    context?.db.close();
    app.quit();
  });
}
