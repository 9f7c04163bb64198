// Judging two sentences that report the same fact: each reason names its kind, points at the words on both sides
// and says in a sentence what a researcher can check. Figures clash only when they count the same thing; a
// negation only when it bears on what the other side states; actors only when both are named; framing is
// hedging, loaded labels and quotation wording.
import type { Negation } from '../analysis/types';
import { nameKey } from '../language/names';
import { fold } from '../language/phrases';
import { WORDNET_ANTONYMS } from '../language/english';
import { resourcesFor } from '../language/resources';
import { saidWords } from './link-model';
import { CONFLICT_KINDS, type Reason, type Span, type Verdict } from '../types';
import { ageReasons, dateReasons, numberReasons } from './figures';
import { noted } from '../notes';
import {
  englishPair,
  keysOf,
  meets,
  reason,
  reportKeys,
  sentenceKeys,
  slice,
  STRONG,
  SURE,
  WORD_KEY,
  type JudgedSide,
} from './judged';
import { actorReasons, identityReasons, NAMED, placeReasons } from './who';

export type { JudgedSide } from './judged';
export { abbreviates } from './who';

/**
 * Negations of one side that bear on what the other side states: the negated words (not only a sense they share)
 * are said on the other side too.
 */
function bearing(a: JudgedSide, b: JudgedSide, p: number) {
  const other = sentenceKeys(b);
  // The negated predicate and its object both said on the other side ("ne parlait pas des vaccins" does not
  // bear on "parlait de la circulation des virus"); one of them is enough when the sentences are near-copies.
  // In English two of the negated words must be said on the other side, even in a sure link: outlets writing on
  // one story share single words everywhere ("the president was not at the White House" / "jumped the fence
  // outside the White House"). French keeps one at a sure link: on the French dev sentence pairs (DACCORD), short
  // rewrites of a claim, two words cut contradiction recall from 52% to 44%.
  // The negated verb itself is enough ("won't shutter the service" / "plans to discontinue Beats").
  const english = a.language === 'en' && b.language === 'en';
  const needed = (n: { scope: readonly unknown[] }) => (p >= 0.65 && !english ? 1 : Math.min(2, n.scope.length));
  const predicateSaid = (said: readonly (readonly string[])[], n: Negation) =>
    p >= 0.65 && !!n.verb && said[0] === n.scope[0];
  return a.sentence.negations.filter((n) => {
    // A negation in a relative clause, a condition or after "may", "should" asserts nothing the other denies
    // (between English reports; a French restrictive relative clause in any pair).
    if (n.subordinate && (english || a.language === 'fr')) return false;
    const said = saidWords(n, other, a.rename);
    return said.length > 0 && (said.length >= needed(n) || predicateSaid(said, n));
  });
}

/** Each antonym's key -> the keys of its opposites, for English (also reached from French through translations). */
const OPPOSITES = new Map<string, Map<string, Set<string>>>();

function oppositesOf(language: string): Map<string, Set<string>> {
  let map = OPPOSITES.get(language);
  if (map) return map;
  map = new Map();
  const res = resourcesFor(language);
  const pairs = language === 'en' ? [...res.antonyms, ...WORDNET_ANTONYMS] : res.antonyms;
  for (const [x, y] of pairs) {
    const kx = `${language}:${x.split(' ').map(res.stem).join('_')}`;
    const ky = `${language}:${y.split(' ').map(res.stem).join('_')}`;
    if (kx === ky) continue;
    for (const [p, q] of [
      [kx, ky],
      [ky, kx],
    ] as const) {
      const set = map.get(p) ?? new Set<string>();
      set.add(q);
      map.set(p, set);
    }
  }
  OPPOSITES.set(language, map);
  return map;
}

function antonymReason(a: JudgedSide, b: JudgedSide): Reason | null {
  const ka = sentenceKeys(a);
  const kb = sentenceKeys(b);
  for (const lang of new Set(['en', a.language, b.language])) {
    const opposites = oppositesOf(lang);
    for (const p of ka) {
      const qs = opposites.get(p);
      if (!qs || kb.has(p)) continue;
      for (const q of qs) {
        if (kb.has(q) && !ka.has(q)) {
          return reason('negation', a, b, spanOfKey(a, p), spanOfKey(b, q), 'opposite');
        }
      }
    }
  }
  return null;
}

