// Stance of a report towards one claim: agree, disagree, discuss or unrelated, with the report's sentences
// that decided it. The same features and alignment as comparisons, from one claim to a whole report.
import { analyseSide, type AnalysedSide } from '../compare';
import { conceptWeights, similarity } from '../compare/align';
import type { ClaimFeatures } from '../compare/features';
import { judgePair, type JudgedClaim } from '../compare/judge';
import { fold } from '../compare/normalize';
import type { Claim, Reason } from '../compare/types';
import cues from './cues.json';
import modelData from './model.json';

const MODEL = modelData as StanceModel;

export type Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';
export const STANCES: readonly Stance[] = ['agree', 'disagree', 'discuss', 'unrelated'];

export interface Evidence {
  readonly claim: Claim;
  readonly similarity: number;
  readonly reasons: readonly Reason[];
}

export interface StanceResult {
  readonly stance: Stance;
  /** Confidence in the stance, 0..1. */
  readonly score: number;
  /** How much of the claim the report covers, 0..1 (what separates related from unrelated). */
  readonly relatedness: number;
  readonly evidence: readonly Evidence[];
}

/** Thresholds, set on the FNC-1 dev split only (see docs/EVALUATION.md and `npm run eval:fnc1 -- --tune`). */
export const STANCE_PARAMETERS = {
  /** Below this share of the claim's weight found in the report: unrelated. */
  related: 0.36,
  /** A closest sentence this similar makes the report related even when it covers less of the claim. */
  relatedTop: 0.2,
  /** A share of the claim's word stems found in the report that makes it related by itself. */
  relatedPrefix: 0.4,
  /** A denial bearing on the claim decides by itself (dev macro-F1 0.627 without, 0.626 with: kept for readers). */
  denial: true,
};

export type StanceParameters = typeof STANCE_PARAMETERS;

/** What the decision rests on, computed once per claim and report. */
export interface StanceSignals {
  readonly relatedness: number;
  readonly top: number;
  readonly refuteNear: number;
  readonly refuteAll: number;
  readonly hedge: number;
  readonly confirm: number;
  readonly conflict: boolean;
  readonly sentences: number;
  readonly meanTop: number;
  readonly hedgeNear: number;
  readonly claimHedge: number;
  readonly claimRefute: number;
  /** Share of the claim's content words whose first five letters appear in the report (catches word forms
   * the stemmer and lexicon miss: "withdrawal" / "withdrawing"). */
  readonly prefixCoverage: number;
}

/** The numbers the related-report classifier reads, in a fixed order (see model.json). */
export function stanceFeatures(s: StanceSignals): number[] {
  const per = (n: number) => n / Math.max(1, s.sentences);
  return [
    s.top,
    s.meanTop,
    s.relatedness,
    Math.log1p(s.refuteNear),
    Math.log1p(s.refuteAll),
    per(s.hedge),
    Math.log1p(s.hedgeNear),
    per(s.confirm),
    s.conflict ? 1 : 0,
    Math.min(1, s.claimHedge),
    Math.min(1, s.claimRefute),
  ];
}

export type RelatedStance = Exclude<Stance, 'unrelated'>;
export const RELATED_STANCES: readonly RelatedStance[] = ['agree', 'disagree', 'discuss'];

export interface StanceModel {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  /** One row of weights per related stance (agree, disagree, discuss); the last weight is the bias. */
  readonly weights: readonly (readonly number[])[];
}

/** Class probabilities of a related report (softmax over a linear model fitted on the FNC-1 dev split). */
export function relatedProbabilities(s: StanceSignals, model: StanceModel = MODEL): number[] {
  const x = stanceFeatures(s).map((v, i) => (v - model.mean[i]!) / (model.scale[i] || 1));
  const logits = model.weights.map((w) => x.reduce((sum, v, i) => sum + v * w[i]!, w[x.length]!));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function decideStance(
  s: StanceSignals,
  p: StanceParameters = STANCE_PARAMETERS,
  model: StanceModel = MODEL,
): Stance {
  if (s.relatedness < p.related && s.top < p.relatedTop && s.prefixCoverage < p.relatedPrefix) return 'unrelated';
  // A denial that bears on the claim in its closest sentence ("officials denied that…") is a disagreement
  // whatever the rest of the report looks like.
  if (p.denial && s.conflict && s.refuteNear > 0) return 'disagree';
  const probs = relatedProbabilities(s, model);
  return RELATED_STANCES[probs.indexOf(Math.max(...probs))]!;
}

interface CueLists {
  readonly refute: readonly (readonly string[])[];
  readonly hedge: readonly (readonly string[])[];
  readonly confirm: readonly (readonly string[])[];
}

const CUES: ReadonlyMap<string, CueLists> = new Map(
  Object.entries(cues as unknown as Record<string, Record<string, string[]>>)
    .filter(([k]) => k !== 'source')
    .map(([lang, lists]) => [
      lang,
      {
        refute: lists.refute!.map((p) => fold(p).split(/\s+/)),
        hedge: lists.hedge!.map((p) => fold(p).split(/\s+/)),
        confirm: lists.confirm!.map((p) => fold(p).split(/\s+/)),
      },
    ]),
);

function countCues(tokens: readonly string[], phrases: readonly (readonly string[])[]): number {
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (const p of phrases) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k] === p[k];
      if (ok) n++;
    }
  }
  return n;
}

/** A report analysed once, to be checked against many claims. */
export interface PreparedReport {
  readonly side: AnalysedSide;
  readonly folded: readonly (readonly string[])[];
  /** Five-letter prefixes of the report's words, made on first use. */
  prefixes?: ReadonlySet<string>;
}

