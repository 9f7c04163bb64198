// The comparison engine: normalise, detect language, split into claims, extract features, align, judge, diff.
// Pure and deterministic: the same texts give the same Comparison.
import { detectLanguage } from '../text/language';
import { attachSecondaryClaims, candidatePairs, conceptWeights, matchOneToOne, similarity } from './align';
import { extractFeatures, type ClaimFeatures } from './features';
import { languageData, LANGUAGES } from './lexicon';
import { judgePair, verdictOf, type JudgedClaim } from './judge';
import { placeClaims } from './placement';
import type { Reason, ReasonKind } from './types';
import { splitClaims } from './sentences';
import type { Claim, CompareOptions, Comparison, Link } from './types';
import { wordDiff } from './worddiff';

export const ENGINE_VERSION = '1.0.0';

/** Longest text one side may have (about 100,000 words): beyond it the caller is told to split the text. */
export const MAX_TEXT_CHARS = 1_000_000;

export class TextTooLargeError extends Error {
  override readonly name = 'TextTooLargeError';
}

/** Same-language pairs share many words; across languages only anchors and lexicon concepts meet. */
const THRESHOLD_SAME_LANGUAGE = 0.22;
const THRESHOLD_CROSS_LANGUAGE = 0.16;

const SECONDARY_KINDS: ReadonlySet<ReasonKind> = new Set(['number', 'date', 'actor', 'attribution']);

export interface AnalysedSide {
  readonly language: string;
  readonly claims: readonly Claim[];
  readonly judged: readonly JudgedClaim[];
}

function resolveLanguage(text: string, given: string | undefined): string {
  const code = (given ?? detectLanguage(text)).toLowerCase().split(/[-_]/)[0] ?? 'und';
  return LANGUAGES.has(code) ? code : 'und';
}

export function analyseSide(text: string, prefix: 'L' | 'R', language?: string): AnalysedSide {
  if (text.length > MAX_TEXT_CHARS) {
    throw new TextTooLargeError(
      `The ${prefix === 'L' ? 'left' : 'right'} text has ${text.length.toLocaleString('en')} characters; Parallax compares texts of up to ${MAX_TEXT_CHARS.toLocaleString('en')}. Split it and compare the parts.`,
    );
  }
  const lang = resolveLanguage(text, language);
  const data = languageData(lang);
  const claims: Claim[] = [];
  const judged: JudgedClaim[] = [];
  splitClaims(text).forEach((seg, i) => {
    const claimText = text.slice(seg.start, seg.end);
    const claim: Claim = {
      id: `${prefix}${i + 1}`,
      text: claimText,
      start: seg.start,
      end: seg.end,
      ...(seg.quoted ? { quoted: true } : {}),
      ...(seg.speaker ? { speaker: seg.speaker } : {}),
    };
    claims.push(claim);
    const features: ClaimFeatures = extractFeatures(claimText, seg.start, data);
    judged.push({
      text: claimText,
      start: seg.start,
      features,
      lang: data,
      quoted: seg.quoted,
      ...(seg.speaker ? { speaker: seg.speaker } : {}),
    });
  });
  return { language: lang, claims, judged };
}

export function compareTexts(leftText: string, rightText: string, options: CompareOptions = {}): Comparison {
  const left = analyseSide(leftText, 'L', options.leftLanguage);
  const right = analyseSide(rightText, 'R', options.rightLanguage);
  const threshold =
    left.language === right.language && left.language !== 'und' ? THRESHOLD_SAME_LANGUAGE : THRESHOLD_CROSS_LANGUAGE;
  const candidates = candidatePairs(
    left.judged.map((j) => j.features),
    right.judged.map((j) => j.features),
    threshold,
  );
  const alignment = matchOneToOne(candidates);
  const groups = attachSecondaryClaims(alignment, candidates, threshold);
  const links: Link[] = groups.map((g) => {
    const reasons: Reason[] = [];
    g.pairs.forEach(([i, j], k) => {
      for (const r of judgePair(left.judged[i]!, right.judged[j]!, g.score).reasons) {
        // A secondary pair shares only part of its content: polarity and framing cues there are noise.
        if (k > 0 && !SECONDARY_KINDS.has(r.kind)) continue;
        if (!reasons.some((x) => x.kind === r.kind && x.left === r.left && x.right === r.right)) reasons.push(r);
      }
    });
    const verdict = verdictOf(reasons);
    const textOf = (side: AnalysedSide, ids: readonly number[]) => ids.map((k) => side.judged[k]!.text).join(' ');
    return {
      left: g.left.map((i) => left.claims[i]!.id),
      right: g.right.map((j) => right.claims[j]!.id),
      verdict,
      score: Math.round(Math.min(1, g.score) * 1000) / 1000,
      reasons,
      diff: wordDiff(textOf(left, g.left), textOf(right, g.right), left.language, right.language),
    };
  });
  return {
    engineVersion: ENGINE_VERSION,
    left: { language: left.language, claims: left.claims },
    right: { language: right.language, claims: right.claims },
    links,
    ...placeClaims(links, left.claims, right.claims),
  };
}

export type { Claim, Comparison, Link, Reason, Verdict } from './types';

/**
 * Judges one pair of claims the engine did not link (a researcher's own link): the same reasons and word diff
 * as an engine link, with spans into the full texts (the claims carry their offsets).
 */
export function judgeClaimPair(
  leftClaim: Claim,
  rightClaim: Claim,
  leftLanguage: string,
  rightLanguage: string,
): Pick<Link, 'verdict' | 'score' | 'reasons' | 'diff'> {
  const side = (claim: Claim, language: string): JudgedClaim => {
    const lang = languageData(language);
    return {
      text: claim.text,
      start: claim.start,
      features: extractFeatures(claim.text, claim.start, lang),
      lang,
      quoted: claim.quoted === true,
      ...(claim.speaker ? { speaker: claim.speaker } : {}),
    };
  };
  const a = side(leftClaim, leftLanguage);
  const b = side(rightClaim, rightLanguage);
  const score = similarity(a.features, b.features, conceptWeights([[a.features], [b.features]]));
  const { verdict, reasons } = judgePair(a, b, score);
  return {
    verdict,
    score: Math.round(Math.min(1, score) * 1000) / 1000,
    reasons,
    diff: wordDiff(a.text, b.text, leftLanguage, rightLanguage),
  };
}