/** Where a (renamed) key occurs in a sentence. */
function spanOfKey(s: JudgedSide, key: string): Span | null {
  for (const [k, span] of Object.entries(s.sentence.keySpans)) if (s.rename(k) === key) return span;
  return null;
}

/**
 * A hedge that is itself negative ("could not independently verify", "has not been confirmed", "n'a pas pu
 * vérifier") says the fact is unverified: against a sentence that says so with a plain negation, both are negative.
 */
const NEGATIVE_HEDGE = /\b(?:not|cannot|unable|no|pas|aucun|aucune|impossible)\b|n['’]t\b/i;
const negativeSomewhere = (s: JudgedSide, english: boolean) =>
  s.sentence.negations.length > 0 || (english && s.sentence.hedges.some((h) => NEGATIVE_HEDGE.test(h.cue)));

/** Keys of the other report where the 2.4.0 rules apply (English pairs), of the sentence elsewhere. */
const knownKeys = (s: JudgedSide, other: JudgedSide) => (englishPair(s, other) ? reportKeys(s) : sentenceKeys(s));

/** A negative verb of `s` (a refusal, a denial) is itself said by `other`. */
function saysCue(s: JudgedSide, negations: readonly Negation[], other: JudgedSide): boolean {
  const keys = sentenceKeys(other);
  return negations.some(
    (n) =>
      n.kind !== 'not' &&
      // The verb's own word, not a sense or a group it shares ("refused" / "declined", "deny" / "reject").
      Object.entries(s.sentence.keySpans).some(
        ([k, span]) => span[0] === n.span[0] && WORD_KEY.test(k) && keys.has(s.rename(k)),
      ),
  );
}

/** The sentence calls a claim false or denies one. */
export const rejects = (s: JudgedSide) => !!s.sentence.dispute || s.sentence.negations.some((n) => denies(n, true));

/** A denial of a claim; between two English reports "rejected the proposal" refuses a thing and is no denial. */
const denies = (n: Negation, english: boolean) => n.kind === 'denial' && !(english && n.refusal);

/** Another sentence of `s`'s side in the link negates what `other` negates. */
function peerNegates(s: JudgedSide, other: JudgedSide, p: number): boolean {
  return (s.peers ?? []).some((sentence) => bearing({ ...s, sentence, peers: [] }, other, p).length > 0);
}

function polarityReasons(a: JudgedSide, b: JudgedSide, p: number): Reason[] {
  // A question asserts nothing: "Is Hugh Hefner dead?" does not contradict "Hefner is alive".
  if (a.sentence.question || b.sentence.question) return [];
  const na = bearing(a, b, p);
  const nb = bearing(b, a, p);
  // Both sentences negative somewhere ("refuse to pay" / "not among the ransomed"): no clear opposition,
  // unless one side is an explicit denial ("ont démenti avoir reçu…").
  const english = englishPair(a, b);
  const bothNegative = negativeSomewhere(a, english) && negativeSomewhere(b, english);
  const denial = [...na, ...nb].some((n) => denies(n, english));
  // The other side says it negatively too, in another sentence of the same link ("It is not permitted…" after
  // the question it answers).
  const oneSided = na.length > 0 !== nb.length > 0;
  if (english && oneSided && (na.length ? peerNegates(b, a, p) : peerNegates(a, b, p))) return [];
  // The other side rejects a claim itself ("claims … are 'categorically false'" / "disputed Hunter's claim"): two
  // rejections of one claim agree.
  // Both must be rejections: a plain "did not withdraw" against "withdrew … and called reports of a massacre false"
  // still clashes.
  if (english && oneSided && (na.length ? na : nb).some((n) => denies(n, english)) && rejects(na.length ? b : a))
    return [];
  // The negative verb itself is said on the other side ("told to reject any birth certificates" / "certificates …
  // would also be rejected"): both say the same refusal.
  if (english && oneSided && (na.length ? saysCue(a, na, b) : saysCue(b, nb, a))) return [];
  if (na.length > 0 !== nb.length > 0 && (!bothNegative || denial)) {
    const n = na[0] ?? nb[0]!;
    const side = na.length ? 'left' : 'right';
    return [
      reason('negation', a, b, na[0]?.span ?? null, nb[0]?.span ?? null, denies(n, english) ? 'denies' : 'negates', {
        side,
        cue: n.cue,
      }),
    ];
  }
  // Each side denies what the other asserts ("nationales et non de l'UE" / "de l'UE et non nationales"): the two
  // negations bear on different things.
  if (na.length && nb.length) {
    const scopeKeys = (ns: typeof na, s: JudgedSide) =>
      new Set(
        ns
          .flatMap((n) => n.scope.flat())
          .filter((k) => !k.startsWith('s:'))
          .map(s.rename),
      );
    const sa = scopeKeys(na, a);
    const sb = scopeKeys(nb, b);
    if (!meets(sa, sb) && !(english && saysCue(a, na, b))) {
      return [
        reason('negation', a, b, na[0]!.span, nb[0]!.span, 'eachDenies', { left: na[0]!.cue, right: nb[0]!.cue }),
      ];
    }
  }
  // Opposite words only between two plain statements: "n'avait rien à gagner" and "aurait à perdre" agree.
  if (na.length || nb.length || a.sentence.negations.length || b.sentence.negations.length) return [];
  const opposite = antonymReason(a, b);
  return opposite ? [opposite] : [];
}

function speakerKeys(s: JudgedSide): Set<string> {
  const name = s.sentence.speaker;
  if (!name) return new Set();
  return new Set(
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => s.rename(`E:${nameKey(w)}`)),
  );
}

