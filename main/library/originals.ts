// The original bytes of an imported file, kept as provenance. A small file's bytes go in its article row; a large
// file's go first, in parts of a few megabytes, each committed on its own, and are attached to the article by
// its one short insert, so no import holds the library's write lock for long (the app and the command line may
// be writing at the same time). Parts never attached (the import failed, or the process died) are removed.
import type { Db } from './open';

/** Originals up to this size are stored in the article row, in the article's own transaction. */
export const INLINE_ORIGINAL_BYTES = 4 * 1024 * 1024;
const PART_BYTES = 4 * 1024 * 1024;

/** Writes `bytes` as detached parts, one short transaction each; returns their ids, in order. */
export function storeOriginalParts(db: Db, bytes: Uint8Array): number[] {
  const insert = db.prepare('INSERT INTO original_parts (article_id, seq, bytes, added_at) VALUES (NULL, ?, ?, ?)');
  const ids: number[] = [];
  const stamp = new Date().toISOString();
  try {
    for (let seq = 0, at = 0; at < bytes.length; seq++, at += PART_BYTES) {
      const part = Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(PART_BYTES, bytes.length - at));
      ids.push(db.transaction(() => Number(insert.run(seq, part, stamp).lastInsertRowid)).immediate());
    }
    return ids;
  } catch (err) {
    dropOriginalParts(db, ids);
    throw err;
  }
}

/** Inside the article's insert: the parts become its original. */
export function attachOriginalParts(db: Db, ids: readonly number[], articleId: number): void {
  const attach = db.prepare('UPDATE original_parts SET article_id = ? WHERE id = ? AND article_id IS NULL');
  for (const id of ids) attach.run(articleId, id);
}

export function dropOriginalParts(db: Db, ids: readonly number[]): void {
  if (!ids.length) return;
  const drop = db.prepare('DELETE FROM original_parts WHERE id = ? AND article_id IS NULL');
  db.transaction(() => {
    for (const id of ids) drop.run(id);
  }).immediate();
}

/** Parts left detached for over an hour belong to an import that died; another importer may be mid-way. */
export function removeOrphanParts(db: Db): void {
  const hourAgo = new Date(Date.now() - 3600_000).toISOString();
  db.prepare('DELETE FROM original_parts WHERE article_id IS NULL AND added_at < ?').run(hourAgo);
}

/** An article's original file, or null when it was pasted. */
export function originalBytes(db: Db, articleId: number): Buffer | null {
  const inline = db.prepare('SELECT original_bytes FROM articles WHERE id = ?').pluck().get(articleId) as
    Buffer | null | undefined;
  if (inline) return inline;
  const parts = db
    .prepare('SELECT bytes FROM original_parts WHERE article_id = ? ORDER BY seq')
    .pluck()
    .all(articleId) as Buffer[];
  return parts.length ? Buffer.concat(parts) : null;
}
