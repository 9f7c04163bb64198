// The thin Electron adapters, with the `electron` module replaced by a test double here and only here
// (Electron's binary cannot run on this machine or in CI).
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, ipcChannel, SHELL_COMMANDS } from '../../shared/api-methods';
import type { AppContext } from '../../main/context';
import { bindIpc, isTrustedSender } from '../../main/electron/ipc';
import { menuTemplate } from '../../main/electron/menu';
import { appProtocolResponse, APP_URL } from '../../main/electron/protocol';
import { hardenWebContents, isSafeExternalUrl } from '../../main/electron/security';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { tempDir, tempLibrary } from '../helpers/library';
import fs from 'node:fs';
import path from 'node:path';

const exposed = vi.hoisted(() => ({ worlds: {} as Record<string, Record<string, (input?: unknown) => unknown>> }));
const listeners = vi.hoisted(() => new Map<string, ((event: unknown, command: unknown) => void)[]>());
const invoked = vi.hoisted(() => [] as { channel: string; input: unknown }[]);

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (input?: unknown) => unknown>) => {
      exposed.worlds[key] = api;
    },
  },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invoked.push({ channel, input });
      return { ok: true, value: `answer from ${channel}` };
    },
    on: (channel: string, listener: (event: unknown, command: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (event: unknown, command: unknown) => void) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    },
  },
}));

describe('preload', () => {
  beforeEach(() => {
    invoked.length = 0;
  });

  it('exposes exactly the contract methods on window.parallax, each one invoke on its channel', async () => {
    await import('../../main/electron/preload');
    expect(Object.keys(exposed.worlds).sort()).toEqual(['parallax', 'parallaxShell']);
    const api = exposed.worlds.parallax!;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(await api.getArticle!({ id: 3 })).toBe('answer from parallax:getArticle');
    expect(invoked).toEqual([{ channel: 'parallax:getArticle', input: { id: 3 } }]);
  });

  it('passes only the known menu commands to the page, and lets it unsubscribe', async () => {
    await import('../../main/electron/preload');
    const shell = exposed.worlds.parallaxShell!;
    expect(Object.keys(shell)).toEqual(['onCommand']);
    const got: unknown[] = [];
    const off = shell.onCommand!((cmd: unknown) => got.push(cmd)) as () => void;
    const emit = (cmd: unknown) => (listeners.get('parallax:command') ?? []).forEach((l) => l({}, cmd));
    emit('next-conflict');
    emit('rm -rf /');
    emit('previous-conflict');
    emit('back');
    off();
    emit('next-conflict');
    expect(got).toEqual(['next-conflict', 'previous-conflict', 'back']);
  });
});

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

function fakeIpc(ctx: AppContext): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  bindIpc({ handle: (channel: string, h: Handler) => void handlers.set(channel, h) } as never, () => ctx);
  return handlers;
}

const mainFrame = { senderFrame: { url: APP_URL, parent: null } };

describe('IPC binding', () => {
  it('binds one channel per contract method, answers the app main frame with real data', async () => {
    const lib = tempLibrary();
    try {
      seedSampleLibraryOnce(lib.ctx.db);
      const handlers = fakeIpc(lib.ctx);
      expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(ipcChannel).sort());
      const reply = await handlers.get('parallax:appInfo')!(mainFrame, {});
      expect(reply).toMatchObject({ ok: true, value: { articleCount: 5, libraryPath: lib.file } });
    } finally {
      lib.close();
    }
  });

  it('rejects invalid input with the validation message, and never calls the handler', async () => {
    const lib = tempLibrary();
    try {
      const handlers = fakeIpc(lib.ctx);
      const reply = await handlers.get('parallax:getArticle')!(mainFrame, { id: 'DROP TABLE articles' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect((reply as { error: { message: string } }).error.message).toMatch(/Invalid input for getArticle: id:/);
    } finally {
      lib.close();
    }
  });

  it('refuses senders that are not the app main frame', async () => {
    const lib = tempLibrary();
    try {
      const handlers = fakeIpc(lib.ctx);
      for (const event of [
        { senderFrame: { url: 'https://evil.example/', parent: null } },
        { senderFrame: { url: APP_URL, parent: {} } },
        { senderFrame: null },
        { senderFrame: { url: 'file:///etc/passwd', parent: null } },
      ]) {
        expect(isTrustedSender(event as never)).toBe(false);
        expect(await handlers.get('parallax:appInfo')!(event, {})).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        });
      }
    } finally {
      lib.close();
    }
  });
});

