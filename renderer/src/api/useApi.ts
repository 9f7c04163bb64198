// Loads data from the API with explicit loading and error states, and a way to reload.
import { useEffect, useState } from 'react';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly value: T };

const LOADING = { state: 'loading' } as const;

/**
 * Calls `load` whenever `deps` (plain values: ids, sort keys) change. A result is shown only for the deps it
 * was loaded for, so a slow earlier answer never replaces a newer one.
 */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loadable<T>, () => void] {
  const [generation, setGeneration] = useState(0);
  const [result, setResult] = useState<{ readonly key: string; readonly value: Loadable<T> } | null>(null);
  const key = JSON.stringify([deps, generation]);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setResult({ key, value: { state: 'ready', value } }),
      (err: unknown) =>
        live &&
        setResult({ key, value: { state: 'error', message: err instanceof Error ? err.message : String(err) } }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `key` says when its meaning changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return [result?.key === key ? result.value : LOADING, () => setGeneration((g) => g + 1)];
}
