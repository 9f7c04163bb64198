// Stable GUIDs for a REFI-QDA export: name-based UUIDs (version 5, RFC 9562) in the library's own namespace, so
// the same article, selection or note has the same GUID in every export of the same library, and two libraries
// never share one. The codebook and variables are Parallax's own in every library (one namespace for all), so
// projects exported from two libraries merge into one codebook in a QDA tool.
import { createHash } from 'node:crypto';
import type { Db } from '../library/open';

/** Parallax's namespace for what every library shares (codes, variables, the user). */
const PARALLAX_NAMESPACE = '3f0e8c52-6a0b-4c55-9d1e-7a45c0b2e611';

export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The library's identifier, made by migration 4. */
export function libraryGuid(db: Db): string {
  const value = db.prepare(`SELECT value FROM meta WHERE key = 'library_guid'`).pluck().get() as string | undefined;
  if (!value) throw new Error('The library has no identifier (migration 4 did not run).');
  return value;
}

const SHARED = /^(code|variable|user):/;

/** The GUID of each key in this library's exports. */
export function guidsFor(db: Db): (key: string) => string {
  const namespace = libraryGuid(db);
  const memo = new Map<string, string>();
  return (key) => {
    let g = memo.get(key);
    if (!g) memo.set(key, (g = uuidV5(SHARED.test(key) ? PARALLAX_NAMESPACE : namespace, key)));
    return g;
  };
}
