// A bounded memo for pure string functions on hot paths (folding, concepts): news vocabulary repeats a lot.

export function memoize(fn: (key: string) => string, max = 200_000): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
