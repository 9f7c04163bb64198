// Fills a brand-new library with the sample story, once: a library the user has emptied stays empty.
import { insertArticle } from './articles';
import type { Db } from './open';
import { SAMPLE_ARTICLES, SAMPLE_LEXICON } from './sample-library';

export function seedSampleLibraryOnce(db: Db): boolean {
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'sample_seeded'").pluck().get();
  if (seeded !== undefined) return false;
  db.transaction(() => {
    for (const article of SAMPLE_ARTICLES) insertArticle(db, article);
    const now = new Date().toISOString();
    const entry = db.prepare('INSERT INTO lexicon_entries (kind, terms, created_at) VALUES (?, ?, ?)');
    for (const e of SAMPLE_LEXICON) entry.run(e.kind, JSON.stringify(e.terms), now);
    db.prepare("INSERT INTO meta(key, value) VALUES ('sample_seeded', ?)").run(new Date().toISOString());
  }).immediate();
  return true;
}
