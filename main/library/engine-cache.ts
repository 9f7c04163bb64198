// The engine's caches in the library: each article's analysis, keyed by its text's hash, language, publication
// date, the engine version and the user-lexicon version, and the base comparison of two analysed articles (before
// the researcher's corrections, which are applied on top when it is read). A change to any part of a key makes
// another key, so nothing stale is ever read; rows of another engine or lexicon version are removed when a newer
// one is written.
import { createHash } from 'node:crypto';
import { ENGINE_VERSION } from '../../shared/compare/version';
import type { Db } from './open';

export interface AnalysisKey {
  readonly textHash: string;
  readonly language: string;
  readonly publishedAt: string;
  readonly engineVersion: string;
  readonly lexiconVersion: string;
}

/** The exact text's hash (not the duplicate check's normalised one: offsets depend on every character). */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function analysisKey(
  article: { readonly text: string; readonly language: string; readonly publishedAt: string | null },
  lexiconVersion: string,
  engineVersion: string = ENGINE_VERSION,
): AnalysisKey {
  return {
    textHash: textHash(article.text),
    language: article.language,
    publishedAt: article.publishedAt ?? '',
    engineVersion,
    lexiconVersion,
  };
}

/** One string for a key (what the worker and the comparison cache refer to an analysis by). */
export function keyString(k: AnalysisKey): string {
  return [k.textHash, k.language, k.publishedAt, k.engineVersion, k.lexiconVersion].join('|');
}

export function cachedAnalysis(db: Db, k: AnalysisKey): string | null {
  return (
    (db
      .prepare(
        `SELECT analysis FROM analyses WHERE text_hash = ? AND language = ? AND published_at = ?
         AND engine_version = ? AND lexicon_version = ?`,
      )
      .pluck()
      .get(k.textHash, k.language, k.publishedAt, k.engineVersion, k.lexiconVersion) as string | undefined) ?? null
  );
}

export function storeAnalyses(db: Db, entries: readonly { readonly key: AnalysisKey; readonly json: string }[]): void {
  if (!entries.length) return;
  const insert = db.prepare(
    `INSERT OR REPLACE INTO analyses (text_hash, language, published_at, engine_version, lexicon_version, analysis,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const { key: k, json } of entries) {
      insert.run(k.textHash, k.language, k.publishedAt, k.engineVersion, k.lexiconVersion, json, now);
    }
    pruneOtherVersions(db, entries[0]!.key);
  }).immediate();
}

export function cachedComparison(db: Db, left: AnalysisKey, right: AnalysisKey): string | null {
  return (
    (db
      .prepare('SELECT result FROM comparison_results WHERE left_key = ? AND right_key = ?')
      .pluck()
      .get(keyString(left), keyString(right)) as string | undefined) ?? null
  );
}

export function storeComparison(db: Db, left: AnalysisKey, right: AnalysisKey, json: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT OR REPLACE INTO comparison_results (left_key, right_key, engine_version, lexicon_version, result,
         created_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(keyString(left), keyString(right), left.engineVersion, left.lexiconVersion, json, new Date().toISOString());
    pruneOtherVersions(db, left);
  }).immediate();
}

/**
 * Rows of another engine or lexicon version can never be read again (the library has one lexicon): removed when
 * the versions being written change, which the meta table remembers (so a write does not scan the caches).
 */
function pruneOtherVersions(db: Db, current: AnalysisKey): void {
  const versions = `${current.engineVersion}|${current.lexiconVersion}`;
  const known = db.prepare("SELECT value FROM meta WHERE key = 'engine_cache_versions'").pluck().get();
  if (known === versions) return;
  for (const sql of [
    'DELETE FROM analyses WHERE engine_version != ? OR lexicon_version != ?',
    'DELETE FROM comparison_results WHERE engine_version != ? OR lexicon_version != ?',
  ]) {
    db.prepare(sql).run(current.engineVersion, current.lexiconVersion);
  }
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('engine_cache_versions', ?)").run(versions);
}
