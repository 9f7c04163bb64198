// The current route, read from the address and kept in step with it: navigate() adds a history entry (so Back
// returns), replace() rewrites the current one (a selection inside a view). hashchange covers Back, Forward,
// reload and links typed or bookmarked.
import { useSyncExternalStore } from 'react';
import { formatRoute, HOME, parseRoute, type Route } from './routes';

const REPLACED = 'parallax:route-replaced';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

const hash = () => window.location.hash;

export function navigate(route: Route): void {
  const next = formatRoute(route);
  if (window.location.hash !== next) window.location.hash = next;
}

export function replaceRoute(route: Route): void {
  const next = formatRoute(route);
  if (window.location.hash === next) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new Event(REPLACED));
}

/** The route in the address; a malformed or unknown fragment is ignored and reads as the start screen. */
export function useRoute(): Route {
  const current = useSyncExternalStore(subscribe, hash, () => '');
  return parseRoute(current) ?? HOME;
}
