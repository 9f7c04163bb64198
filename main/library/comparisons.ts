// Comparisons kept in the library: opened pairs (for "recent"), the researcher's corrections, and the base
// comparison of two article versions (engine-cache.ts). Opening a pair reads the cached comparison when both
// articles, the lexicon and the engine are unchanged, and otherwise has the engine compute it (in its worker, from
// cached analyses where it can); the corrections are applied on top each time it is read, so a new engine version
// or an edited article is always reflected with the corrections still in place.
import type { Comparison } from '../../shared/compare/types';
import { applyCorrections, type Correction, type CorrectionInput } from '../../shared/compare/corrections';
import { ENGINE_VERSION } from '../../shared/compare/version';
import type { Article, ComparisonView, RecentComparison } from '../../shared/domain';
import { ApiError } from '../../shared/errors';
import { InlineEngine, type Engine } from '../engine/engine';
import type { ArticleInput } from '../engine/tasks';
import { getArticle } from './articles';
import {
  analysisKey,
  cachedAnalysis,
  cachedComparison,
  keyString,
  storeAnalyses,
  storeComparison,
  type AnalysisKey,
} from './engine-cache';
import { userLexicon } from './lexicon';
import type { Db } from './open';

/** How a comparison is computed and kept: the engine, the view that asked, and whether the library can be written. */
export interface ComparisonRun {
  readonly engine?: Engine;
  /** A newer request for the same view cancels this one. */
  readonly view?: string;
  /** Record the pair for "recent" and keep what was computed; false for a read-only library. */
  readonly record?: boolean;
}

let defaultEngine: Engine | undefined;

/** The engine a context without one uses: in-process, as the command line does. */
export function engineOf(engine: Engine | undefined): Engine {
  return engine ?? (defaultEngine ??= new InlineEngine());
}

export function articleInput(article: Article, key: AnalysisKey, analysis: string | null): ArticleInput {
  return {
    text: article.text,
    language: article.language,
    date: article.publishedAt,
    key: keyString(key),
    analysis,
  };
}

/**
 * Has the engine analyse new articles in the background (in the app: its worker, when nothing else waits), so a
 * first comparison or claim check finds their analyses cached.
 */
export function analyseAhead(db: Db, engine: Engine, ids: readonly number[]): void {
  const { lexicon, version } = userLexicon(db);
  for (const id of ids) {
    const article = getArticle(db, id);
    const key = analysisKey(article, version);
    if (cachedAnalysis(db, key) !== null) continue;
    engine.background({ kind: 'analyse', lexicon, articles: [articleInput(article, key, null)] }, (result) => {
      // The library may have been closed, or the lexicon changed, since: then the row is simply not wanted.
      if (!db.open || userLexicon(db).version !== version) return;
      storeAnalyses(
        db,
        result.analysed.map((a) => ({ key, json: a.json })),
      );
    });
  }
}

/**
 * The engine's comparison of two articles before corrections, as the cache keeps it (JSON): from the library's
 * cache, else computed by the run's engine (in its worker, in the app) and kept with the analyses it made, unless
 * the run is not recorded.
 */
export async function engineComparisonJson(db: Db, left: Article, right: Article, run: ComparisonRun): Promise<string> {
  const { lexicon, version } = userLexicon(db);
  const lk = analysisKey(left, version);
  const rk = analysisKey(right, version);
  const cached = cachedComparison(db, lk, rk);
  if (cached !== null) return cached;
  const result = await engineOf(run.engine).run(
    {
      kind: 'compare',
      left: articleInput(left, lk, cachedAnalysis(db, lk)),
      right: articleInput(right, rk, cachedAnalysis(db, rk)),
      lexicon,
    },
    run.view ? { view: run.view } : {},
  );
  if (run.record !== false) {
    storeAnalyses(
      db,
      result.analysed.map((a) => ({ key: a.index === 0 ? lk : rk, json: a.json })),
    );
    storeComparison(db, lk, rk, result.comparison);
  }
  return result.comparison;
}

interface CorrectionRow {
  id: number;
  kind: Correction['kind'];
  left_text: string;
  right_text: string;
  left_start: number | null;
  right_start: number | null;
  verdict: Correction['verdict'] | null;
  note: string | null;
  created_at: string;
}

