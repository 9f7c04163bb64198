// Outlet notes, and PDF export: refused in browser mode with what to do instead, printed by the desktop
// app's printer (a test double of Electron's window here, as Electron cannot run on this machine).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../main/library/articles';
import { makePdfPrinter } from '../../main/electron/pdf';
import { directApi, tempLibrary } from '../helpers/library';

describe('outlet notes', () => {
  it('are kept per outlet and shown with each of its articles', async () => {
    const lib = tempLibrary();
    try {
      const api = directApi(lib.ctx);
      const a = insertArticle(lib.ctx.db, { title: 'A', text: 'The truce began in Daraa.', outlet: 'Al-Masdar News' });
      expect((await api.getArticle({ id: a.id })).outletNotes).toBe('');
      await api.setOutletNotes({ outlet: 'al-masdar news', notes: '  pro-government Syrian site ' });
      expect((await api.getArticle({ id: a.id })).outletNotes).toBe('pro-government Syrian site');
    } finally {
      lib.close();
    }
  });
});

describe('PDF export', () => {
  async function comparisonIn(lib: ReturnType<typeof tempLibrary>) {
    const a = insertArticle(lib.ctx.db, { title: 'A', text: 'The truce lasts 12 hours in Daraa.' });
    const b = insertArticle(lib.ctx.db, { title: 'B', text: 'The truce lasts 24 hours in Daraa.' });
    return (await directApi(lib.ctx).openComparison({ leftId: a.id, rightId: b.id })).comparisonId;
  }

  it('is refused in browser mode with what to do instead', async () => {
    const lib = tempLibrary();
    try {
      const id = await comparisonIn(lib);
      await expect(directApi(lib.ctx).exportComparison({ comparisonId: id, format: 'pdf' })).rejects.toMatchObject({
        code: 'unsupported',
        message: expect.stringMatching(/export HTML and print it/),
      });
    } finally {
      lib.close();
    }
  });

  it('prints the HTML report in a hidden window that runs no script, and returns it as base64', async () => {
    const made: { options: unknown; loaded: string; html: string; destroyed: boolean }[] = [];
    class FakeWindow {
      record = { options: undefined as unknown, loaded: '', html: '', destroyed: false };
      constructor(options: unknown) {
        this.record.options = options;
        made.push(this.record);
      }
      async loadFile(file: string) {
        this.record.loaded = file;
        this.record.html = fs.readFileSync(file, 'utf8');
      }
      webContents = { printToPDF: async () => Buffer.from('%PDF-1.7 fake') };
      destroy() {
        this.record.destroyed = true;
      }
    }
    const lib = tempLibrary();
    try {
      const id = await comparisonIn(lib);
      const ctx = { ...lib.ctx, printToPdf: makePdfPrinter(FakeWindow as never) };
      const file = await directApi(ctx).exportComparison({ comparisonId: id, format: 'pdf' });
      expect(file).toMatchObject({
        mediaType: 'application/pdf',
        encoding: 'base64',
        filename: expect.stringMatching(/\.pdf$/),
      });
      expect(Buffer.from(file.content, 'base64').toString()).toBe('%PDF-1.7 fake');
      expect(made[0]!.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
      expect(made[0]!.html).toContain('<mark class="v-conflict"');
      expect(made[0]!.destroyed).toBe(true);
      expect(fs.existsSync(made[0]!.loaded)).toBe(false); // the temporary file is gone
    } finally {
      lib.close();
    }
  });
});
