// The judge's figures: numbers that count the same thing, the age a report gives a named person, and dates (end
// dates with end dates, statement dates with statement dates, a weekday against the date it names).
import type { DateMention, Quantity } from '../analysis/types';
import type { Reason, Span } from '../types';
import { keysOf, meets, reason, slice, WORD_KEY, type JudgedSide } from './judged';

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en') : String(Math.round(n * 100) / 100));

const MEASURES = new Set(['usd', 'eur', 'gbp', 'rub', 'cny', 'jpy', 'percent']);

function compatible(x: Quantity, y: Quantity): boolean {
  const tol = (v: number) => Math.abs(v) * 0.05;
  return x.low - tol(x.low) <= y.high + tol(y.high) && y.low - tol(y.low) <= x.high + tol(x.high);
}

/**
 * Two figures count the same thing when the words around them meet. Between two English sentences a sense or a
 * single word in common is not enough ("1 ounce at a time" / "28 grams at one time", "four additional graves" /
 * "an additional eight people"): the counted word itself or one of its senses ("six nations" / "five
 * countries"), or two words, must be shared.
 */
function countsSame(a: JudgedSide, x: Quantity, b: JudgedSide, y: Quantity): boolean {
  const hx = keysOf(a, x.head);
  const hy = keysOf(b, y.head);
  if (a.language !== 'en' || b.language !== 'en') return meets(hx, hy);
  // The counted word's keys: its own and its senses ("six nations" / "five countries"), up to the next word.
  const first = (s: JudgedSide, q: Quantity) => {
    const at = q.head.findIndex((k) => WORD_KEY.test(k));
    if (at < 0) return new Set<string>();
    let end = at + 1;
    while (end < q.head.length && !WORD_KEY.test(q.head[end]!)) end++;
    return keysOf(s, q.head.slice(at, end));
  };
  if (meets(first(a, x), first(b, y))) return true;
  let shared = 0;
  for (const k of hx) if (WORD_KEY.test(k) && hy.has(k)) shared++;
  return shared >= 2;
}

export function numberReasons(a: JudgedSide, b: JudgedSide): Reason[] {
  const qa = a.sentence.quantities.filter((q) => !q.negated);
  const qb = b.sentence.quantities.filter((q) => !q.negated);
  for (const x of qa) {
    // Money and percentages are compared by unit; counts only when they count the same thing.
    const byUnit = x.unit !== null && MEASURES.has(x.unit);
    const same = qb.filter(
      (y) =>
        (x.unit ?? '') === (y.unit ?? '') && (countsSame(a, x, b, y) || (byUnit && (!x.head.length || !y.head.length))),
    );
    if (!same.length || same.some((y) => compatible(x, y))) continue;
    // The other side also states this figure for something else of the same kind: not a clash.
    if (qb.some((y) => compatible(x, y) && (x.unit ?? '') === (y.unit ?? ''))) continue;
    const y = same[0]!;
    if (qa.some((z) => z !== x && compatible(z, y))) continue;
    const what = slice(b, y.span) || fmt(y.value);
    return [reason('number', a, b, x.span, y.span, 'figures', { left: slice(a, x.span), right: what })];
  }
  return [];
}

/** "Zehaf-Bibeau, 32,", "Jane Doe (41)", "Lindgren, 34 ans,": the age a report gives a named person, after the name. */
const AGE_AFTER_NAME = /^\s*(?:,\s*(\d{1,3})(?:\s*ans)?\s*(?:[,.;:]|$)|\((\d{1,3})(?:\s*ans)?\))/;

export interface AgeMention {
  /** The person's name words, as this side's keys are written in the comparison. */
  readonly keys: readonly string[];
  readonly age: number;
  readonly span: Span;
  readonly name: Span;
}

export function agesOf(s: JudgedSide): AgeMention[] {
  return s.sentence.entities.flatMap((e) => {
    const m = AGE_AFTER_NAME.exec(s.text.slice(e.span[1], Math.min(s.sentence.end, e.span[1] + 12)));
    if (!m) return [];
    const digits = m[1] ?? m[2]!;
    const age = Number(digits);
    const keys = e.keys.filter((k) => k.startsWith('E:')).map(s.rename);
    if (!(age > 0 && age < 120) || !keys.length) return [];
    const at = e.span[1] + m[0].indexOf(digits);
    return [{ keys, age, span: [at, at + digits.length] as Span, name: e.span }];
  });
}