export function prepareReport(text: string, language?: string): PreparedReport {
  const side = analyseSide(text, 'R', language);
  return { side, folded: side.judged.map((j) => j.features.tokens.map((t) => t.folded)) };
}

function merge(claim: AnalysedSide): JudgedClaim | null {
  // A claim of several sentences is judged as one: its features are the union of its sentences'.
  const parts = claim.judged;
  if (!parts.length) return null;
  if (parts.length === 1) return parts[0]!;
  const f = (k: keyof ClaimFeatures) => parts.flatMap((p) => p.features[k] as unknown[]);
  const features = {
    ...parts[0]!.features,
    tokens: f('tokens'),
    concepts: f('concepts'),
    entities: f('entities'),
    numbers: f('numbers'),
    dates: f('dates'),
    negations: f('negations'),
    hedges: f('hedges'),
    labels: f('labels'),
    sources: f('sources'),
    actions: f('actions'),
  } as ClaimFeatures;
  return { ...parts[0]!, text: parts.map((p) => p.text).join(' '), features };
}

export function stanceAgainst(claimText: string, report: PreparedReport, language?: string): StanceResult {
  const { signals, evidence } = stanceSignals(claimText, report, language);
  const stance = decideStance(signals);
  // Confidence: how far the deciding signal is from its threshold, kept in 0.5..1.
  const p = STANCE_PARAMETERS;
  const margin =
    stance === 'unrelated'
      ? (p.related - signals.relatedness) / p.related
      : Math.min(1, (signals.relatedness - p.related) / (1 - p.related));
  return {
    stance,
    score: Math.round((0.5 + Math.max(0, Math.min(1, margin)) / 2) * 1000) / 1000,
    relatedness: Math.round(signals.relatedness * 1000) / 1000,
    evidence,
  };
}

export function stanceSignals(
  claimText: string,
  report: PreparedReport,
  language?: string,
): { signals: StanceSignals; evidence: Evidence[] } {
  const claim = merge(analyseSide(claimText, 'L', language));
  const sentences = report.side.judged;
  const none: StanceSignals = {
    relatedness: 0,
    top: 0,
    refuteNear: 0,
    refuteAll: 0,
    hedge: 0,
    confirm: 0,
    conflict: false,
    sentences: 0,
    meanTop: 0,
    hedgeNear: 0,
    claimHedge: 0,
    claimRefute: 0,
    prefixCoverage: 0,
  };
  if (!claim || !sentences.length) return { signals: none, evidence: [] };
  const weights = conceptWeights([[claim.features], sentences.map((s) => s.features)]);
  const w = (k: string) => weights.get(k) ?? 0;
  // Relatedness: how much of the claim's weight the report mentions anywhere.
  const inReport = new Set(sentences.flatMap((s) => s.features.concepts));
  const own = [...new Set(claim.features.concepts)].filter((k) => !k.startsWith('U:'));
  const total = own.reduce((s, k) => s + w(k), 0);
  const relatedness = total ? own.filter((k) => inReport.has(k)).reduce((s, k) => s + w(k), 0) / total : 0;
  const ranked = sentences
    .map((s, i) => ({ i, sim: similarity(claim.features, s.features, weights) }))
    .sort((a, b) => b.sim - a.sim || a.i - b.i)
    .slice(0, 3);
  const evidence: Evidence[] = ranked
    .filter((r) => r.sim > 0)
    .map((r) => ({
      claim: report.side.claims[r.i]!,
      similarity: Math.round(r.sim * 1000) / 1000,
      reasons: judgePair(claim, sentences[r.i]!, r.sim).reasons,
    }));
  const lists = CUES.get(report.side.language) ?? CUES.get('en')!;
  const all = report.folded.flat();
  const near = ranked.flatMap((r) => report.folded[r.i] ?? []);
  const claimTokens = claim.features.tokens.map((t) => t.folded);
  return {
    signals: {
      relatedness,
      top: ranked[0]?.sim ?? 0,
      refuteNear: countCues(near, lists.refute),
      refuteAll: countCues(all, lists.refute),
      hedge: countCues(all, lists.hedge),
      confirm: countCues(all, lists.confirm),
      conflict: evidence.slice(0, 1).some((e) => e.reasons.some((r) => r.kind === 'negation')),
      sentences: sentences.length,
      meanTop: ranked.reduce((sum, r) => sum + r.sim, 0) / Math.max(1, ranked.length),
      hedgeNear: countCues(near, lists.hedge),
      claimHedge: countCues(claimTokens, lists.hedge) + (claimText.includes('?') ? 1 : 0),
      claimRefute: countCues(claimTokens, lists.refute),
      prefixCoverage: prefixCoverage(claim, report),
    },
    evidence,
  };
}
function prefixCoverage(claim: JudgedClaim, report: PreparedReport): number {
  const content = claim.features.tokens
    .map((t) => t.folded)
    .filter((w) => w.length >= 5 && !claim.lang.stopwords.has(w))
    .map((w) => w.slice(0, 5));
  if (!content.length) return 0;
  let inReport = report.prefixes;
  if (!inReport) {
    inReport = new Set(
      report.folded
        .flat()
        .filter((w) => w.length >= 5)
        .map((w) => w.slice(0, 5)),
    );
    (report as { prefixes?: ReadonlySet<string> }).prefixes = inReport;
  }
  const set = inReport;
  return content.filter((w) => set.has(w)).length / content.length;
}

export function stance(claim: string, report: string, language?: string): StanceResult {
  return stanceAgainst(claim, prepareReport(report, language), language);
}
