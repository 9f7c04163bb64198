// The engine's work as tasks of plain data, run in the engine worker (engine-worker.ts) or, for the command line,
// in-process: compare two articles, check a claim against reports, analyse articles ahead of use. Analyses and
// comparisons travel as JSON text, as the library's cache stores them, so main never parses what it only stores.
import { analyseArticle, compareAnalysed, type ArticleAnalysis, type UserLexicon } from '../../shared/compare';
import { parseAnalysis, serialiseAnalysis } from '../../shared/compare/analysis/serial';
import type { Reason } from '../../shared/compare/types';
import { preparedFromAnalysis, stanceAgainst, type PreparedReport } from '../../shared/stance';
import type { TaskProgress } from '../workers/protocol';

/** One article as the engine needs it, with its cached analysis when the library has one. */
export interface ArticleInput {
  readonly text: string;
  readonly language: string;
  readonly date: string | null;
  /** The analysis's cache key: the worker keeps recent analyses by it, so a second check need not read them. */
  readonly key: string;
  readonly analysis: string | null;
}

export type EngineTask =
  | {
      readonly kind: 'compare';
      readonly left: ArticleInput;
      readonly right: ArticleInput;
      readonly lexicon: UserLexicon;
    }
  | { readonly kind: 'check'; readonly claim: string; readonly lexicon: UserLexicon; readonly reports: ArticleInput[] }
  | { readonly kind: 'analyse'; readonly lexicon: UserLexicon; readonly articles: ArticleInput[] };

export interface StanceHit {
  /** Index of the report in the task. */
  readonly index: number;
  readonly stance: 'agree' | 'disagree' | 'discuss';
  readonly score: number;
  readonly evidence: readonly { text: string; start: number; end: number; reasons: readonly Reason[] }[];
}

/** Analyses the task had to compute (index in the task's articles: 0 left, 1 right for a comparison). */
export interface NewAnalysis {
  readonly index: number;
  readonly key: string;
  readonly json: string;
}

export type EngineResult =
  | { readonly kind: 'compare'; readonly comparison: string; readonly analysed: readonly NewAnalysis[] }
  | { readonly kind: 'check'; readonly hits: readonly StanceHit[]; readonly analysed: readonly NewAnalysis[] }
  | { readonly kind: 'analyse'; readonly analysed: readonly NewAnalysis[] };

export type ResultOf<T extends EngineTask> = Extract<EngineResult, { kind: T['kind'] }>;

// The reports a claim was last checked against, prepared, by analysis key: checking a second claim reads the
// same candidates again.
const PREPARED = new Map<string, PreparedReport>();
const MAX_PREPARED = 2000;

function analysisOf(
  a: ArticleInput,
  lexicon: UserLexicon,
  name: string,
  onProgress?: (done: number, total: number) => void,
): { analysis: ArticleAnalysis; computed: boolean } {
  if (a.analysis !== null) return { analysis: parseAnalysis(a.analysis), computed: false };
  const analysis = analyseArticle(a.text, {
    name,
    lexicon,
    ...(a.language ? { language: a.language } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return { analysis, computed: true };
}

function compare(task: Extract<EngineTask, { kind: 'compare' }>, progress: (p: TaskProgress) => void) {
  const analysed: NewAnalysis[] = [];
  const sides = [task.left, task.right].map((input, index) => {
    const { analysis, computed } = analysisOf(
      input,
      task.lexicon,
      index === 0 ? 'The left text' : 'The right text',
      (done, total) => progress({ done: index * total + done, total: 2 * total + 1, stage: 'analyse' }),
    );
    if (computed) analysed.push({ index, key: input.key, json: serialiseAnalysis(analysis) });
    return { analysis, text: input.text };
  });
  progress({ done: 9, total: 10, stage: 'match' });
  const comparison = compareAnalysed(sides[0]!, sides[1]!);
  return { kind: 'compare' as const, comparison: JSON.stringify(comparison), analysed };
}

function check(task: Extract<EngineTask, { kind: 'check' }>, progress: (p: TaskProgress) => void) {
  const analysed: NewAnalysis[] = [];
  const hits: StanceHit[] = [];
  task.reports.forEach((report, index) => {
    if (index % 20 === 0) progress({ done: index, total: task.reports.length, stage: 'check' });
    let prepared = PREPARED.get(report.key);
    if (!prepared) {
      const { analysis, computed } = analysisOf(report, task.lexicon, 'The report');
      if (computed) analysed.push({ index, key: report.key, json: serialiseAnalysis(analysis) });
      prepared = preparedFromAnalysis(report.text, analysis);
      if (PREPARED.size >= MAX_PREPARED) PREPARED.clear();
      PREPARED.set(report.key, prepared);
    }
    const result = stanceAgainst(task.claim, prepared, undefined, task.lexicon);
    if (result.stance === 'unrelated') return;
    hits.push({
      index,
      stance: result.stance,
      score: result.score,
      evidence: result.evidence
        .slice(0, 2)
        .map((e) => ({ text: e.claim.text, start: e.claim.start, end: e.claim.end, reasons: e.reasons })),
    });
  });
  return { kind: 'check' as const, hits, analysed };
}

function analyse(task: Extract<EngineTask, { kind: 'analyse' }>) {
  const analysed = task.articles.map((a, index) => {
    const { analysis } = analysisOf({ ...a, analysis: null }, task.lexicon, 'The article');
    return { index, key: a.key, json: serialiseAnalysis(analysis) };
  });
  return { kind: 'analyse' as const, analysed };
}

export function runEngineTask(task: EngineTask, progress: (p: TaskProgress) => void = () => {}): EngineResult {
  switch (task.kind) {
    case 'compare':
      return compare(task, progress);
    case 'check':
      return check(task, progress);
    case 'analyse':
      return analyse(task);
  }
}