/** One person: every name word of the shorter name is in the other ("Lindgren" / "Tomas Lindgren", not "Erik Lindgren"). */
function samePerson(x: AgeMention, y: AgeMention): boolean {
  const [short, long] = x.keys.length <= y.keys.length ? [x.keys, y.keys] : [y.keys, x.keys];
  return short.every((k) => long.includes(k));
}

/** Two ages for one named person. */
export function ageReasons(a: JudgedSide, b: JudgedSide): Reason[] {
  const ya = agesOf(a);
  const yb = agesOf(b);
  for (const x of ya) {
    const same = yb.filter((y) => samePerson(x, y));
    if (!same.length || same.some((y) => y.age === x.age)) continue;
    const y = same[0]!;
    return [
      reason('number', a, b, x.span, y.span, 'ages', {
        name: slice(a, x.name),
        left: String(x.age),
        right: String(y.age),
      }),
    ];
  }
  return [];
}

function weekdayOf(d: DateMention): number | undefined {
  if (d.day === undefined || d.month === undefined || d.year === undefined) return undefined;
  const js = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/**
 * Dates of the event against dates of the event, then dates of a statement against dates of a statement: when
 * one outlet says it was said ("the government said Sunday") is not when the other says it happened.
 */
export function dateReasons(a: JudgedSide, b: JudgedSide): Reason[] {
  const events = datesBetween(
    a,
    b,
    a.sentence.dates.filter((d) => !d.said),
    b.sentence.dates.filter((d) => !d.said),
  );
  if (events.length) return events;
  return datesBetween(
    a,
    b,
    a.sentence.dates.filter((d) => d.said),
    b.sentence.dates.filter((d) => d.said),
  );
}

function datesBetween(a: JudgedSide, b: JudgedSide, da: readonly DateMention[], db: readonly DateMention[]): Reason[] {
  const full = (l: readonly DateMention[]) => l.filter((d) => d.day !== undefined && d.month !== undefined && !d.range);
  const fa = full(da);
  const fb = full(db);
  // Months alone ("in August" / "en septembre") when neither side gives a day.
  const months = (l: readonly DateMention[]) => l.filter((d) => d.month !== undefined && d.day === undefined);
  const ma = months(da);
  const mb = months(db);
  if (ma.length && mb.length && !fa.length && !fb.length && !ma.some((x) => mb.some((y) => x.month === y.month))) {
    return [reason('date', a, b, ma[0]!.span, mb[0]!.span, 'months')];
  }
  const sameDate = (x: DateMention, y: DateMention) =>
    x.day === y.day && x.month === y.month && (x.year === undefined || y.year === undefined || x.year === y.year);
  // End dates against end dates: "until 31 July 2022" / "until 5 November 2023", whatever else either side dates.
  const ua = fa.filter((d) => d.until);
  const ub = fb.filter((d) => d.until);
  if (ua.length && ub.length && !ua.some((x) => ub.some((y) => sameDate(x, y)))) {
    return [reason('date', a, b, ua[0]!.span, ub[0]!.span, 'deadlines')];
  }
  if (fa.length && fb.length && !fa.some((x) => fb.some((y) => sameDate(x, y)))) {
    return [reason('date', a, b, fa[0]!.span, fb[0]!.span, 'dates')];
  }
  const wa = da.filter((d) => d.weekday !== undefined);
  const wb = db.filter((d) => d.weekday !== undefined);
  if (wa.length && wb.length && !wa.some((x) => wb.some((y) => x.weekday === y.weekday))) {
    return [reason('date', a, b, wa[0]!.span, wb[0]!.span, 'weekdays')];
  }
  for (const [ws, ds, flip] of [
    [wa, fb, false],
    [wb, fa, true],
  ] as const) {
    for (const w of ws) {
      // The weekday fits one of the other side's dates: no clash.
      if (ds.some((d) => weekdayOf(d) === w.weekday)) continue;
      for (const d of ds) {
        const actual = weekdayOf(d);
        if (actual === undefined || actual === w.weekday) continue;
        const params = { weekday: String(w.weekday), actual: String(actual) };
        return [
          flip
            ? reason('date', a, b, d.span, w.span, 'weekdayOfDate', params)
            : reason('date', a, b, w.span, d.span, 'weekdayOfDate', params),
        ];
      }
    }
  }
  return [];
}