function attributionReasons(a: JudgedSide, b: JudgedSide, p: number): Reason[] {
  // Two outlets often credit one fact to different sources; a clash needs the two sentences to be surely one
  // statement.
  if (p < SURE) return [];
  // Only named sources: "officials said" against "a spokesman said" is no clash.
  const named = (s: JudgedSide) => s.sentence.sources.filter((x) => x.who.some((k) => NAMED.test(k)));
  const sa = named(a);
  const sb = named(b);
  if (sa.length && sb.length) {
    const wa = keysOf(
      a,
      sa.flatMap((s) => s.who.filter((k) => NAMED.test(k))),
    );
    const wb = keysOf(
      b,
      sb.flatMap((s) => s.who.filter((k) => NAMED.test(k))),
    );
    // A source the other report names too, anywhere, is one it knows of: crediting another is no clash there.
    if (!meets(wa, wb) && !meets(wa, knownKeys(b, a)) && !meets(wb, knownKeys(a, b))) {
      return [reason('attribution', a, b, sa[0]!.span, sb[0]!.span, 'sources')];
    }
  }
  const pa = speakerKeys(a);
  const pb = speakerKeys(b);
  if (pa.size && pb.size && !meets(pa, pb) && !meets(pa, knownKeys(b, a)) && !meets(pb, knownKeys(a, b))) {
    return [
      {
        kind: 'attribution',
        left: a.sentence.speaker!,
        right: b.sentence.speaker!,
        ...noted('speakers'),
        leftSpan: null,
        rightSpan: null,
      },
    ];
  }
  return [];
}

/**
 * The words inside a sentence's quotation marks: between the first and the last mark, or, with one mark (a
 * quotation that began or goes on in another sentence), after an opening mark or before a closing one.
 */