describe('window security', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    });
    const opened: string[] = [];
    hardenWebContents(contents as never, { openExternal: async (url: string) => void opened.push(url) });
    const navigate = (event: string, url: string) => {
      let prevented = false;
      emitter.emit(event, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { navigate, open: (url: string) => openHandler!({ url }), opened };
  }

  it('denies navigation and redirects away from the app, and webview attachment', () => {
    const c = fakeContents();
    expect(c.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(c.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.navigate('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(c.navigate('will-navigate', APP_URL)).toBe(false);
    expect(c.navigate('will-attach-webview', 'app://parallax/x')).toBe(true);
  });

  it('never opens a window; sends only http(s) links to the system browser', () => {
    const c = fakeContents();
    expect(c.open('https://www.voanews.com/')).toEqual({ action: 'deny' });
    expect(c.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(c.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(c.opened).toEqual(['https://www.voanews.com/']);
    expect(isSafeExternalUrl('https://user:pw@example.com/')).toBe(false);
  });

  it('serves app:// from the renderer folder only, with the CSP', async () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'index.html'), '<title>x</title>');
      const ok = await appProtocolResponse(dir, APP_URL);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect((await appProtocolResponse(dir, 'app://parallax/..%2f..%2fetc%2fpasswd')).status).toBe(404);
      expect((await appProtocolResponse(dir, 'app://elsewhere/index.html')).status).toBe(404);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('application menu', () => {
  type Item = { role?: string; label?: string; accelerator?: string; click?: () => void };
  const build = (locale: 'en' | 'fr', isMac = false) => {
    const about: string[] = [];
    const commands: string[] = [];
    const menu = menuTemplate({
      isMac,
      appName: 'Parallax',
      locale,
      onAbout: (detail) => about.push(detail('/lib.sqlite')),
      onCommand: (c) => commands.push(c),
    });
    const sub = (label: string) => (menu.find((m) => m.label === label)?.submenu ?? []) as Item[];
    return { menu, sub, about, commands };
  };

  it('has Edit with copy and paste, View with zoom, Go with history and differences, and Help', () => {
    const { sub, about, commands } = build('en');
    expect(sub('Edit').map((i) => i.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll']));
    expect(sub('View').map((i) => i.role)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    sub('Help')
      .find((i) => i.label === 'About Parallax')
      ?.click?.();
    expect(about).toEqual([expect.stringContaining('Library: /lib.sqlite')]);
    const go = sub('Go').filter((i) => i.label);
    expect(go.map((i) => [i.label, i.accelerator])).toEqual([
      ['Back', 'Alt+Left'],
      ['Forward', 'Alt+Right'],
      ['Next Difference', 'Alt+Down'],
      ['Previous Difference', 'Alt+Up'],
      ['Next Conflict', 'F8'],
      ['Previous Conflict', 'Shift+F8'],
    ]);
    go.forEach((i) => i.click?.());
    sub('Help').forEach((i) => i.label !== 'About Parallax' && i.click?.());
    expect(commands).toEqual([
      'back',
      'forward',
      'next-difference',
      'previous-difference',
      'next-conflict',
      'previous-conflict',
      'show-guide',
      'show-shortcuts',
    ]);
    // Every command the menu sends is one the preload lets through to the page.
    expect(SHELL_COMMANDS).toEqual(expect.arrayContaining(commands));
  });

  it('uses the usual Back and Forward keys on macOS', () => {
    const go = build('en', true).sub('Go');
    expect(go.slice(0, 2).map((i) => i.accelerator)).toEqual(['Cmd+[', 'Cmd+]']);
  });

  it('speaks French, every item labelled, when the interface is French', () => {
    const { menu, sub } = build('fr');
    expect(menu.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aller', 'Aide']);
    expect(sub('Aller')[0]).toMatchObject({ label: 'Précédent', accelerator: 'Alt+Left' });
    const unlabelled = menu.flatMap((m) =>
      (m.submenu as Item[]).filter((i) => !i.label && (i as { type?: string }).type !== 'separator'),
    );
    expect(unlabelled).toEqual([]);
  });
});
