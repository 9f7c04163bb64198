// Per-pair work on two analysed articles: weigh the keys, find candidate sentence pairs, score each with the link
// model, match them (one to one from the most probable, then a sentence left over may join its best
// counterpart's link when one report says in two sentences what the other says in one), judge each link, and
// look for a report that disputes the other's story as a whole.
import type { ArticleAnalysis } from '../analysis/types';
import { placeClaims } from '../placement';
import {
  CONFLICT_KINDS,
  type Claim,
  type Comparison,
  type DocumentStance,
  type Link,
  type Reason,
  type ReasonKind,
  type Span,
} from '../types';
import { wordDiff } from '../worddiff';
import { ageReasons, agesOf, judgeSentences, verdictOf, type JudgedSide } from './judge';
import { LINK_MODEL, linkFeatures, linkProbability, refutes, saidWords, type LinkModel } from './link-model';
import { candidatePairs, overlap, profiles, type Profile } from './similarity';
import { buildVocabulary } from './vocabulary';

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
  return refutes(a.sentence, b, (k) => k) || refutes(b.sentence, a, (k) => k) || refutes(b.sentence, a, rename);
}

interface Group {
  left: number[];
  right: number[];
  pairs: ScoredPair[];
  p: number;
}

const MAX_PER_SIDE = 3;

/** "Without", "sans" tell the circumstances; they deny no event. */
const CIRCUMSTANTIAL = /^(without|sans)$/i;

const sameKey = (k: string) => k;

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

/** What the two passes that link denials share: the sentences of both sides and the scored pairs by position. */
interface DenialContext {
  readonly lp: readonly Profile[];
  readonly rp: readonly Profile[];
  /** Renames a right key to the left's; a left key is its own. */
  readonly rename: (k: string) => string;
  readonly model: LinkModel;
  readonly byPair: ReadonlyMap<string, ScoredPair>;
}

/** A pair joined for a denial, with the probability the model gave it (at least `floor`). */
function denialPair(ctx: DenialContext, left: number, right: number, floor: number): ScoredPair {
  const known = ctx.byPair.get(`${left}:${right}`);
  return { left, right, p: Math.max(known?.p ?? 0, floor), features: known?.features ?? [], denial: true };
}

/** The words a sentence's negations negate that the other sentence says, per negation ("without" excluded). */
function deniedWords(a: Profile, b: Profile, rename: (k: string) => string): (readonly string[])[][] {
  return a.sentence.negations.filter((n) => !CIRCUMSTANTIAL.test(n.cue)).map((n) => saidWords(n, b.keys, rename));
}

const renameOf = (ctx: DenialContext, side: 'left' | 'right') => (side === 'left' ? (k: string) => k : ctx.rename);

/**
 * A sentence next to one of a link's sentences, in no link itself, that denies what the link's sentence on the
 * other side states ("I never intended to kill him." beside "All I wanted was to make him feel pain", against "she
 * intended to pour the acid"): a claim and its denial often sit in consecutive sentences, as a quotation goes on.
 * It joins the link when at least two of the words it negates are said on the other side.
 */
function joinAdjacentDenials(groups: Group[], ctx: DenialContext): void {
  const taken = { left: new Set(groups.flatMap((g) => g.left)), right: new Set(groups.flatMap((g) => g.right)) };
  for (const g of groups) {
    if (g.p < ctx.model.linked) continue;
    for (const side of ['left', 'right'] as const) {
      const mine = side === 'left' ? ctx.lp : ctx.rp;
      const others = side === 'left' ? g.right : g.left;
      const own = g[side];
      for (const i of [Math.min(...own) - 1, Math.max(...own) + 1]) {
        if (i < 0 || i >= mine.length || taken[side].has(i) || own.length >= MAX_PER_SIDE) continue;
        const a = mine[i]!;
        if (a.sentence.question) continue;
        const other = others.find((j) => {
          const b = (side === 'left' ? ctx.rp : ctx.lp)[j]!;
          return (
            !b.sentence.negations.length && deniedWords(a, b, renameOf(ctx, side)).some((said) => said.length >= 2)
          );
        });
        if (other === undefined) continue;
        const [l, r] = side === 'left' ? [i, other] : [other, i];
        own.push(i);
        own.sort((x, y) => x - y);
        g.pairs.push(denialPair(ctx, l, r, 0));
        taken[side].add(i);
      }
    }
  }
}

