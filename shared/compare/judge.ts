// Judging one aligned pair of claims: each reason names its kind and points at the words on both sides.
// A reason of a conflict kind makes the link a conflict; labels, hedges and quotation wording make it framing.
import type { ClaimFeatures, DateMention, Mention, NumberMention } from './features';
import { englishConcept, frenchToEnglish, type LanguageData } from './lexicon';
import { fold, stem } from './normalize';
import { CONFLICT_KINDS, type Reason, type ReasonKind, type Span, type Verdict } from './types';

export interface JudgedClaim {
  readonly text: string;
  readonly start: number;
  readonly features: ClaimFeatures;
  readonly lang: LanguageData;
  readonly quoted: boolean;
  readonly speaker?: string;
}

function slice(c: JudgedClaim, span: Span | null): string {
  return span ? c.text.slice(span[0] - c.start, span[1] - c.start) : '';
}

function reason(
  kind: ReasonKind,
  a: JudgedClaim,
  b: JudgedClaim,
  as: Span | null,
  bs: Span | null,
  note: string,
): Reason {
  return { kind, left: slice(a, as), right: slice(b, bs), note, leftSpan: as, rightSpan: bs };
}

const close = (x: number, y: number) => Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 0.05;

/**
 * Two figures of one unit clash only when they measure the same thing: they share a neighbouring word
 * ("12-hour truce" / "trêve de 24 heures"), or the claims are close enough that nothing else could differ.
 */
