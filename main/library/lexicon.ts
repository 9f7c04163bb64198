// The library's own lexicon: names or words the researcher treats as the same, label pairs that frame one referent,
// and extra hedges. Stored in SQLite, applied to every comparison and claim check, exported and imported as JSON.
import { z } from 'zod';
import { lexiconVersion, type UserLexicon, type UserLexiconEntry } from '../../shared/compare/language/user-lexicon';
import type { LexiconEntry, LexiconFile } from '../../shared/domain';
import { lexiconEntrySchema } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import type { Db } from './open';

interface Row {
  id: number;
  kind: LexiconEntry['kind'];
  terms: string;
  created_at: string;
}

/** The file's entries are checked with the API's own schema: one rule in one place. */
export const lexiconFileSchema = z
  .object({
    format: z.literal('parallax-lexicon'),
    version: z.literal(1),
    entries: z.array(lexiconEntrySchema).max(10_000),
  })
  .strict();

export function listLexicon(db: Db): LexiconEntry[] {
  const rows = db.prepare('SELECT id, kind, terms, created_at FROM lexicon_entries ORDER BY id').all() as Row[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, terms: JSON.parse(r.terms) as string[], createdAt: r.created_at }));
}

/**
 * The lexicon the engine applies, with its version for cache keys. Read on every use (a few rows): the command line
 * may change it while the app runs.
 */
export function userLexicon(db: Db): { lexicon: UserLexicon; version: string } {
  const lexicon: UserLexicon = {
    entries: listLexicon(db).map((e) => ({ kind: e.kind, terms: e.terms }) as UserLexiconEntry),
  };
  return { lexicon, version: lexiconVersion(lexicon) };
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  const norm = (t: readonly string[]) => t.map((x) => x.toLowerCase()).join('\u0000');
  return norm(a) === norm(b);
}

export function addLexiconEntry(db: Db, entry: z.infer<typeof lexiconEntrySchema>): LexiconEntry[] {
  if (listLexicon(db).some((e) => e.kind === entry.kind && sameTerms(e.terms, entry.terms))) {
    throw new ApiError('conflict', 'This entry is already in the lexicon.');
  }
  db.prepare('INSERT INTO lexicon_entries (kind, terms, created_at) VALUES (?, ?, ?)').run(
    entry.kind,
    JSON.stringify(entry.terms),
    new Date().toISOString(),
  );
  return listLexicon(db);
}

export function updateLexiconEntry(db: Db, id: number, entry: z.infer<typeof lexiconEntrySchema>): LexiconEntry[] {
  const info = db
    .prepare('UPDATE lexicon_entries SET kind = ?, terms = ? WHERE id = ?')
    .run(entry.kind, JSON.stringify(entry.terms), id);
  if (info.changes === 0) throw new ApiError('not_found', `There is no lexicon entry ${id}; reload the list.`);
  return listLexicon(db);
}

export function removeLexiconEntry(db: Db, id: number): LexiconEntry[] {
  const info = db.prepare('DELETE FROM lexicon_entries WHERE id = ?').run(id);
  if (info.changes === 0) throw new ApiError('not_found', `There is no lexicon entry ${id}; reload the list.`);
  return listLexicon(db);
}

export function exportLexicon(db: Db): LexiconFile {
  return {
    format: 'parallax-lexicon',
    version: 1,
    entries: listLexicon(db).map(({ kind, terms }) => ({ kind, terms })),
  };
}

/**
 * Adds the entries of an exported lexicon that the library does not have yet, all or nothing. A file that is not
 * a Parallax lexicon is refused with what is wrong in it.
 */
export function importLexicon(db: Db, json: string): { added: number; skipped: number; entries: LexiconEntry[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new ApiError('invalid_input', 'This file is not JSON. Choose a lexicon exported from Parallax (.json).');
  }
  const parsed = lexiconFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ApiError(
      'invalid_input',
      `This is not a Parallax lexicon file (${issue.path.join('.') || 'file'}: ${issue.message}). Export one from the Lexicon panel and import that.`,
    );
  }
  const existing = listLexicon(db);
  let added = 0;
  let skipped = 0;
  const insert = db.prepare('INSERT INTO lexicon_entries (kind, terms, created_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    const now = new Date().toISOString();
    for (const e of parsed.data.entries) {
      if (existing.some((x) => x.kind === e.kind && sameTerms(x.terms, e.terms))) {
        skipped++;
        continue;
      }
      insert.run(e.kind, JSON.stringify(e.terms), now);
      existing.push({ id: -1, kind: e.kind, terms: e.terms, createdAt: now });
      added++;
    }
  }).immediate();
  return { added, skipped, entries: listLexicon(db) };
}