/**
 * In a report that calls the other's story false, a sentence that says so ("But the rumor is not true", "Again,
 * this is totally fake") right after a sentence that retells one of the other report's claims disputes that
 * claim: it joins the link. The claim's side must state it (no "not", no denial there); the dispute needs no
 * shared word, since it points back ("the rumor", "this"); one that names what it disputes is left to its names
 * (`disputeLink`).
 */
function joinAdjacentDisputes(groups: Group[], ctx: DenialContext, stance: DocumentStance | null): void {
  if (!stance) return;
  const side = stance.side;
  const mine = side === 'left' ? ctx.lp : ctx.rp;
  const theirs = side === 'left' ? ctx.rp : ctx.lp;
  const taken = new Set(groups.flatMap((g) => g[side]));
  for (const g of groups) {
    if (g.p < ctx.model.linked || g[side].length >= MAX_PER_SIDE) continue;
    const others = side === 'left' ? g.right : g.left;
    if (others.some((j) => theirs[j]!.sentence.negations.some((n) => n.kind !== 'verb'))) continue;
    const i = Math.max(...g[side]) + 1;
    if (i >= mine.length || taken.has(i)) continue;
    const s = mine[i]!.sentence;
    if (!s.dispute || s.question) continue;
    // A dispute that names what it disputes ("the Michael Jackson-Bruno Mars story") is linked by its names (those
    // the claim's side says too: "council spokeswoman Jane Morrow said" names its source, not the story).
    const claimKeys = new Set(others.flatMap((j) => [...theirs[j]!.keys.keys()]));
    const names = [...mine[i]!.keys.keys()].filter((k) => /^(E|P):/.test(k) && claimKeys.has(k));
    if (names.length >= MIN_DISPUTED_NAMES) continue;
    const other = others[0]!;
    const [l, r] = side === 'left' ? [i, other] : [other, i];
    g[side].push(i);
    g[side].sort((x, y) => x - y);
    g.pairs.push({ ...denialPair(ctx, l, r, 0), dispute: true });
    taken.add(i);
  }
}

/**
 * A report's first sentence states its main claim; a sentence of the other report that denies it (two or more of
 * the negated words said in it, one of them a name: "No Marine had a weapon taken from him" against "Houthi rebels
 * seized weapons from U.S. Marines") is linked to it wherever the two stand, when the denial is in no link.
 */
function linkLeadDenials(groups: Group[], ctx: DenialContext): void {
  const isName = (word: readonly string[]) => word.some((k) => /^(E|P):/.test(k));
  for (const side of ['left', 'right'] as const) {
    const mine = side === 'left' ? ctx.lp : ctx.rp;
    const lead = (side === 'left' ? ctx.rp : ctx.lp)[0];
    if (!lead || lead.sentence.negations.length) continue;
    const taken = new Set(groups.filter((g) => g.p >= ctx.model.linked).flatMap((g) => g[side]));
    // Into the lead's link when it is a sure one with room, or a link of its own when the lead has none.
    const leadGroup = groups.find((g) => g[side === 'left' ? 'right' : 'left'].includes(0));
    if (leadGroup && (leadGroup.p < ctx.model.linked || leadGroup[side].length >= MAX_PER_SIDE)) continue;
    const a = mine.find(
      (x) =>
        !taken.has(x.index) &&
        !x.sentence.question &&
        deniedWords(x, lead, renameOf(ctx, side)).some(
          (said) => said.length >= 2 && said.some(isName) && said.some((word) => !isName(word)),
        ),
    );
    if (!a) continue;
    const [l, r] = side === 'left' ? [a.index, 0] : [0, a.index];
    const pair = denialPair(ctx, l, r, ctx.model.linked);
    // Out of the weak link it was in.
    for (const g of groups) {
      const at = g[side].indexOf(a.index);
      if (at < 0) continue;
      g[side].splice(at, 1);
      g.pairs = g.pairs.filter((x) => (side === 'left' ? x.left : x.right) !== a.index);
    }
    if (leadGroup) {
      leadGroup[side].push(a.index);
      leadGroup[side].sort((x, y) => x - y);
      leadGroup.pairs.push(pair);
    } else {
      groups.push({ left: [l], right: [r], pairs: [pair], p: pair.p });
    }
  }
  for (let i = groups.length - 1; i >= 0; i--)
    if (!groups[i]!.left.length || !groups[i]!.right.length) groups.splice(i, 1);
  groups.sort((x, y) => x.left[0]! - y.left[0]! || x.right[0]! - y.right[0]!);
}

