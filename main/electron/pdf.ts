// PDF export in the desktop app: the HTML report printed by Chromium in a hidden window that runs no script.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

type WindowFactory = new (options: BrowserWindowConstructorOptions) => BrowserWindowType;

export function makePdfPrinter(BrowserWindow: WindowFactory): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-pdf-'));
    const file = path.join(dir, 'report.html');
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
    try {
      await fs.writeFile(file, html, 'utf8');
      await win.loadFile(file);
      return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    } finally {
      win.destroy();
      await fs.rm(dir, { recursive: true, force: true });
    }
  };
}
