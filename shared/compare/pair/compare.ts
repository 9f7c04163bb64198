// Per-pair work on two analysed articles: weigh the keys, find candidate sentence pairs, score each with the link
// model, match them (one to one from the most probable, then a sentence left over may join its best
// counterpart's link when one report says in two sentences what the other says in one), add what the discourse
// shows (discourse.ts: denials, disputes, ages), and judge each link.
import type { ArticleAnalysis } from '../analysis/types';
import { placeClaims } from '../placement';
import { CONFLICT_KINDS, type Claim, type Comparison, type Link, type Reason, type ReasonKind } from '../types';
import { wordDiff } from '../worddiff';
import {
  ageLinks,
  disputeLink,
  disputeReason,
  documentStance,
  joinAdjacentDenials,
  joinAdjacentDisputes,
  judgedSide,
  linkLeadDenials,
  MAX_PER_SIDE,
  sameKey,
  type DiscourseContext,
  type Group,
} from './discourse';
import { judgeSentences, rejects, verdictOf } from './judge';
import { LINK_MODEL, linkFeatures, linkProbability, refutes, type LinkModel } from './link-model';
import { candidatePairs, overlap, profiles, type Profile } from './similarity';
import { buildVocabulary, keyList } from './vocabulary';

export interface ScoredPair {
  readonly left: number;
  readonly right: number;
  readonly p: number;
  readonly features: readonly number[];
  /** Linked for denying what the other side says (next to a linked sentence, or the other report's lead). */
  readonly denial?: boolean;
  /** Joined for calling the other side's claim false ("But the rumor is not true"): its dispute is the reason. */
  readonly dispute?: boolean;
}

/** Claims as the contract shows them: ids L1…/R1… in text order, with offsets and quotation marks. */
export function claimsOf(a: ArticleAnalysis, text: string, prefix: 'L' | 'R'): Claim[] {
  return a.sentences.map((s, i) => ({
    id: `${prefix}${i + 1}`,
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    ...(s.quoted ? { quoted: true } : {}),
    ...(s.speaker ? { speaker: s.speaker } : {}),
  }));
}

/** Every candidate pair with its features and probability (the evaluation fits the model on these). */
export function scorePairs(
  left: ArticleAnalysis,
  right: ArticleAnalysis,
  model: LinkModel = LINK_MODEL,
  options: { readonly positions?: boolean } = {},
) {
  const vocabulary = buildVocabulary(left, right);
  const lp = profiles(left, vocabulary, false);
  const rp = profiles(right, vocabulary, true);
  const cross = left.language !== right.language;
  const n = Math.max(1, lp.length - 1);
  const m = Math.max(1, rp.length - 1);
  const overlaps: { i: number; j: number; o: ReturnType<typeof overlap> }[] = [];
  const bestLeft = new Map<number, number>();
  const bestRight = new Map<number, number>();
  for (const [i, j] of candidatePairs(lp, rp)) {
    const o = overlap(lp[i]!, rp[j]!);
    if (o.dice === 0) continue;
    overlaps.push({ i, j, o });
    bestLeft.set(i, Math.max(bestLeft.get(i) ?? 0, o.dice));
    bestRight.set(j, Math.max(bestRight.get(j) ?? 0, o.dice));
  }
  const scored: ScoredPair[] = overlaps.map(({ i, j, o }) => {
    const position = options.positions === false ? 0 : Math.abs(i / n - j / m);
    const mutual = o.dice === bestLeft.get(i) && o.dice === bestRight.get(j);
    const features = linkFeatures(o, lp[i]!, rp[j]!, position, cross, mutual);
    let p = linkProbability(features, model);
    // Refutation-aware linking: a denial of what the other sentence says links to it even at low overlap, when
    // they share more than the denied word and are each other's best match. Few such pairs exist to fit a weight
    // on, so this is a rule, measured on the dev pairs like the rest.
    if (mutual && o.matchedWords >= 2 && refutation(lp[i]!, rp[j]!, vocabulary.rename)) p = Math.max(p, model.linked);
    return { left: i, right: j, p, features };
  });
  return { vocabulary, lp, rp, scored };
}

