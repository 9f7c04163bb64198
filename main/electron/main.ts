// The Electron entry point: one instance, one hardened window, the app:// renderer and the IPC contract.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { AppContext } from '../context';
import { openLibrary } from '../library/open';
import { setNativeBindingPath } from '../library/native';
import { seedSampleLibraryOnce } from '../library/seed';
import { readSettings } from '../library/settings';
import { resolveLocale } from '../../shared/presentation/locale';
import type { Settings } from '../../shared/domain';
import { rendererDir } from '../paths';
import { warmUpEngine } from '../warm-up';
import { APP_VERSION } from '../version';
import { bindIpc } from './ipc';
import { makePdfPrinter } from './pdf';
import { menuTemplate } from './menu';
import { APP_SCHEME_PRIVILEGES, APP_URL, registerAppProtocol } from './protocol';
import { hardenSession, hardenWebContents } from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

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
    () => {
      // Unpackaged, better-sqlite3 is loaded from the Electron build made by `npm start` (see main/tools/start.mjs).
      if (!app.isPackaged && process.env.PARALLAX_NATIVE_BINDING)
        setNativeBindingPath(process.env.PARALLAX_NATIVE_BINDING);
      const dbArg = process.argv.find((a) => a.startsWith('--db='));
      const libraryPath = dbArg
        ? path.resolve(dbArg.slice('--db='.length))
        : path.join(app.getPath('userData'), 'library.sqlite');
      try {
        const db = openLibrary(libraryPath);
        seedSampleLibraryOnce(db);
        context = {
          db,
          libraryPath,
          version: APP_VERSION,
          transport: 'electron',
          printToPdf: makePdfPrinter(BrowserWindow),
          systemLocale: app.getLocale(),
          onSettingsChanged: (settings) => setMenu(settings),
        };
      } catch (err) {
        dialog.showErrorBox('Parallax cannot open its library', err instanceof Error ? err.message : String(err));
        app.quit();
        return;
      }
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
      warmUpEngine();
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