function numberReasons(a: JudgedClaim, b: JudgedClaim, score: number): Reason[] {
  const out: Reason[] = [];
  const byUnit = (list: readonly NumberMention[]) => {
    const m = new Map<string, NumberMention[]>();
    for (const n of list) {
      const u = n.unit ?? 'count';
      m.set(u, [...(m.get(u) ?? []), n]);
    }
    return m;
  };
  const ua = byUnit(a.features.numbers);
  const ub = byUnit(b.features.numbers);
  for (const [unit, la] of ua) {
    const lb = ub.get(unit);
    if (!lb) continue;
    // Unit-less counts are compared only one against one: otherwise any two numbers would clash.
    if (unit === 'count' && (la.length !== 1 || lb.length !== 1)) continue;
    if (la.some((x) => lb.some((y) => close(x.value, y.value)))) continue;
    const pair = la
      .flatMap((x) => lb.map((y) => [x, y] as const))
      .find(([x, y]) => score >= 0.5 || overlaps(x.context, y.context));
    if (!pair) continue;
    const [x, y] = pair;
    out.push(
      reason('number', a, b, x.span, y.span, unit === 'count' ? 'different numbers' : `different ${unit} figures`),
    );
  }
  return out;
}

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function weekdayOf(d: DateMention): number | undefined {
  if (d.day === undefined || d.month === undefined || d.year === undefined) return undefined;
  const js = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

function dateReasons(a: JudgedClaim, b: JudgedClaim, score: number): Reason[] {
  const out: Reason[] = [];
  const da = a.features.dates;
  const db = b.features.dates;
  const full = (l: readonly DateMention[]) => l.filter((d) => d.day !== undefined && d.month !== undefined);
  const fa = full(da);
  const fb = full(db);
  if (fa.length && fb.length && !fa.some((x) => fb.some((y) => x.day === y.day && x.month === y.month))) {
    out.push(reason('date', a, b, fa[0]!.span, fb[0]!.span, 'different dates'));
  }
  const wa = da.filter((d) => d.weekday !== undefined);
  const wb = db.filter((d) => d.weekday !== undefined);
  if (wa.length && wb.length && !wa.some((x) => wb.some((y) => x.weekday === y.weekday))) {
    out.push(reason('date', a, b, wa[0]!.span, wb[0]!.span, 'different days of the week'));
  }
  // A weekday on one side that the other side's full date contradicts.
  if (score < 0.45) return out.slice(0, 2);
  for (const [ws, ds, flip] of [
    [wa, fb, false],
    [wb, fa, true],
  ] as const) {
    for (const w of ws) {
      for (const d of ds) {
        const actual = weekdayOf(d);
        if (actual !== undefined && actual !== w.weekday) {
          const note = `${WEEKDAY_NAMES[w.weekday!]} does not fall on that date (it was a ${WEEKDAY_NAMES[actual]})`;
          out.push(flip ? reason('date', a, b, d.span, w.span, note) : reason('date', a, b, w.span, d.span, note));
        }
      }
    }
  }
  return out.slice(0, 2);
}

function antonymKeys(lang: LanguageData, word: string): string {
  const f = fold(word);
  if (lang.code === 'en') return englishConcept(f);
  if (lang.code === 'fr') return frenchToEnglish(f) ?? `fr:${stem(f, 'fr')}`;
  return f;
}

const keyCache = new WeakMap<ClaimFeatures, ReadonlyMap<string, Span>>();

/** Each token's concept for antonym matching, computed once per claim however many pairs it is judged in. */
function antonymKeysOf(c: JudgedClaim): ReadonlyMap<string, Span> {
  let m = keyCache.get(c.features) as Map<string, Span> | undefined;
  if (!m) {
    m = new Map();
    for (const t of c.features.tokens) {
      const k = antonymKeys(c.lang, t.folded);
      if (!m.has(k)) m.set(k, [t.start, t.end]);
    }
    keyCache.set(c.features, m);
  }
  return m;
}

const pairCache = new WeakMap<LanguageData, readonly (readonly [string, string])[]>();

function antonymConceptPairs(lang: LanguageData): readonly (readonly [string, string])[] {
  let pairs = pairCache.get(lang);
  if (!pairs) {
    pairs = lang.antonyms.map(([x, y]) => [antonymKeys(lang, x), antonymKeys(lang, y)] as const);
    pairCache.set(lang, pairs);
  }
  return pairs;
}

function polarityReasons(a: JudgedClaim, b: JudgedClaim): Reason[] {
  // A negation counts only when what it negates is also said on the other side: "ne participant pas" does not
  // contradict a claim that never mentions taking part.
  const bears = (own: ClaimFeatures['negations'], other: ClaimFeatures) => {
    const keys = new Set(other.concepts);
    return own.filter((n) => n.scope.some((k) => keys.has(k)));
  };
  const na = bears(a.features.negations, b.features);
  const nb = bears(b.features.negations, a.features);
  if (na.length > 0 !== nb.length > 0) {
    const neg = na[0] ?? nb[0]!;
    return [
      reason(
        'negation',
        a,
        b,
        na[0]?.span ?? null,
        nb[0]?.span ?? null,
        `${na.length ? 'left' : 'right'} side is negated ("${neg.value}")`,
      ),
    ];
  }
  // Opposite words: "agreed" against "refused", "accepter" against "refuser".
  const ka = antonymKeysOf(a);
  const kb = antonymKeysOf(b);
  for (const lang of [a.lang, b.lang]) {
    for (const [cx, cy] of antonymConceptPairs(lang)) {
      for (const [p, q] of [
        [cx, cy],
        [cy, cx],
      ] as const) {
        if (ka.has(p) && kb.has(q) && !ka.has(q) && !kb.has(p)) {
          return [reason('negation', a, b, ka.get(p)!, kb.get(q)!, 'opposite words')];
        }
      }
    }
  }
  return [];
}

const overlaps = (x: readonly string[], y: readonly string[]) => x.some((k) => y.includes(k));

function attributionReasons(a: JudgedClaim, b: JudgedClaim): Reason[] {
  const sa = a.features.sources;
  const sb = b.features.sources;
  if (sa.length && sb.length) {
    const all = (l: readonly Mention<readonly string[]>[]) => l.flatMap((s) => s.value);
    if (!overlaps(all(sa), all(sb))) {
      return [reason('attribution', a, b, sa[0]!.span, sb[0]!.span, 'credited to different sources')];
    }
  }
  if (a.speaker && b.speaker && fold(a.speaker) !== fold(b.speaker)) {
    const sameEntity = a.features.entities.some(
      (ea) =>
        fold(a.speaker!).includes(fold(slice(a, ea.span))) &&
        b.features.entities.some(
          (eb) => eb.value.id === ea.value.id && fold(b.speaker!).includes(fold(slice(b, eb.span))),
        ),
    );
    if (!sameEntity)
      return [
        {
          kind: 'attribution',
          left: a.speaker,
          right: b.speaker,
          note: 'quoted from different speakers',
          leftSpan: null,
          rightSpan: null,
        },
      ];
  }
  return [];
}

function actorReasons(a: JudgedClaim, b: JudgedClaim): Reason[] {
  for (const x of a.features.actions) {
    for (const y of b.features.actions) {
      if (x.concept !== y.concept || !x.actor.length || !y.actor.length) continue;
      if (!overlaps(x.actor, y.actor)) {
        return [
          reason(
            'actor',
            a,
            b,
            x.actorSpan,
            y.actorSpan,
            `different actors for "${slice(a, x.span)}" / "${slice(b, y.span)}"`,
          ),
        ];
      }
    }
  }
  return [];
}

function placeReasons(a: JudgedClaim, b: JudgedClaim, score: number): Reason[] {
  if (score < 0.35) return [];
  const pa = a.features.entities.filter((e) => e.value.type === 'place');
  const pb = b.features.entities.filter((e) => e.value.type === 'place');
  if (!pa.length || !pb.length) return [];
  if (pa.some((x) => pb.some((y) => x.value.id === y.value.id))) return [];
  return [reason('place', a, b, pa[0]!.span, pb[0]!.span, 'different places')];
}

function framingReasons(a: JudgedClaim, b: JudgedClaim): Reason[] {
  const out: Reason[] = [];
  // The reportative conditional first, as the strongest sign: it is what the reason should point at.
  const strongestFirst = (l: ClaimFeatures['hedges']) =>
    [...l].sort((x, y) => Number(!!y.conditional) - Number(!!x.conditional));
  const ha = strongestFirst(a.features.hedges);
  const hb = strongestFirst(b.features.hedges);
  if (ha.length > 0 !== hb.length > 0) {
    const h = ha[0] ?? hb[0]!;
    out.push(
      reason(
        'hedge',
        a,
        b,
        ha[0]?.span ?? null,
        hb[0]?.span ?? null,
        `hedged on the ${ha.length ? 'left' : 'right'} ("${h.value}"), stated as fact on the other side`,
      ),
    );
  } else {
    const ca = ha.find((h) => h.conditional);
    const cb = hb.find((h) => h.conditional);
    if (!ca !== !cb) {
      const h = (ca ?? cb)!;
      out.push(
        reason(
          'hedge',
          a,
          b,
          ca?.span ?? null,
          cb?.span ?? null,
          `reportative conditional on the ${ca ? 'left' : 'right'} ("${h.value}"): reported, not vouched for`,
        ),
      );
    }
  }
  const la = a.features.labels;
  const lb = b.features.labels;
  for (const x of la) {
    const sameReferent = lb.filter((y) => y.value.referent === x.value.referent);
    if (sameReferent.length && !sameReferent.some((y) => y.value.label === x.value.label)) {
      const y = sameReferent[0]!;
      out.push(
        reason(
          'label',
          a,
          b,
          x.span,
          y.span,
          `"${slice(a, x.span)}" / "${slice(b, y.span)}" for the same ${x.value.referent.replace('-', ' ')}`,
        ),
      );
      break;
    }
  }
  if (a.quoted && b.quoted && fold(a.text) !== fold(b.text)) {
    out.push(
      reason(
        'quote',
        a,
        b,
        [a.start, a.start + a.text.length],
        [b.start, b.start + b.text.length],
        'the same quotation worded differently',
      ),
    );
  }
  return out;
}

/** A reason of a conflict kind makes a conflict; any other reason, framing; none, agreement. */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  return reasons.some((r) => CONFLICT_KINDS.has(r.kind)) ? 'conflict' : reasons.length ? 'framing' : 'agree';
}

export function judgePair(a: JudgedClaim, b: JudgedClaim, score: number): { verdict: Verdict; reasons: Reason[] } {
  const reasons = [
    ...numberReasons(a, b, score),
    ...dateReasons(a, b, score),
    ...polarityReasons(a, b),
    ...attributionReasons(a, b),
    ...actorReasons(a, b),
    ...placeReasons(a, b, score),
    ...framingReasons(a, b),
  ];
  const verdict: Verdict = reasons.some((r) => CONFLICT_KINDS.has(r.kind))
    ? 'conflict'
    : reasons.length
      ? 'framing'
      : 'agree';
  return { verdict, reasons };
}