function refutation(a: Profile, b: Profile, rename: (k: string) => string): boolean {
  return refutes(a.sentence, b, sameKey) || refutes(b.sentence, a, sameKey) || refutes(b.sentence, a, rename);
}

function match(scored: readonly ScoredPair[], model: LinkModel): Group[] {
  const sorted = scored
    .filter((s) => s.p >= model.possible)
    .sort((x, y) => y.p - x.p || x.left - y.left || x.right - y.right);
  const groupOfLeft = new Map<number, Group>();
  const groupOfRight = new Map<number, Group>();
  const groups: Group[] = [];
  for (const s of sorted) {
    if (groupOfLeft.has(s.left) || groupOfRight.has(s.right)) continue;
    const g: Group = { left: [s.left], right: [s.right], pairs: [s], p: s.p };
    groups.push(g);
    groupOfLeft.set(s.left, g);
    groupOfRight.set(s.right, g);
  }
  // A sentence left over joins the link of its best counterpart when that pair alone would be linked.
  for (const s of sorted) {
    if (s.p < model.possible) break;
    const gl = groupOfLeft.get(s.left);
    const gr = groupOfRight.get(s.right);
    if (gl && !gr && gl.p >= model.linked && gl.right.length < MAX_PER_SIDE) {
      gl.right.push(s.right);
      gl.pairs.push(s);
      groupOfRight.set(s.right, gl);
    } else if (gr && !gl && gr.p >= model.linked && gr.left.length < MAX_PER_SIDE) {
      gr.left.push(s.left);
      gr.pairs.push(s);
      groupOfLeft.set(s.left, gr);
    }
  }
  for (const g of groups) {
    g.left.sort((x, y) => x - y);
    g.right.sort((x, y) => x - y);
  }
  return groups.sort((x, y) => x.left[0]! - y.left[0]! || x.right[0]! - y.right[0]!);
}

const SECONDARY_KINDS: ReadonlySet<ReasonKind> = new Set(['number', 'date']);

export interface PairInput {
  readonly analysis: ArticleAnalysis;
  readonly text: string;
}

