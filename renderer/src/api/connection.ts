// Whether the back end answers. The HTTP client reports a request that never reached it (the `parallax serve`
// process stopped, the machine slept) and every answer after; the app shows a banner with Retry while it is down.
import { useSyncExternalStore } from 'react';

export type Connection = 'up' | 'down';

let state: Connection = 'up';
const listeners = new Set<() => void>();

function set(next: Connection): void {
  if (state === next) return;
  state = next;
  listeners.forEach((l) => l());
}

export const reportUnreachable = (): void => set('down');
export const reportReachable = (): void => set('up');
export const connectionState = (): Connection => state;

export function useConnection(): Connection {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    connectionState,
    connectionState,
  );
}
