// The interface language (switched in Settings, kept in the library, English for a language Parallax does not
// speak), the first-run guide, the shortcuts overlay, every screen without a missing translation in either
// language, and the banner when the back end stops answering.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, setApi } from '../../renderer/src/api/client';
import { reportReachable } from '../../renderer/src/api/connection';
import { i18n } from '../../renderer/src/i18n';
import { readSettings } from '../../main/library/settings';
import { dispatch } from '../../main/dispatch';
import { directApi } from '../helpers/library';
import { go, renderApp, sampleLibrary, type Library } from './render-app';

let lib: Library | null = null;

afterEach(() => {
  cleanup();
  setApi(null);
  lib?.close();
  lib = null;
  reportReachable();
  vi.unstubAllGlobals();
});

describe('the interface language', () => {
  it('switches to French in Settings, for the whole window, and keeps the choice in the library', async () => {
    lib = sampleLibrary();
    renderApp();
    await screen.findByText(/5 articles/);
    await userEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'fr');
    expect(await screen.findByRole('link', { name: 'Comparer des textes' })).toBeTruthy();
    expect(screen.getByText(/5 articles · mode navigateur/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(readSettings(lib.ctx.db).locale).toBe('fr');
    // Dates and counts follow the language.
    const list = screen.getByRole('list', { name: 'Articles' });
    expect(within(list).getAllByText(/29 juin 2018/).length).toBeGreaterThan(0);
    // A new start (a new page on the same library) comes back in French.
    cleanup();
    renderApp();
    expect(await screen.findByText(/mode navigateur/)).toBeTruthy();
  });

  it('follows the system language, and falls back to English for one Parallax does not speak', async () => {
    lib = sampleLibrary();
    vi.stubGlobal('navigator', { ...navigator, languages: ['de-DE', 'fr-FR'], language: 'de-DE' });
    renderApp();
    expect(await screen.findByText(/mode navigateur/)).toBeTruthy();
    cleanup();
    vi.stubGlobal('navigator', { ...navigator, languages: ['de-DE', 'ja'], language: 'de-DE' });
    renderApp();
    expect(await screen.findByText(/browser mode/)).toBeTruthy();
  });
});

describe('help', () => {
  it('shows the guide on first run, saying verdicts are suggestions to check, once; Help brings it back', async () => {
    lib = sampleLibrary({ guideSeen: false });
    renderApp();
    const guide = await screen.findByRole('dialog', { name: 'Welcome to Parallax' });
    expect(guide).toHaveTextContent('The verdicts are computed suggestions.');
    expect(guide).toHaveTextContent(/correct it/);
    for (const name of ['Agree', 'Conflict', 'Framing', 'Only in this report']) {
      expect(within(guide).getByText(name)).toBeTruthy();
    }
    await userEvent.click(within(guide).getByRole('button', { name: 'Start' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(readSettings(lib!.ctx.db).guideSeen).toBe(true));
    const header = screen.getByRole('banner');
    await userEvent.click(within(header).getByRole('button', { name: 'Help' }));
    await userEvent.click(within(header).getByRole('button', { name: 'Guide: what the marks mean' }));
    expect(await screen.findByRole('dialog', { name: 'Welcome to Parallax' })).toBeTruthy();
  });

  it('opens the shortcuts with ?, and not while typing', async () => {
    lib = sampleLibrary();
    renderApp();
    const search = await screen.findByRole('searchbox', { name: 'Search the library' });
    await userEvent.type(search, '?');
    expect(screen.queryByRole('dialog')).toBeNull();
    search.blur();
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Next difference of any kind');
    await userEvent.click(within(dialog).getAllByRole('button', { name: 'Close' })[0]!);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('every screen is translated', () => {
  it.each(['en', 'fr'] as const)('in %s, with no missing message', async (language) => {
    lib = sampleLibrary({ guideSeen: false });
    const missing: string[] = [];
    const onMissing = (lngs: readonly string[], _ns: string, key: string) => missing.push(`${lngs.join()}:${key}`);
    // No falling back to English here: a message French lacks must show as missing.
    const fallback = i18n.options.fallbackLng;
    i18n.options.fallbackLng = false;
    i18n.options.saveMissing = true;
    i18n.on('missingKey', onMissing);
    try {
      await directApi(lib.ctx).updateSettings({ locale: language });
      const [left, right] = (await directApi(lib.ctx).listArticles({ sort: 'title' })).map((a) => a.id);
      renderApp();
      await screen.findByRole('dialog');
      const screens = [
        '#/',
        `#/article/${left}`,
        '#/compare',
        `#/compare/${left}/${right}`,
        `#/compare/${left}/${right}?claim=L1`,
        '#/check?claim=Russia%20offered%20a%20ceasefire',
        '#/story/Deraa%2C%20June%202018',
        '#/article/999',
      ];
      for (const hash of screens) {
        await act(async () => go(hash));
        await act(() => new Promise((r) => setTimeout(r, 150)));
      }
      await userEvent.keyboard('?');
      expect(missing).toEqual([]);
      expect(document.documentElement.lang).toBe(language);
    } finally {
      i18n.off('missingKey', onMissing);
      i18n.options.saveMissing = false;
      i18n.options.fallbackLng = fallback;
    }
  });
});

describe('when the back end stops answering', () => {
  it('shows a banner with Retry, and everything reloads once it answers again', async () => {
    lib = sampleLibrary();
    let down = false;
    const fetchImpl = (async (url: string, init: RequestInit) => {
      if (down) throw new TypeError('Failed to fetch');
      const method = url.slice(url.indexOf('/api/') + 5);
      return new Response(JSON.stringify(await dispatch(lib!.ctx, method as never, JSON.parse(String(init.body)))));
    }) as typeof fetch;
    renderApp(createHttpClient('http://127.0.0.1:1', 'token', fetchImpl));
    await screen.findByRole('list', { name: 'Articles' });
    expect(screen.queryByText('Parallax is not answering.')).toBeNull();
    down = true;
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'Deraa');
    const banner = await screen.findByText('Parallax is not answering.', { selector: 'strong' });
    expect(banner.closest('[role=alert]')).toHaveTextContent(/start it again/);
    // Search does not fail in silence either.
    expect(screen.getAllByText('Parallax is not answering.').length).toBeGreaterThan(1);
    await userEvent.click(within(banner.closest('[role=alert]') as HTMLElement).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Parallax is not answering.', { selector: 'strong' })).toBeTruthy();
    down = false;
    await userEvent.click(
      within(
        screen.getByText('Parallax is not answering.', { selector: 'strong' }).closest('[role=alert]') as HTMLElement,
      ).getByRole('button', {
        name: 'Retry',
      }),
    );
    await vi.waitFor(() => expect(screen.queryByText('Parallax is not answering.', { selector: 'strong' })).toBeNull());
    expect(await screen.findByText(/articles match “Deraa”/)).toBeTruthy();
  });
});