/** Reasons that hold for a secondary sentence of a link (it shares only part of the fact). */
const SECONDARY_KINDS: ReadonlySet<ReasonKind> = new Set(['number', 'date']);

export interface PairInput {
  readonly analysis: ArticleAnalysis;
  readonly text: string;
}

export function comparePair(left: PairInput, right: PairInput, model: LinkModel = LINK_MODEL): Comparison {
  const { vocabulary, scored, lp, rp } = scorePairs(left.analysis, right.analysis, model);
  const leftClaims = claimsOf(left.analysis, left.text, 'L');
  const rightClaims = claimsOf(right.analysis, right.text, 'R');
  const side = (input: PairInput, i: number, renamed: boolean): JudgedSide => ({
    text: input.text,
    language: input.analysis.language,
    sentence: input.analysis.sentences[i]!,
    rename: renamed ? vocabulary.rename : sameKey,
  });
  const stance = documentStance(left, right, leftClaims, rightClaims);
  const groups = match(scored, model);
  const denials: DenialContext = {
    lp,
    rp,
    rename: vocabulary.rename,
    model,
    byPair: new Map(scored.map((s) => [`${s.left}:${s.right}`, s])),
  };
  joinAdjacentDenials(groups, denials);
  joinAdjacentDisputes(groups, denials, stance);
  linkLeadDenials(groups, denials);
  const links: Link[] = groups.map((g) => {
    const reasons: Reason[] = [];
    g.pairs.forEach((pair, k) => {
      // A sentence that calls the other report's story false disputes the fact it is linked to.
      const disputing =
        stance?.side === 'left' ? left.analysis.sentences[pair.left] : right.analysis.sentences[pair.right];
      if (stance && disputing?.dispute && (k === 0 || pair.dispute))
        reasons.push(disputeReason(stance, left, right, disputing.dispute));
      for (const r of judgeSentences(side(left, pair.left, false), side(right, pair.right, true), pair.p)) {
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
  const disputed = stance && disputeLink(stance, left, right, leftClaims, rightClaims, links, denials);
  if (disputed) links.push(disputed);
  const ages = ageLinks(left, right, leftClaims, rightClaims, links, denials);
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

/**
 * A report that calls the other's story false disputes that story's claim, even where the two share few words: the
 * disputing sentence, when it is in no link, is linked to the other report's sentence in no link that shares the
 * most names with it: at least two names ("the Michael Jackson-Bruno Mars story" / "Michael Jackson is the
 * father of Bruno Mars"). Two was chosen on the report-pair dev split: with one name it also linked a report that
 * calls earlier rumours false to a claim it does not dispute; with three it found no dispute at all.
 */
const MIN_DISPUTED_NAMES = 2;

function disputeLink(
  stance: DocumentStance,
  left: PairInput,
  right: PairInput,
  leftClaims: readonly Claim[],
  rightClaims: readonly Claim[],
  links: readonly Link[],
  ctx: DenialContext,
): Link | null {
  const { rename, model } = ctx;
  const mine = stance.side === 'left';
  const d = Number(stance.claim.slice(1)) - 1;
  const taken = new Set(links.flatMap((l) => (mine ? l.left : l.right)));
  if (taken.has(stance.claim)) return null;
  const takenOther = new Set(links.flatMap((l) => (mine ? l.right : l.left)));
  const own = (mine ? left : right).analysis.sentences[d]!;
  // Name words the two share, each once however often it is mentioned ("al-Baghdadi" twice is one), among the
  // names' own keys (not the plural or camel-case keys that only help sentences meet).
  const renameOwn = mine ? (k: string) => k : rename;
  const renameOther = mine ? rename : (k: string) => k;
  const isName = (k: string) => /^(E|P):/.test(k);
  const ownNames = new Set(Object.keys(own.keys).filter(isName).map(renameOwn));
  const others = (mine ? right : left).analysis.sentences;
  const otherClaims = mine ? rightClaims : leftClaims;
  let best: { i: number; shared: number; p: number } | null = null;
  others.forEach((s, i) => {
    if (takenOther.has(otherClaims[i]!.id) || s.question) return;
    const shared = new Set(
      s.entities.flatMap((e) => e.keys.map(renameOther)).filter((k) => isName(k) && ownNames.has(k)),
    ).size;
    if (shared < MIN_DISPUTED_NAMES) return;
    const p = ctx.byPair.get(mine ? `${d}:${i}` : `${i}:${d}`)?.p ?? 0;
    if (!best || shared > best.shared || (shared === best.shared && p > best.p)) best = { i, shared, p };
  });
  if (!best) return null;
  const { i, p } = best;
  const [li, ri] = mine ? [d, i] : [i, d];
  const disputing = (mine ? left : right).analysis.sentences[d]!;
  return {
    left: [leftClaims[li]!.id],
    right: [rightClaims[ri]!.id],
    verdict: 'conflict',
    score: Math.round(Math.max(p, model.linked) * 1000) / 1000,
    strength: 'linked',
    reasons: [disputeReason(stance, left, right, disputing.dispute!)],
    diff: wordDiff(leftClaims[li]!.text, rightClaims[ri]!.text, left.analysis.language, right.analysis.language),
  };
}

/**
 * Two reports giving one named person different ages ("Zehaf-Bibeau, 32," / "Zehaf-Bibeau, 23,") disagree on a
 * figure, however little else the two sentences share: such sentences are linked as a conflict when neither is in
 * a link yet.
 */
function ageLinks(
  left: PairInput,
  right: PairInput,
  leftClaims: readonly Claim[],
  rightClaims: readonly Claim[],
  links: readonly Link[],
  ctx: DenialContext,
): Link[] {
  const takenL = new Set(links.flatMap((l) => l.left));
  const takenR = new Set(links.flatMap((l) => l.right));
  const judged = (input: PairInput, i: number, rename: (k: string) => string): JudgedSide => ({
    text: input.text,
    language: input.analysis.language,
    sentence: input.analysis.sentences[i]!,
    rename,
  });
  const withAge = (input: PairInput, claims: readonly Claim[], taken: Set<string>, rename: (k: string) => string) =>
    claims
      .map((c, i) => ({ c, i, side: judged(input, i, rename) }))
      .filter((x) => !taken.has(x.c.id) && agesOf(x.side).length);
  const out: Link[] = [];
  const rights = withAge(right, rightClaims, takenR, ctx.rename);
  for (const l of withAge(left, leftClaims, takenL, (k) => k)) {
    for (const r of rights) {
      if (takenR.has(r.c.id)) continue;
      const reasons = ageReasons(l.side, r.side);
      if (!reasons.length) continue;
      const p = ctx.byPair.get(`${l.i}:${r.i}`)?.p ?? 0;
      out.push({
        left: [l.c.id],
        right: [r.c.id],
        verdict: 'conflict',
        score: Math.round(Math.max(p, ctx.model.linked) * 1000) / 1000,
        strength: 'linked',
        reasons,
        diff: wordDiff(l.c.text, r.c.text, left.analysis.language, right.analysis.language),
      });
      takenR.add(r.c.id);
      break;
    }
  }
  return out;
}

function disputeReason(stance: DocumentStance, left: PairInput, right: PairInput, span: Span): Reason {
  const text = (stance.side === 'left' ? left : right).text.slice(span[0], span[1]);
  const mine = stance.side === 'left';
  return {
    kind: 'negation',
    left: mine ? text : '',
    right: mine ? '' : text,
    note: `the ${stance.side} report calls this story false ("${text}")`,
    leftSpan: mine ? span : null,
    rightSpan: mine ? null : span,
  };
}

/** A report that calls the other's story false as a whole: the first such sentence, on either side. */
function documentStance(
  left: PairInput,
  right: PairInput,
  leftClaims: readonly Claim[],
  rightClaims: readonly Claim[],
): DocumentStance | null {
  const disputing = (a: ArticleAnalysis) => a.sentences.findIndex((s) => s.dispute);
  // Two reports that both call a story false (two debunks of one hoax) do not dispute each other.
  if (disputing(left.analysis) >= 0 && disputing(right.analysis) >= 0) return null;
  for (const [input, claims, side] of [
    [right, rightClaims, 'right'],
    [left, leftClaims, 'left'],
  ] as const) {
    const i = disputing(input.analysis);
    if (i < 0) continue;
    const s = input.analysis.sentences[i]!;
    return {
      side,
      claim: claims[i]!.id,
      text: claims[i]!.text,
      cue: input.text.slice(s.dispute![0], s.dispute![1]),
      cueSpan: s.dispute!,
    };
  }
  return null;
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
