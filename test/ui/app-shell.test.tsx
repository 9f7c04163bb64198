// The app frame in jsdom, talking to the real handlers over a real SQLite library (no fake back end).
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/App';
import { setApi } from '../../renderer/src/api/client';
import { ErrorBoundary } from '../../renderer/src/shell/ErrorBoundary';
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
    const library = screen.getByRole('navigation', { name: 'Library' });
    const items = await within(library).findAllByRole('button');
    expect(items).toHaveLength(5);
    await userEvent.click(within(library).getByRole('button', { name: /Cessez-le-feu russe/ }));
    const reader = await screen.findByRole('article');
    expect(reader).toHaveTextContent(/aurait proposé aux groupes armés/);
    expect(reader.getAttribute('lang')).toBe('fr');
  });

  it('labels a summary written for the sample library as such in the reader', async () => {
    render(<App />);
    const library = await screen.findByRole('navigation', { name: 'Library' });
    await userEvent.click(await within(library).findByRole('button', { name: /^CNN report/ }));
    expect(await screen.findByText(/These are not the outlet's own words/)).toBeTruthy();
  });

  it('re-sorts the library by title', async () => {
    render(<App />);
    const library = await screen.findByRole('navigation', { name: 'Library' });
    await within(library).findAllByRole('button');
    await userEvent.selectOptions(within(library).getByRole('combobox'), 'title');
    await vi.waitFor(() => {
      const titles = within(library)
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
