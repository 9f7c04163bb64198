// The app frame in jsdom, talking to the real handlers over a real SQLite library (no fake back end).
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient, setApi } from '../../renderer/src/api/client';
import { ErrorBoundary } from '../../renderer/src/shell/ErrorBoundary';
import { getArticle, libraryFacets, listArticles } from '../../main/library/articles';
import { SAMPLE_STORY } from '../../main/library/sample-library';
import { directApi } from '../helpers/library';
import { go, renderApp, sampleLibrary, type Library } from './render-app';

let lib: Library;

beforeEach(() => {
  lib = sampleLibrary();
});

afterEach(() => {
  cleanup();
  setApi(null);
  lib.close();
});

describe('the app shell', () => {
  it('shows the library with the sample story and opens an article in the reader', async () => {
    renderApp();
    expect(await screen.findByText(/5 articles · browser mode/)).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Articles' });
    expect(within(list).getAllByRole('link')).toHaveLength(5);
    await userEvent.click(within(list).getByRole('link', { name: /Cessez-le-feu russe/ }));
    const reader = await screen.findByRole('article');
    expect(reader).toHaveTextContent(/aurait proposé aux groupes armés/);
    expect(reader.getAttribute('lang')).toBe('fr');
    expect(window.location.hash).toMatch(/^#\/article\/\d+$/);
  });

  it('labels a summary written for the sample library as such in the reader', async () => {
    renderApp();
    const list = await screen.findByRole('list', { name: 'Articles' });
    await userEvent.click(within(list).getByRole('link', { name: /^CNN report/ }));
    expect(await screen.findByText(/These are not the outlet's own words/)).toBeTruthy();
  });

  it('re-sorts the library by title', async () => {
    renderApp();
    await screen.findByRole('list', { name: 'Articles' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title');
    await vi.waitFor(() => {
      const titles = within(screen.getByRole('list', { name: 'Articles' }))
        .getAllByRole('link')
        .map((b) => b.textContent ?? '');
      expect(titles[0]).toMatch(/^Al-Masdar/);
    });
  });

  it('shows a readable error, with retry, when the back end fails', async () => {
    renderApp({ ...directApi(lib.ctx), listArticles: () => Promise.reject(new Error('The library file is locked.')) });
    expect(await screen.findByText('The library file is locked.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('says what to do without an access token, and stays on screen (no blank page, no refetch loop)', async () => {
    renderApp(createHttpClient('http://127.0.0.1:1', null));
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText(/no access token/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 300));
    expect(within(screen.getByRole('banner')).getByText(/no access token/)).toBeTruthy();
  });

  it('says clearly when a route names an article that is gone, with a way back', async () => {
    renderApp();
    await screen.findByRole('list', { name: 'Articles' });
    go('#/article/999');
    expect(await screen.findByRole('heading', { name: 'This article is not in the library' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the library' }));
    expect(await screen.findByRole('heading', { name: /Choose an article/ })).toBeTruthy();
    expect(window.location.hash).toBe('#/');
    go('#/compare/4/999');
    expect(await screen.findByRole('heading', { name: 'This comparison cannot be opened' })).toBeTruthy();
  });

  it('ignores a malformed address and shows the start screen', async () => {
    window.history.replaceState(null, '', '#/compare/abc/%%');
    renderApp();
    go('#/compare/abc/%%');
    expect(await screen.findByRole('heading', { name: /Choose an article/ })).toBeTruthy();
  });
});

describe('the library', () => {
  it('searches within the active filters with a count, edits details and undoes a delete', async () => {
    renderApp();
    await screen.findByRole('list', { name: 'Articles' });
    const search = screen.getByRole('searchbox', { name: 'Search the library' });
    await userEvent.type(search, 'cessez le feu');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getAllByRole('link')).toHaveLength(1);
    expect([...results.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())).toContain('cessez');
    expect(screen.getByText('1 article matches “cessez le feu”.')).toBeTruthy();
    // The filters stay in force while a query is typed.
    await userEvent.clear(search);
    await userEvent.type(search, 'Deraa');
    await screen.findByText(/articles match “Deraa”\./);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter by language' }), 'fr');
    expect(await screen.findByText('1 article matches “Deraa” with these filters.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Filter by outlet' }), 'CNN');
    expect(await screen.findByText('No article matches “Deraa” with these filters.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    await screen.findByText(/articles match “Deraa”\./);

    await userEvent.clear(search);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Filter by language' }), 'fr');
    await vi.waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('link')).toHaveLength(1),
    );
    await userEvent.click(within(screen.getByRole('list', { name: 'Articles' })).getByRole('link'));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Edit article details' });
    await userEvent.type(within(form).getByLabelText('Outlet'), 'Relais francophone');
    await userEvent.type(within(form).getByLabelText('Tags'), 'truce{Enter}Deraa');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(screen.getByRole('article')).findByText(/Relais francophone · Jun 29, 2018/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move to trash' }));
    expect(await screen.findByText(/moved to the trash/)).toBeTruthy();
    expect(await screen.findByText(/4 articles/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/5 articles/)).toBeTruthy();
    expect(await screen.findByRole('article')).toHaveTextContent(/Relais francophone/);
  });

  it('reaches Import files and Import a folder as real buttons', async () => {
    renderApp();
    const files = await screen.findByRole('button', { name: 'Import files…' });
    const folder = screen.getByRole('button', { name: 'Import a folder…' });
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')];
    const clicked: string[] = [];
    inputs.forEach((i) =>
      i.addEventListener('click', (e) => (e.preventDefault(), clicked.push(i.multiple ? 'files' : 'folder'))),
    );
    files.focus();
    await userEvent.keyboard('{Enter}');
    folder.focus();
    await userEvent.keyboard(' ');
    expect(clicked).toEqual(['files', 'folder']);
  });
});

describe("editing an article's details", () => {
  it('keeps a story whose name has a comma, and changes only the fields the researcher touched', async () => {
    renderApp();
    const list = await screen.findByRole('list', { name: 'Articles' });
    await userEvent.click(within(list).getByRole('link', { name: /Cessez-le-feu russe/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Edit article details' });
    expect(within(form).getByLabelText('Stories')).toHaveValue(SAMPLE_STORY);
    await userEvent.type(within(form).getByLabelText('Tags'), 'ceasefire, Deraa{Enter}second tag');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await within(screen.getByRole('article')).findByText(/ceasefire, Deraa/);
    const id = listArticles(lib.ctx.db).find((a) => a.title.startsWith('Cessez-le-feu russe'))!.id;
    const saved = getArticle(lib.ctx.db, id);
    expect(saved.stories).toEqual([SAMPLE_STORY]);
    expect(saved.tags).toEqual(['ceasefire, Deraa', 'second tag']);
    expect(libraryFacets(lib.ctx.db).stories).toEqual([SAMPLE_STORY]);
  });
});

describe('the error boundary', () => {
  it('turns a rendering failure into a message and a way to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('Claim offsets out of range');
      return <p>Recovered</p>;
    }
    render(
      <ErrorBoundary area="workspace">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong in the workspace');
    expect(screen.getByRole('alert')).toHaveTextContent('Claim offsets out of range');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered')).toBeTruthy();
  });
});
