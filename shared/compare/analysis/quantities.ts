// Stage 4, quantities: figures written in digits or words, with their scale ("2.5 million", "quarante mille"),
// unit or currency, approximation ("more than", "environ"), what they count (the nouns after them, or before
// when none follows) and whether the text asserts or denies them ("not $46 million but $11 million").
import { addKey, isStopword, type SentenceContext } from './context';
import type { Token } from './tokens';
import { NUMBER_WEIGHT } from './concepts';

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;
/** A year links sentences as a date does, not as a figure (`NUMBER_WEIGHT`). */
const YEAR_WEIGHT = 0.8;
const ORDINAL = /^(st|nd|rd|th|er|ere|e|eme|ème)$/;
const CLOCK = /^(am|pm|a\.m|p\.m|gmt|utc|h\d*)$/;

export function parseNumber(text: string, language: string): number {
  const compact = text.replace(/[\u00a0\u202f ]/g, '');
  if (language === 'fr') {
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
    return Number(compact.replace(',', '.'));
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(compact)) return Number(compact.replace(',', '.'));
  return Number(compact.replace(/,/g, ''));
}

interface Figure {
  value: number;
  low: number;
  high: number;
  from: number;
  to: number;
}

/** A figure starting at token i: digits or number words, then scales ("forty thousand", "2.5 million"). */
function readFigure(ctx: SentenceContext, i: number): Figure | null {
  const { tokens, res } = ctx;
  const t = tokens[i]!;
  let value: number;
  let to = i;
  if (t.isNumber) {
    value = parseNumber(t.text, res.code);
  } else if (res.vagueNumbers.has(t.folded)) {
    const [lo, hi] = res.vagueNumbers.get(t.folded)!;
    return { value: lo, low: lo, high: hi, from: i, to: i };
  } else if (res.numberWords.has(t.folded) && !(t.folded === 'un' || t.folded === 'une' || t.folded === 'one')) {
    value = res.numberWords.get(t.folded)!;
    // "twenty-five", "vingt et un": add the smaller number words that follow.
    while (tokens[to + 1] && res.numberWords.has(tokens[to + 1]!.folded)) {
      const next = res.numberWords.get(tokens[to + 1]!.folded)!;
      if (next >= 100 || next >= value) break;
      value += next;
      to++;
    }
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  while (tokens[to + 1] && res.scales.has(tokens[to + 1]!.folded)) {
    const scaleWord = tokens[to + 1]!.folded;
    if (scaleWord === 'm' && !t.isNumber) break;
    value *= res.scales.get(scaleWord)!;
    to++;
  }
  return { value, low: value, high: value, from: i, to };
}

/** The approximation phrase that ends just before token i, if any. */
function approximationBefore(ctx: SentenceContext, i: number) {
  for (let from = Math.max(0, i - 3); from < i; from++) {
    const m = ctx.res.approximations.match(ctx.words, from);
    if (m && from + m.words.length === i) return m.value;
  }
  return undefined;
}

function widen(f: Figure, kind: ReturnType<typeof approximationBefore>): void {
  switch (kind) {
    case 'about':
      f.low = f.value * 0.85;
      f.high = f.value * 1.15;
      break;
    case 'below':
      f.low = f.value * 0.8;
      f.high = f.value;
      break;
    case 'above':
    case 'atleast':
      // "More than 120" is read as about 120 to 180: reporters round down, they do not mean "any number above".
      f.high = f.value * 1.5;
      break;
    case 'atmost':
      f.low = 0;
      break;
    case undefined:
      break;
  }
}

/** What the figure counts: keys of up to two content words after it (skipping names), else before it. */
const DURATIONS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

function headOf(ctx: SentenceContext, from: number, to: number, unit: string | null): string[] {
  const head: string[] = [];
  const take = (k: number) => {
    // A later word of "cessez-le-feu" stands for the whole phrase, whose keys sit on its first word.
    let at = k;
    while (at > 0 && ctx.inPhrase[at]) at--;
    for (const key of ctx.keys[at]!.keys()) if (!key.startsWith('N:')) head.push(key);
  };
  let seen = 0;
  const skip = (k: number) =>
    isStopword(ctx, k) ||
    ctx.entityAt[k] ||
    ctx.res.scales.has(ctx.tokens[k]!.folded) ||
    /^[$€£%]$/.test(ctx.tokens[k]!.text);
  for (let k = to + 1; k < Math.min(ctx.tokens.length, to + 6) && seen < 3; k++) {
    if (/[,;:.]/.test(ctx.text.slice(ctx.tokens[k - 1]!.end, ctx.tokens[k]!.start))) break;
    if (ctx.tokens[k]!.isNumber) break;
    if (skip(k)) continue;
    take(k);
    seen++;
  }
  // A code joined to a name by a hyphen ("Su-35", "MiG-29", "COVID-19") is identified by that name.
  const prev = ctx.tokens[from - 1];
  if (prev && ctx.text.slice(prev.end, ctx.tokens[from]!.start) === '-' && ctx.keys[from - 1]!.size) take(from - 1);
  // The word before counts too: "cessez-le-feu de 12 heures" measures the ceasefire, as "24-hour ceasefire" does.
  // A duration measures what comes before it: "the truce lasts 3 hours".
  const wanted = unit && DURATIONS.has(unit) ? 2 : 1;
  for (let k = from - 1, before = 0; k >= Math.max(0, from - 4) && before < wanted; k--) {
    if (ctx.tokens[k]!.isNumber || /[,;:.]/.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]!.start))) break;
    if (skip(k) || ctx.res.negations.match(ctx.words, k)) continue;
    take(k);
    before++;
  }
  return head;
}