function corrections(db: Db, comparisonId: number): Correction[] {
  const rows = db
    .prepare(
      `SELECT id, kind, left_text, right_text, left_start, right_start, verdict, note, created_at
       FROM corrections WHERE comparison_id = ? ORDER BY id`,
    )
    .all(comparisonId) as CorrectionRow[];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    leftText: r.left_text,
    rightText: r.right_text,
    ...(r.left_start !== null ? { leftStart: r.left_start } : {}),
    ...(r.right_start !== null ? { rightStart: r.right_start } : {}),
    ...(r.verdict ? { verdict: r.verdict } : {}),
    ...(r.note ? { note: r.note } : {}),
    createdAt: r.created_at,
  }));
}

function pairOf(db: Db, comparisonId: number): { leftId: number; rightId: number } {
  const row = db
    .prepare('SELECT left_id AS leftId, right_id AS rightId FROM comparisons WHERE id = ?')
    .get(comparisonId) as { leftId: number; rightId: number } | undefined;
  if (!row) throw new ApiError('not_found', `There is no comparison ${comparisonId}; open the two articles again.`);
  return row;
}

/**
 * A comparison with its corrections. `record` keeps the pair for "recent" (and gives it an id that corrections and
 * exports refer to) and what was computed; a read-only library only finds the id it already has, or 0.
 */
export async function openComparison(
  db: Db,
  leftId: number,
  rightId: number,
  run: ComparisonRun = {},
): Promise<ComparisonView> {
  if (leftId === rightId) throw new ApiError('invalid_input', 'Choose two different articles to compare.');
  const left = getArticle(db, leftId);
  const right = getArticle(db, rightId);
  const base = JSON.parse(await engineComparisonJson(db, left, right, run)) as Comparison;
  const now = new Date().toISOString();
  const known = () =>
    (db.prepare('SELECT id FROM comparisons WHERE left_id = ? AND right_id = ?').pluck().get(leftId, rightId) as
      number | undefined) ?? 0;
  const comparisonId =
    run.record === false
      ? known()
      : (db
          .prepare(
            `INSERT INTO comparisons (left_id, right_id, engine_version, result, opened_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (left_id, right_id) DO UPDATE SET engine_version = excluded.engine_version,
         result = excluded.result, opened_at = excluded.opened_at
       RETURNING id`,
          )
          .pluck()
          .get(leftId, rightId, ENGINE_VERSION, JSON.stringify(base.counts), now) as number);
  const found = corrections(db, comparisonId);
  // A researcher's own link is judged like an engine link; only then is the engine needed here (one sentence each).
  const judge = found.some((c) => c.kind === 'link')
    ? (await import('../../shared/compare')).judgeClaimPair
    : undefined;
  const { lexicon } = userLexicon(db);
  const comparison = applyCorrections(base, found, (l, r) =>
    judge!(l, r, base.left.language, base.right.language, lexicon),
  );
  // "Recent comparisons" shows the counts the researcher last saw: after their corrections.
  if (comparison.corrections.length) {
    db.prepare('UPDATE comparisons SET result = ? WHERE id = ?').run(JSON.stringify(comparison.counts), comparisonId);
  }
  return { comparisonId, left, right, comparison };
}

export async function viewComparison(db: Db, comparisonId: number, run: ComparisonRun = {}): Promise<ComparisonView> {
  const { leftId, rightId } = pairOf(db, comparisonId);
  return openComparison(db, leftId, rightId, run);
}