export function comparePair(left: PairInput, right: PairInput, model: LinkModel = LINK_MODEL): Comparison {
  const { vocabulary, scored, lp, rp } = scorePairs(left.analysis, right.analysis, model);
  const leftClaims = claimsOf(left.analysis, left.text, 'L');
  const rightClaims = claimsOf(right.analysis, right.text, 'R');
  const stance = documentStance(left, right, leftClaims, rightClaims);
  const groups = match(scored, model);
  const ctx: DiscourseContext = {
    left,
    right,
    leftClaims,
    rightClaims,
    lp,
    rp,
    rename: vocabulary.rename,
    model,
    byPair: new Map(scored.map((s) => [`${s.left}:${s.right}`, s])),
  };
  joinAdjacentDenials(groups, ctx);
  joinAdjacentDisputes(groups, ctx, stance);
  linkLeadDenials(groups, ctx);
  // Between English reports the judge may ask whether the other report names a doer at all: every key of each
  // report as the left writes them, made the first time a rule asks.
  const english = left.analysis.language === 'en' && right.analysis.language === 'en';
  const reportOf = (a: ArticleAnalysis, rename: (k: string) => string) => {
    let keys: ReadonlySet<string> | undefined;
    return () => (keys ??= new Set(a.sentences.flatMap((x) => keyList(x).map(rename))));
  };
  const leftReport = english ? reportOf(left.analysis, sameKey) : undefined;
  const rightReport = english ? reportOf(right.analysis, vocabulary.rename) : undefined;
  // The other sentences of a side in the link.
  const peers = (input: PairInput, ids: readonly number[], i: number) =>
    ids.filter((x) => x !== i).map((x) => input.analysis.sentences[x]!);
  const links: Link[] = groups.map((g) => {
    const reasons: Reason[] = [];
    g.pairs.forEach((pair, k) => {
      // A sentence that calls the other report's story false disputes the fact it is linked to.
      const disputing =
        stance?.side === 'left' ? left.analysis.sentences[pair.left] : right.analysis.sentences[pair.right];
      const [a, b] = [
        { ...judgedSide(left, pair.left, sameKey), report: leftReport, peers: peers(left, g.left, pair.left) },
        {
          ...judgedSide(right, pair.right, vocabulary.rename),
          report: rightReport,
          peers: peers(right, g.right, pair.right),
        },
      ];
      // Unless the sentence it is linked to rejects the claim too.
      if (
        stance &&
        disputing?.dispute &&
        (k === 0 || pair.dispute) &&
        !(english && rejects(stance.side === 'left' ? b : a))
      )
        reasons.push(disputeReason(stance, left, right, disputing.dispute));
      // A sentence of that report that retells the story ("According to the story, NASA 'confirmed'…") relays
      // what it calls false: against the other report's statement of it, that is a conflict, not an agreement.
      else if (stance && k === 0 && disputing?.retelling && !disputing.dispute && pair.p >= model.linked) {
        const claim = stance.side === 'left' ? b : a;
        if (!claim.sentence.negations.some((n) => !n.subordinate) && !claim.sentence.dispute)
          reasons.push(disputeReason(stance, left, right, disputing.retelling, 'storyRetold'));
      }
      for (const r of judgeSentences(a, b, pair.p)) {
        // A sentence linked for its denial counts for its denial only: the rest of it may be about something else.
        if (pair.denial && r.kind !== 'negation') continue;
        // A secondary sentence shares only part of the fact: only figures and dates count, or any conflict when
        // that sentence alone would be linked.
        if (
          k > 0 &&
          !SECONDARY_KINDS.has(r.kind) &&
          !(CONFLICT_KINDS.has(r.kind) && (pair.p >= model.possible || (pair.denial && r.kind === 'negation')))
        )
          continue;
        if (!reasons.some((x) => x.kind === r.kind && x.left === r.left && x.right === r.right)) reasons.push(r);
      }
    });
    const textOf = (claims: readonly Claim[], ids: readonly number[]) => ids.map((i) => claims[i]!.text).join(' ');
    return {
      left: g.left.map((i) => leftClaims[i]!.id),
      right: g.right.map((j) => rightClaims[j]!.id),
      verdict: verdictOf(reasons),
      score: Math.round(g.p * 1000) / 1000,
      strength: g.p >= model.linked ? 'linked' : 'possible',
      reasons,
      diff: wordDiff(
        textOf(leftClaims, g.left),
        textOf(rightClaims, g.right),
        left.analysis.language,
        right.analysis.language,
      ),
    };
  });
  const disputed = stance && disputeLink(stance, links, ctx);
  if (disputed) links.push(disputed);
  const ages = ageLinks(links, ctx);
  if (disputed || ages.length) {
    const at = (l: Link) => [Number(l.left[0]!.slice(1)), Number(l.right[0]!.slice(1))] as const;
    links.push(...ages);
    links.sort((x, y) => at(x)[0] - at(y)[0] || at(x)[1] - at(y)[1]);
  }
  return {
    engineVersion: left.analysis.engineVersion,
    left: { language: left.analysis.language, claims: leftClaims },
    right: { language: right.analysis.language, claims: rightClaims },
    links,
    documentStance: stance,
    notes: notesOn(left.analysis, right.analysis),
    ...placeClaims(links, leftClaims, rightClaims),
  };
}

function notesOn(left: ArticleAnalysis, right: ArticleAnalysis): string[] {
  const notes: string[] = [];
  for (const [a, name] of [
    [left, 'left'],
    [right, 'right'],
  ] as const) {
    if (a.language === 'und') {
      notes.push(
        `The ${name} text is in a language Parallax has no word lists for: only names, figures and quotations were compared.`,
      );
    }
  }
  return notes;
}

export type { Profile };