function quotedWords(sentence: string): string[] {
  const marks = [...sentence.matchAll(/["“”«»]/g)].map((m) => m.index);
  let inside = sentence;
  if (marks.length >= 2) inside = sentence.slice(marks[0]! + 1, marks[marks.length - 1]);
  else if (marks.length === 1) {
    // An opening mark (“, «, or " before a word) starts the quotation; a closing one ends it.
    const at = marks[0]!;
    const opening =
      /[“«]/.test(sentence[at]!) || (sentence[at] === '"' && /^\p{L}|^\p{N}/u.test(sentence.slice(at + 1)));
    inside = opening ? sentence.slice(at + 1) : sentence.slice(0, at);
  }
  return fold(inside)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const QUOTED_WORDS = 4;

function dice(x: readonly string[], y: readonly string[]): number {
  const a = new Set(x);
  const b = new Set(y);
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size + b.size ? (2 * shared) / (a.size + b.size) : 0;
}

const LEVEL = { none: 0, distancing: 1, hedged: 2 } as const;

function framingReasons(a: JudgedSide, b: JudgedSide, p: number): Reason[] {
  const out: Reason[] = [];
  const strongest = (s: JudgedSide) =>
    [...s.sentence.hedges].sort(
      (x, y) => LEVEL[y.level] - LEVEL[x.level] || Number(!!y.conditional) - Number(!!x.conditional),
    )[0];
  const ha = strongest(a);
  const hb = strongest(b);
  const la = LEVEL[ha?.level ?? 'none'];
  const lb = LEVEL[hb?.level ?? 'none'];
  if (la !== lb) {
    const h = (la > lb ? ha : hb)!;
    const side = la > lb ? 'left' : 'right';
    const how = h.conditional ? 'conditional' : h.level;
    const other = Math.min(la, lb) === 0 ? 'fact' : 'less';
    out.push(reason('hedge', a, b, ha?.span ?? null, hb?.span ?? null, 'hedge', { how, cue: h.cue, side, other }));
  }
  for (const x of a.sentence.labels) {
    const y = b.sentence.labels.find((l) => l.referent === x.referent && l.label !== x.label);
    if (!y || b.sentence.labels.some((l) => l.referent === x.referent && l.label === x.label)) continue;
    out.push(
      reason('label', a, b, x.span, y.span, 'labels', {
        left: slice(a, x.span),
        right: slice(b, y.span),
        referent: x.referent.startsWith('user-') ? 'thing' : x.referent,
      }),
    );
    break;
  }
  if (a.sentence.quoted && b.sentence.quoted && p >= STRONG && a.language === b.language) {
    // The quotation's own words: who said it ("she said" / "the girl told reporters") is no rewording.
    const qa = quotedWords(slice(a, [a.sentence.start, a.sentence.end]));
    const qb = quotedWords(slice(b, [b.sentence.start, b.sentence.end]));
    // One quotation reworded shares most of its words; two different quotations of one speaker do not.
    // A few words in quotation marks ("high-risk traveler") are a term, not a statement someone made.
    const statement = qa.length >= QUOTED_WORDS && qb.length >= QUOTED_WORDS;
    if (statement && qa.join(' ') !== qb.join(' ') && dice(qa, qb) >= 0.5) {
      out.push(
        reason('quote', a, b, [a.sentence.start, a.sentence.end], [b.sentence.start, b.sentence.end], 'quoteWording'),
      );
    }
  }
  return out;
}

/** A reason of a conflict kind makes a conflict; any other reason, framing; none, agreement. */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  return reasons.some((r) => CONFLICT_KINDS.has(r.kind)) ? 'conflict' : reasons.length ? 'framing' : 'agree';
}

/** `p`: how sure the link is (1 for a link the researcher made). */
export function judgeSentences(a: JudgedSide, b: JudgedSide, p = 1): Reason[] {
  // An age is a figure: asked for only when no other figure clashes; a different person only when no doer does.
  const numbers = numberReasons(a, b);
  const actors = actorReasons(a, b);
  return [
    ...(numbers.length ? numbers : ageReasons(a, b)),
    ...dateReasons(a, b),
    ...polarityReasons(a, b, p),
    ...attributionReasons(a, b, p),
    ...(actors.length ? actors : identityReasons(a, b, p)),
    ...placeReasons(a, b, p),
    ...framingReasons(a, b, p),
  ];
}
