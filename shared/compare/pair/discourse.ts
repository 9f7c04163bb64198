// What the model's one-to-one links miss and the discourse shows: a denial in the sentence next to a linked one, a
// denial of the other report's lead, a dispute that points back at the claim it follows, a report calling the
// other's story false as a whole, and two ages for one named person. Each pass adds a sentence to a link or a link
// of its own; the judge then reads the links as it reads any other.
import type { ArticleAnalysis } from '../analysis/types';
import type { Claim, DocumentStance, Link, Reason, Span } from '../types';
import { noted } from '../notes';
import { wordDiff } from '../worddiff';
import type { PairInput, ScoredPair } from './compare';
import { ageReasons, agesOf } from './figures';
import type { JudgedSide } from './judged';
import { saidWords, type LinkModel } from './link-model';
import type { Profile } from './similarity';

export interface Group {
  left: number[];
  right: number[];
  pairs: ScoredPair[];
  p: number;
}

/** The most sentences of one side in a link. */
export const MAX_PER_SIDE = 3;

export const sameKey = (k: string) => k;

/** One side of a sentence pair as the judge reads it. */
export function judgedSide(input: PairInput, i: number, rename: (k: string) => string): JudgedSide {
  return { text: input.text, language: input.analysis.language, sentence: input.analysis.sentences[i]!, rename };
}

/** "Without", "sans" tell the circumstances; they deny no event. */
const CIRCUMSTANTIAL = /^(without|sans)$/i;

/**
 * What the passes that add to the model's links share: both articles and their claims, the sentences' profiles,
 * and the scored pairs by position.
 */
export interface DiscourseContext {
  readonly left: PairInput;
  readonly right: PairInput;
  readonly leftClaims: readonly Claim[];
  readonly rightClaims: readonly Claim[];
  readonly lp: readonly Profile[];
  readonly rp: readonly Profile[];
  /** Renames a right key to the left's; a left key is its own. */
  readonly rename: (k: string) => string;
  readonly model: LinkModel;
  readonly byPair: ReadonlyMap<string, ScoredPair>;
}

/** A pair joined for a denial, with the probability the model gave it (at least `floor`). */
function denialPair(ctx: DiscourseContext, left: number, right: number, floor: number): ScoredPair {
  const known = ctx.byPair.get(`${left}:${right}`);
  return { left, right, p: Math.max(known?.p ?? 0, floor), features: known?.features ?? [], denial: true };
}

/** The words a sentence's negations negate that the other sentence says, per negation ("without" excluded). */
function deniedWords(a: Profile, b: Profile, ctx: DiscourseContext, side: 'left' | 'right'): (readonly string[])[][] {
  // Between English reports a negation in a relative clause or a condition denies nothing, nor does a French one in a
  // restrictive relative clause in any pair (the judge ignores them too).
  const english = ctx.left.analysis.language === 'en' && ctx.right.analysis.language === 'en';
  const french = ctx[side].analysis.language === 'fr';
  return a.sentence.negations
    .filter((n) => !CIRCUMSTANTIAL.test(n.cue) && !((english || french) && n.subordinate))
    .map((n) => saidWords(n, b.keys, renameOf(ctx, side)));
}

const renameOf = (ctx: DiscourseContext, side: 'left' | 'right') => (side === 'left' ? (k: string) => k : ctx.rename);

/**
 * A sentence next to one of a link's sentences, in no link itself, that denies what the link's sentence on the
 * other side states ("I never intended to kill him." beside "All I wanted was to make him feel pain", against "she
 * intended to pour the acid"): a claim and its denial often sit in consecutive sentences, as a quotation goes on.
 * It joins the link when at least two of the words it negates are said on the other side.
 */
export function joinAdjacentDenials(groups: Group[], ctx: DiscourseContext): void {
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
          return !b.sentence.negations.length && deniedWords(a, b, ctx, side).some((said) => said.length >= 2);
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
export function joinAdjacentDisputes(groups: Group[], ctx: DiscourseContext, stance: DocumentStance | null): void {
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
export function linkLeadDenials(groups: Group[], ctx: DiscourseContext): void {
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
        deniedWords(x, lead, ctx, side).some(
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

/**
 * A report that calls the other's story false disputes that story's claim, even where the two share few words: the
 * disputing sentence, when it is in no link, is linked to the other report's sentence in no link that shares the
 * most names with it: at least two names ("the Michael Jackson-Bruno Mars story" / "Michael Jackson is the
 * father of Bruno Mars"). Two was chosen on the report-pair dev split: with one name it also linked a report that
 * calls earlier rumours false to a claim it does not dispute; with three it found no dispute at all.
 */
const MIN_DISPUTED_NAMES = 2;

export function disputeLink(stance: DocumentStance, links: readonly Link[], ctx: DiscourseContext): Link | null {
  const { left, right, leftClaims, rightClaims, rename, model } = ctx;
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
export function ageLinks(links: readonly Link[], ctx: DiscourseContext): Link[] {
  const { left, right, leftClaims, rightClaims } = ctx;
  const takenL = new Set(links.flatMap((l) => l.left));
  const takenR = new Set(links.flatMap((l) => l.right));
  const withAge = (input: PairInput, claims: readonly Claim[], taken: Set<string>, rename: (k: string) => string) =>
    claims
      .map((c, i) => ({ c, i, side: judgedSide(input, i, rename) }))
      .filter((x) => !taken.has(x.c.id) && agesOf(x.side).length);
  const out: Link[] = [];
  const rights = withAge(right, rightClaims, takenR, ctx.rename);
  for (const l of withAge(left, leftClaims, takenL, sameKey)) {
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

/**
 * The reason a sentence of the report that calls the other's story false gives against the fact it is linked to:
 * it says so (`storyFalse`, `span` its cue), or it retells the story it calls false (`storyRetold`, `span`
 * "According to the story").
 */
export function disputeReason(
  stance: DocumentStance,
  left: PairInput,
  right: PairInput,
  span: Span,
  code: 'storyFalse' | 'storyRetold' = 'storyFalse',
): Reason {
  const text = (stance.side === 'left' ? left : right).text.slice(span[0], span[1]);
  const mine = stance.side === 'left';
  return {
    kind: 'negation',
    left: mine ? text : '',
    right: mine ? '' : text,
    ...noted(code, { side: stance.side, cue: text }),
    leftSpan: mine ? span : null,
    rightSpan: mine ? null : span,
  };
}

/** A report that calls the other's story false as a whole: the first such sentence, on either side. */
export function documentStance(
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
