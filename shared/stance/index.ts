// Stance of a report towards one claim: agree, disagree, discuss or unrelated, with the report's sentences that
// decided it. The same analysis, link model and judge as a comparison: the claim is compared with every sentence
// of the report, and the sentence that most probably reports the same fact is judged like a link. A report
// supports a claim only if that sentence is linked and agrees on actor, action, figures and dates.
import { analyseArticle, type ArticleAnalysis, type UserLexicon } from '../compare';
import type { SentenceAnalysis } from '../compare/analysis/types';
import { fold } from '../compare/language/phrases';
import { claimsOf, scorePairs } from '../compare/pair/compare';
import { judgeSentences, type JudgedSide } from '../compare/pair/judge';
import { LINK_MODEL } from '../compare/pair/link-model';
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

/** Thresholds, set on the FNC-1 dev split only (see docs/EVALUATION.md and `npm run eval:fnc1 -- --fit`). */
export const STANCE_PARAMETERS = {
  /** Below this share of the claim's weight found in the report: unrelated. */
  related: 0.28,
  /** A closest sentence this similar makes the report related even when it covers less of the claim. */
  relatedTop: 0.2,
  /** A share of the claim's word stems found in the report that makes it related by itself. */
  relatedPrefix: 0.6,
  /** A linked closest sentence that says this much of the claim, with nothing against it, makes the report support it. */
  support: 0.85,
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
  /** The judge finds a conflict (negation, actor, figure, date) between the claim and its closest sentence. */
  readonly conflict: boolean;
  readonly sentences: number;
  readonly meanTop: number;
  readonly hedgeNear: number;
  readonly claimHedge: number;
  readonly claimRefute: number;
  /** Share of the claim's content words whose first five letters appear in the report. */
  readonly prefixCoverage: number;
  /** Link probability of the closest sentence (the comparison's link model). */
  readonly linkProbability: number;
  /** How much of the claim's weight the closest sentence says, 0..1. */
  readonly claimCover: number;
  /** The closest sentence is linked and the judge finds nothing against the claim (no conflict, no hedge). */
  readonly judgedAgree: boolean;
  /** The report calls a story false as a whole, in a sentence that bears on the claim. */
  readonly disputes: boolean;
  /** The closest sentence distances itself from the claim ("reportedly", "claims", "aurait"). */
  readonly bestHedged: boolean;
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
    s.linkProbability,
    s.judgedAgree ? 1 : 0,
    s.disputes ? 1 : 0,
    s.bestHedged ? 1 : 0,
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
  const x = stanceFeatures(s).map((v, i) => (v - (model.mean[i] ?? 0)) / (model.scale[i] || 1));
  const logits = model.weights.map((w) => x.reduce((sum, v, i) => sum + v * (w[i] ?? 0), w[w.length - 1]!));
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

export function isRelated(s: StanceSignals, p: StanceParameters = STANCE_PARAMETERS): boolean {
  return !(s.relatedness < p.related && s.top < p.relatedTop && s.prefixCoverage < p.relatedPrefix);
}

/**
 * The model's stance, then the judge's word: a report whose closest sentence the judge finds in conflict with the
 * claim never supports it, and one that states the claim (linked, nothing against it) never disputes it.
 */
export function decideStance(
  s: StanceSignals,
  p: StanceParameters = STANCE_PARAMETERS,
  model: StanceModel = MODEL,
): Stance {
  if (!isRelated(s, p)) return 'unrelated';
  const probs = relatedProbabilities(s, model);
  const stance = RELATED_STANCES[probs.indexOf(Math.max(...probs))]!;
  // The judge has the last word on the closest sentence: a conflict there is never support; a sentence that
  // surely reports the same fact with nothing against it and no distance is support; and without a sentence
  // that reports the fact, a report may discuss or dispute the claim but never supports it.
  if (s.conflict) return stance === 'agree' ? 'disagree' : stance;
  if (s.judgedAgree && s.claimCover >= p.support && stance !== 'disagree') return 'agree';
  if (stance === 'agree' && !s.judgedAgree) return 'discuss';
  return stance;
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

const wordsOf = (text: string) => (fold(text).match(/[\p{L}\p{N}']+/gu) ?? []) as string[];

/** A report analysed once, to be checked against many claims. */
export interface PreparedReport {
  readonly text: string;
  readonly analysis: ArticleAnalysis;
  readonly claims: readonly Claim[];
  /** Folded words of each sentence. */
  readonly folded: readonly (readonly string[])[];
  /** Five-letter prefixes of the report's words. */
  readonly prefixes: ReadonlySet<string>;
}

export function prepareReport(text: string, language?: string, lexicon?: UserLexicon): PreparedReport {
  const analysis = analyseArticle(text, { ...(language ? { language } : {}), ...(lexicon ? { lexicon } : {}) });
  return preparedFromAnalysis(text, analysis);
}

/** A report prepared from its analysis (which may come from the library's cache). */
export function preparedFromAnalysis(text: string, analysis: ArticleAnalysis): PreparedReport {
  const folded = analysis.sentences.map((s) => wordsOf(text.slice(s.start, s.end)));
  return {
    text,
    analysis,
    claims: claimsOf(analysis, text, 'R'),
    folded,
    prefixes: new Set(
      folded
        .flat()
        .filter((w) => w.length >= 5)
        .map((w) => w.slice(0, 5)),
    ),
  };
}

/** The claim as one sentence (a claim the splitter cuts in two is judged whole). */
function asOneSentence(claimText: string, language: string | undefined, lexicon?: UserLexicon): ArticleAnalysis {
  const flat = claimText.replace(/\s+/g, ' ').replace(/([.!?])\s+(?=\S)/g, '$1 ');
  const a = analyseArticle(flat, { ...(language ? { language } : {}), ...(lexicon ? { lexicon } : {}) });
  if (a.sentences.length <= 1) return a;
  const all = a.sentences;
  const merged: SentenceAnalysis = {
    ...all[0]!,
    end: all[all.length - 1]!.end,
    keys: Object.assign({}, ...all.map((s) => s.keys)) as Record<string, number>,
    keySpans: Object.assign({}, ...[...all].reverse().map((s) => s.keySpans)) as SentenceAnalysis['keySpans'],
    words: all.flatMap((s) => s.words),
    entities: all.flatMap((s) => s.entities),
    quantities: all.flatMap((s) => s.quantities),
    dates: all.flatMap((s) => s.dates),
    negations: all.flatMap((s) => s.negations),
    hedges: all.flatMap((s) => s.hedges),
    sources: all.flatMap((s) => s.sources),
    labels: all.flatMap((s) => s.labels),
    actions: all.flatMap((s) => s.actions),
  };
  return { ...a, sentences: [merged] };
}

const CONFLICTING = new Set(['negation', 'actor', 'number', 'date']);

export function stanceSignals(
  claimText: string,
  report: PreparedReport,
  language?: string,
  lexicon?: UserLexicon,
): { signals: StanceSignals; evidence: Evidence[] } {
  const claim = asOneSentence(claimText, language, lexicon);
  const none: StanceSignals = {
    relatedness: 0,
    top: 0,
    refuteNear: 0,
    refuteAll: 0,
    hedge: 0,
    confirm: 0,
    conflict: false,
    sentences: report.analysis.sentences.length,
    meanTop: 0,
    hedgeNear: 0,
    claimHedge: 0,
    claimRefute: 0,
    prefixCoverage: 0,
    linkProbability: 0,
    claimCover: 0,
    judgedAgree: false,
    disputes: false,
    bestHedged: false,
  };
  const sentence = claim.sentences[0];
  if (!sentence || !report.analysis.sentences.length) return { signals: none, evidence: [] };
  // A claim has no place in the report: where the closest sentence stands says nothing.
  const { vocabulary, lp, rp, scored } = scorePairs(claim, report.analysis, LINK_MODEL, { positions: false });
  // Relatedness: how much of the claim's weight the report mentions anywhere.
  const inReport = new Set(rp.flatMap((p) => [...p.keys.keys()]));
  const own = lp[0]!;
  const total = own.total;
  const found = own.words.reduce((s, w) => s + Math.max(0, ...w.weights.filter((_, i) => inReport.has(w.keys[i]!))), 0);
  const relatedness = total ? found / total : 0;
  const ranked = [...scored].sort((a, b) => b.p - a.p || a.right - b.right).slice(0, 3);
  const side = (a: ArticleAnalysis, text: string, s: SentenceAnalysis, renamed: boolean): JudgedSide => ({
    text,
    language: a.language,
    sentence: s,
    rename: renamed ? vocabulary.rename : (k) => k,
  });
  const claimPadded = claimText.replace(/\s+/g, ' ').replace(/([.!?])\s+(?=\S)/g, '$1 ');
  const evidence: Evidence[] = ranked.map((r) => ({
    claim: report.claims[r.right]!,
    similarity: Math.round(r.p * 1000) / 1000,
    reasons: judgeSentences(
      side(claim, claimPadded, sentence, false),
      side(report.analysis, report.text, report.analysis.sentences[r.right]!, true),
    ),
  }));
  const best = evidence[0];
  const lists = CUES.get(report.analysis.language) ?? CUES.get('en')!;
  const all = report.folded.flat();
  const near = ranked.flatMap((r) => report.folded[r.right] ?? []);
  const claimWords = wordsOf(claimText);
  const content = claimWords.filter((w) => w.length >= 5).map((w) => w.slice(0, 5));
  const dice = (r: (typeof ranked)[number]) => r.features[0] ?? 0;
  const disputeNear = ranked.some((r) => report.analysis.sentences[r.right]!.dispute);
  return {
    signals: {
      relatedness,
      top: ranked[0] ? dice(ranked[0]) : 0,
      refuteNear: countCues(near, lists.refute),
      refuteAll: countCues(all, lists.refute),
      hedge: countCues(all, lists.hedge),
      confirm: countCues(all, lists.confirm),
      conflict: !!best && best.reasons.some((r) => CONFLICTING.has(r.kind)),
      sentences: report.analysis.sentences.length,
      meanTop: ranked.reduce((s, r) => s + dice(r), 0) / Math.max(1, ranked.length),
      hedgeNear: countCues(near, lists.hedge),
      claimHedge: countCues(claimWords, lists.hedge) + (claimText.includes('?') ? 1 : 0),
      claimRefute: countCues(claimWords, lists.refute),
      prefixCoverage: content.length ? content.filter((w) => report.prefixes.has(w)).length / content.length : 0,
      linkProbability: ranked[0]?.p ?? 0,
      claimCover: ranked[0]?.features[1] ?? 0,
      // Linked, and nothing against the claim: no conflict, and the report does not distance itself from it.
      judgedAgree:
        !!best &&
        (ranked[0]?.p ?? 0) >= LINK_MODEL.linked &&
        !best.reasons.some((r) => CONFLICTING.has(r.kind) || (r.kind === 'hedge' && r.rightSpan !== null)),
      disputes: disputeNear,
      bestHedged: !!best && best.reasons.some((r) => r.kind === 'hedge' && r.rightSpan !== null),
    },
    evidence,
  };
}

export function stanceAgainst(
  claimText: string,
  report: PreparedReport,
  language?: string,
  lexicon?: UserLexicon,
): StanceResult {
  const { signals, evidence } = stanceSignals(claimText, report, language, lexicon);
  const stance = decideStance(signals);
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

export function stance(claim: string, report: string, language?: string): StanceResult {
  return stanceAgainst(claim, prepareReport(report, language), language);
}
