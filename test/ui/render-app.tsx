// Rendering the whole app in jsdom over the real handlers and a real SQLite library: a fresh query cache without
// retries, the start route, English, and the first-run guide already seen unless a test wants it.
import { render } from '@testing-library/react';
import { App } from '../../renderer/src/App';
import { setApi } from '../../renderer/src/api/client';
import { makeQueryClient } from '../../renderer/src/api/queries';
import { i18n } from '../../renderer/src/i18n';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { updateSettings } from '../../main/library/settings';
import type { ParallaxApi } from '../../shared/api';
import { directApi, tempLibrary } from '../helpers/library';

export type Library = ReturnType<typeof tempLibrary>;

export function sampleLibrary({ guideSeen = true } = {}): Library {
  const lib = tempLibrary();
  seedSampleLibraryOnce(lib.ctx.db);
  if (guideSeen) updateSettings(lib.ctx.db, { guideSeen: true });
  setApi(directApi(lib.ctx));
  return lib;
}

export function renderApp(api?: ParallaxApi) {
  if (api) setApi(api);
  window.history.replaceState(null, '', '#/');
  void i18n.changeLanguage('en');
  const client = makeQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retry: false } });
  return render(<App queryClient={client} />);
}

/** Goes to a route as a bookmark or a typed address would. */
export function go(hash: string): void {
  window.location.hash = hash;
}
