// The app frame in jsdom, talking to the real handlers over a real SQLite library (no fake back end).
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { setApi } from '../../renderer/src/api/client';
import { ErrorBoundary } from '../../renderer/src/shell/ErrorBoundary';
import { getArticle, libraryFacets, listArticles } from '../../main/library/articles';
import { SAMPLE_STORY } from '../../main/library/sample-library';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { directApi, tempLibrary } from '../helpers/library';

let lib: ReturnType<typeof tempLibrary>;

beforeEach(() => {
  lib = tempLibrary();
  seedSampleLibraryOnce(lib.ctx.db);
  setApi(directApi(lib.ctx));
});

afterEach(() => {
  cleanup();
  setApi(null);
  lib.close();
});

describe('the app shell', () => {
  it('shows the library with the sample story and opens an article in the reader', async () => {
    render(<App />);
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    expect(await screen.findByText(/5 articles · browser mode/)).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Articles' });
    expect(within(list).getAllByRole('button')).toHaveLength(5);
    await userEvent.click(within(list).getByRole('button', { name: /Cessez-le-feu russe/ }));
    const reader = await screen.findByRole('article');
    expect(reader).toHaveTextContent(/aurait proposé aux groupes armés/);
    expect(reader.getAttribute('lang')).toBe('fr');
  });

  it('labels a summary written for the sample library as such in the reader', async () => {
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Articles' });
    await userEvent.click(within(list).getByRole('button', { name: /^CNN report/ }));
    expect(await screen.findByText(/These are not the outlet's own words/)).toBeTruthy();
  });

  it('re-sorts the library by title', async () => {
    render(<App />);
    await screen.findByRole('list', { name: 'Articles' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title');
    await vi.waitFor(() => {
      const titles = within(screen.getByRole('list', { name: 'Articles' }))
        .getAllByRole('button')
        .map((b) => b.querySelector('.article-title')?.textContent ?? '');
      expect(titles[0]).toMatch(/^Al-Masdar/);
    });
  });

  it('shows a readable error, with retry, when the back end fails', async () => {
    setApi({ ...directApi(lib.ctx), listArticles: () => Promise.reject(new Error('The library file is locked.')) });
    render(<App />);
    expect(await screen.findByText('The library file is locked.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});

describe('the library', () => {
  it('searches with highlighted snippets, filters by language, edits details and undoes a delete', async () => {
    render(<App />);
    await screen.findByRole('list', { name: 'Articles' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search the library' }), 'cessez le feu');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getAllByRole('button')).toHaveLength(1);
    expect([...results.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase())).toContain('cessez');
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search the library' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Filter by language' }), 'fr');
    await vi.waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('button')).toHaveLength(1),
    );
    await userEvent.click(within(screen.getByRole('list', { name: 'Articles' })).getByRole('button'));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit details' }));
    const form = screen.getByRole('form', { name: 'Edit article details' });
    await userEvent.type(within(form).getByLabelText('Outlet'), 'Relais francophone');
    await userEvent.type(within(form).getByLabelText('Tags'), 'truce{Enter}Deraa');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(screen.getByRole('article')).findByText(/Relais francophone · 2018-06-29/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move to trash' }));
    expect(await screen.findByText(/moved to the trash/)).toBeTruthy();
    expect(await screen.findByText(/4 articles/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/5 articles/)).toBeTruthy();
    expect(await screen.findByRole('article')).toHaveTextContent(/Relais francophone/);
  });
});

describe("editing an article's details", () => {
  it('keeps a story whose name has a comma, and changes only the fields the researcher touched', async () => {
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Articles' });
    await userEvent.click(within(list).getByRole('button', { name: /Cessez-le-feu russe/ }));
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