export function findQuantities(ctx: SentenceContext): void {
  const { tokens, res, words } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    // A numeric date ("03/12/2014", "26.01.2015") is one date (dates.ts), not three figures; its year is keyed
    // as a written date's is.
    const date = tokens[i]!.isNumber ? numericDateAt(ctx.text, tokens[i]!.start) : null;
    if (date) {
      const dateEnd = tokens[i]!.start + date[0].length;
      while (tokens[i + 1] && tokens[i + 1]!.end <= dateEnd) i++;
      const year = /^\d{4}|\d{4}$/.exec(date[0]);
      if (year && isYear(Number(year[0]))) addKey(ctx, i, `N:${Number(year[0])}`, YEAR_WEIGHT);
      continue;
    }
    const f = readFigure(ctx, i);
    if (!f) continue;
    const next = tokens[f.to + 1];
    const prev = tokens[i - 1];
    // Ordinals, clock times, ranks ("No. 1") and the day of a date are not quantities.
    if (next && (ORDINAL.test(next.folded) || CLOCK.test(next.folded)) && next.start === tokens[f.to]!.end) {
      i = f.to;
      continue;
    }
    if (prev && /^(no|n°|num|number)$/.test(prev.folded)) {
      i = f.to;
      continue;
    }
    let unit: string | null = null;
    let end = f.to;
    let start = i;
    if (prev && res.units.match(words, i - 1)?.words.length === 1 && /[$€£]/.test(prev.text)) {
      unit = res.units.match(words, i - 1)!.value;
      start = i - 1;
    }
    const after = res.units.match(words, f.to + 1);
    if (after && !unit) {
      unit = after.value;
      end = f.to + after.words.length;
    } else if (!unit && next && GLUED_UNITS[next.folded] && glued(ctx, tokens[f.to]!, next)) {
      // Symbols too short to be read as units after a space, written onto the figure: "40C", "6in", "60W".
      unit = GLUED_UNITS[next.folded]!;
      end = f.to + 1;
    }
    const monthNear =
      (next && ctx.res.code !== 'und' && isMonth(ctx, next.folded)) || (prev && isMonth(ctx, prev.folded));
    if ((isYear(f.value) && !unit) || monthNear) {
      if (isYear(f.value)) addKey(ctx, i, `N:${f.value}`, YEAR_WEIGHT);
      i = f.to;
      continue;
    }
    widen(f, approximationBefore(ctx, i));
    // Ranges: "between 10 and 20", "10 to 20", "de 10 à 20", "10-20".
    const joiner = tokens[end + 1]?.folded;
    if (joiner && /^(to|and|a|et|-)$/.test(joiner) && tokens[end + 2]) {
      const g = readFigure(ctx, end + 2);
      const rangeCue = /^(between|from|entre|de)$/.test(prev?.folded ?? '') || joiner === 'to' || joiner === 'a';
      if (g && rangeCue && g.value > f.value) {
        f.high = g.high;
        end = g.to;
        const u = res.units.match(words, g.to + 1);
        if (u && !unit) {
          unit = u.value;
          end = g.to + u.words.length;
        }
      }
    }
    const head = headOf(ctx, i, end, unit);
    const before = words.slice(Math.max(0, i - 3), i);
    const negated = before.includes('not') || (before.includes('pas') && res.code === 'fr') || before.includes('non');
    ctx.quantities.push({
      span: [tokens[start]!.start, tokens[end]!.end],
      low: f.low,
      high: f.high,
      value: f.value,
      unit,
      head,
      negated,
    });
    addKey(ctx, i, `N:${f.value}`, NUMBER_WEIGHT);
    if (unit) addKey(ctx, i, `unit:${unit}`, 0.3);
    i = end;
  }
}

/** "03/12/2014", "26.01.2015", "2014-12-03": one separator, twice (not "3.5-4.5", a range). Sticky: read in place. */
const NUMERIC_DATE = /(?:\d{1,2}([/.-])\d{1,2}\1\d{2,4}|\d{4}([/.-])\d{1,2}\2\d{1,2})(?!\d)/y;

function numericDateAt(text: string, at: number): RegExpExecArray | null {
  NUMERIC_DATE.lastIndex = at;
  return NUMERIC_DATE.exec(text);
}

/**
 * Unit symbols read only when written onto a figure ("40C", "60W", "6in", "5t"): after a space they are other words
 * ("in", "t") or initials. Longer symbols ("km", "mg", "GB", "mph") are in the cue files' units, spaced or not.
 */
const GLUED_UNITS: Readonly<Record<string, string>> = {
  c: 'c',
  f: 'f',
  g: 'g',
  l: 'l',
  t: 'ton',
  w: 'w',
  in: 'in',
  mi: 'mile',
};

/** A token written onto the figure, or after a degree sign ("45°C"). */
function glued(ctx: SentenceContext, figure: Token, next: Token): boolean {
  return (
    figure.isNumber && (next.start === figure.end || (next.start === figure.end + 1 && ctx.text[figure.end] === '°'))
  );
}

function isMonth(ctx: SentenceContext, folded: string): boolean {
  return ctx.res.code === 'fr' ? FR_MONTHS.has(folded) : EN_MONTHS.has(folded);
}

const EN_MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const FR_MONTHS = new Set(
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre'.split(' '),
);
