// A bounded memo for pure functions of a string on hot paths (folding, stems, concept keys): news vocabulary
// repeats a lot.

export function memoize<T>(fn: (key: string) => T, max = 200_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}