/** Stores corrections in one transaction, without recomputing the comparison (an import brings many at once). */
export function storeCorrections(db: Db, comparisonId: number, inputs: readonly CorrectionInput[]): void {
  pairOf(db, comparisonId);
  const insert = db.prepare(
    `INSERT INTO corrections (comparison_id, kind, left_text, right_text, left_start, right_start, verdict, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stamp = new Date().toISOString();
  db.transaction(() => {
    for (const input of inputs) {
      insert.run(
        comparisonId,
        input.kind,
        input.leftText,
        input.rightText,
        input.leftStart ?? null,
        input.rightStart ?? null,
        input.verdict ?? null,
        input.note ?? null,
        stamp,
      );
    }
  }).immediate();
}

export function addCorrection(
  db: Db,
  comparisonId: number,
  input: CorrectionInput,
  run: ComparisonRun = {},
): Promise<ComparisonView> {
  storeCorrections(db, comparisonId, [input]);
  return viewComparison(db, comparisonId, run);
}

export function undoLastCorrection(db: Db, comparisonId: number, run: ComparisonRun = {}): Promise<ComparisonView> {
  pairOf(db, comparisonId);
  const last = db.prepare('SELECT max(id) FROM corrections WHERE comparison_id = ?').pluck().get(comparisonId) as
    number | null;
  if (last === null) throw new ApiError('conflict', 'There is no correction to undo in this comparison.');
  db.prepare('DELETE FROM corrections WHERE id = ?').run(last);
  return viewComparison(db, comparisonId, run);
}

export function recentComparisons(db: Db, limit = 10): RecentComparison[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.left_id, c.right_id, l.title AS lt, r.title AS rt, lo.name AS lo, ro.name AS ro, c.opened_at, c.result
       FROM comparisons c
       JOIN articles l ON l.id = c.left_id AND l.deleted_at IS NULL
       JOIN articles r ON r.id = c.right_id AND r.deleted_at IS NULL
       LEFT JOIN outlets lo ON lo.id = l.outlet_id LEFT JOIN outlets ro ON ro.id = r.outlet_id
       ORDER BY c.opened_at DESC, c.id DESC LIMIT ?`,
    )
    .all(limit) as {
    id: number;
    left_id: number;
    right_id: number;
    lt: string;
    rt: string;
    lo: string | null;
    ro: string | null;
    opened_at: string;
    result: string;
  }[];
  return rows.map((r) => ({
    comparisonId: r.id,
    leftId: r.left_id,
    rightId: r.right_id,
    leftTitle: r.lt,
    rightTitle: r.rt,
    leftOutlet: r.lo,
    rightOutlet: r.ro,
    openedAt: r.opened_at,
    counts: JSON.parse(r.result) as Record<string, number>,
  }));
}

/** A correction seen from the other side: left and right swapped. */
export function mirrored<C extends CorrectionInput>(c: C): C {
  const { leftStart, rightStart, ...rest } = c;
  return {
    ...(rest as C),
    leftText: c.rightText,
    rightText: c.leftText,
    ...(rightStart !== undefined ? { leftStart: rightStart } : {}),
    ...(leftStart !== undefined ? { rightStart: leftStart } : {}),
  };
}

const comparisonIdOf = (db: Db, leftId: number, rightId: number) =>
  db.prepare('SELECT id FROM comparisons WHERE left_id = ? AND right_id = ?').pluck().get(leftId, rightId) as
    number | undefined;

/**
 * Every correction of two articles, seen from (left, right): those made with left on the left as they are, those made
 * the other way round mirrored, in the order they were made. The story view reads a pair this way.
 */
export function correctionsBetween(db: Db, leftId: number, rightId: number): Correction[] {
  const direct = comparisonIdOf(db, leftId, rightId);
  const reverse = comparisonIdOf(db, rightId, leftId);
  return [
    ...(direct === undefined ? [] : corrections(db, direct)),
    ...(reverse === undefined ? [] : corrections(db, reverse).map(mirrored)),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
}

/**
 * The comparison that keeps a pair's corrections: the direction that already holds some (the one opened first when
 * both do), else (left, right), recorded now with the engine's counts, like a comparison opened in the app.
 */
export function correctionHome(
  db: Db,
  leftId: number,
  rightId: number,
  counts: Readonly<Record<string, number>>,
): { readonly comparisonId: number; readonly leftId: number; readonly rightId: number } {
  const holds = (id: number | undefined) =>
    id !== undefined && db.prepare('SELECT 1 FROM corrections WHERE comparison_id = ?').pluck().get(id) !== undefined;
  const direct = comparisonIdOf(db, leftId, rightId);
  const reverse = comparisonIdOf(db, rightId, leftId);
  if (!holds(direct) && holds(reverse)) return { comparisonId: reverse!, leftId: rightId, rightId: leftId };
  const comparisonId =
    direct ??
    (db
      .prepare(
        `INSERT INTO comparisons (left_id, right_id, engine_version, result, opened_at) VALUES (?, ?, ?, ?, ?)
         RETURNING id`,
      )
      .pluck()
      .get(leftId, rightId, ENGINE_VERSION, JSON.stringify(counts), new Date().toISOString()) as number);
  return { comparisonId, leftId, rightId };
}
