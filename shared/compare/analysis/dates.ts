// Stage 5, dates: what chrono-node reads in the sentence ("29 June 2018", "vendredi 29 juin", "26/01/2015",
// "Thursday"), keeping only what the text states (day, month, year, weekday), not what chrono guesses. Only
// sentences with a month or weekday name or a numeric date are parsed: chrono is the slowest stage.
import * as chrono from 'chrono-node';
import { addKey, isStopword, type SentenceContext } from './context';
import type { DateMention } from './types';

const EN_NAMES =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const FR_NAMES =
  /\b(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;
const UNTIL =
  /\b(until|till|through|up to|jusqu'(?:au|à|a|en)|jusqu’(?:au|à|a|en)|d'ici(?: au| à| le)?|d’ici(?: au| à| le)?)\s+(?:the\s+|le\s+)?$/i;
/**
 * The end of a span of days whose start chrono left out: "entre le 1er et 5 mars", "between 1 and 5 March", "du 3 au
 * 7 juin", "from 3 to 7 June", "3-7 June". The day it names is no single date of the event.
 */
const RANGE_END =
  /\b(?:(?:entre|between)\s+(?:le\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:et|and)|(?:du|from)\s+(?:le\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+(?:au|to))\s+(?:le\s+|the\s+)?$|\b\d{1,2}(?:er|st|nd|rd|th)?\s*[-–]\s*$/i;
const NUMERIC = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

const MONTH_AFTER_PREPOSITION =
  /\b(?:in|en|since|depuis|until|from|early|late|fin|d[ée]but)\s+(jan(?:uary|vier)?|feb(?:ruary)?|f[ée]vrier|march|mars|april|avril|may|mai|june|juin|july|juillet|august|ao[uû]t|september|septembre|october|octobre|november|novembre|december|d[ée]cembre)\b/giu;
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  fevrier: 2,
  march: 3,
  mars: 3,
  april: 4,
  avril: 4,
  may: 5,
  mai: 5,
  june: 6,
  juin: 6,
  july: 7,
  juillet: 7,
  august: 8,
  aout: 8,
  september: 9,
  septembre: 9,
  october: 10,
  octobre: 10,
  november: 11,
  novembre: 11,
  december: 12,
  decembre: 12,
};

/** "En août", "in September": a month the text names as when something happened (chrono leaves some out). */
function monthsAfterPrepositions(ctx: SentenceContext, sentence: string): void {
  for (const m of sentence.matchAll(MONTH_AFTER_PREPOSITION)) {
    const start = ctx.start + (m.index ?? 0) + m[0].length - m[1]!.length;
    if (ctx.dates.some((d) => d.span[0] <= start && start < d.span[1])) continue;
    const month = MONTH_NUMBER[m[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')];
    if (month) ctx.dates.push({ span: [start, start + m[1]!.length], month });
  }
}

const CLAUSE_OPENERS = new Set(['that', 'que', 'qu', 'whether', 'if', 'si']);

/**
 * The date follows a verb of saying, with only small words, names or a statement noun between ("said Sunday",
 * "told NBC News Thursday", "said in a statement on Sept. 20", "a déclaré lundi"): when it was said, not when it
 * happened. "Said the attack happened on Sunday" dates the attack.
 */
function isStatementDate(ctx: SentenceContext, start: number, end: number): boolean {
  const { tokens, res } = ctx;
  const at = tokens.findIndex((t) => t.start >= start);
  const between = (k: number) =>
    !isStopword(ctx, k) && !tokens[k]!.capitalised && !res.statementNouns.has(tokens[k]!.folded);
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    if (/[,;:()«»“”"]/.test(ctx.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
    // "Said that on Monday the storm…": what follows "that" is what was said, dated.
    if (CLAUSE_OPENERS.has(tokens[k]!.folded)) break;
    if (res.statementVerbs.has(tokens[k]!.folded)) return true;
    if (between(k)) break;
  }
  // "On Wednesday, CNN reported…", "On Monday, the coastguard said…": the saying verb after a date that opens the
  // sentence and its subject (a name, or one common noun after its article). "It flooded on Monday, police
  // said" dates the flood.
  if (at > 1 || (at === 1 && !/^(on|le)$/.test(tokens[0]!.folded))) return false;
  const after = tokens.findIndex((t) => t.start >= end);
  let nouns = 0;
  for (let k = after; k >= 0 && k < Math.min(tokens.length, after + 4); k++) {
    if (k > after && /[,;:()«»“”"]/.test(ctx.text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    if (res.statementVerbs.has(tokens[k]!.folded)) return true;
    if (between(k) && ++nouns > 1) break;
  }
  return false;
}

export function findDates(ctx: SentenceContext, reference?: Date): void {
  const sentence = ctx.text.slice(ctx.start, ctx.end);
  const names = ctx.res.code === 'fr' ? FR_NAMES : EN_NAMES;
  if (!names.test(sentence) && !NUMERIC.test(sentence)) return;
  const parser = ctx.res.code === 'fr' ? chrono.fr : chrono.en;
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(sentence, reference ?? new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return;
  }
  for (const r of results) {
    // Only what names a day: "now", "today" or "this week" resolve against a date the text does not give.
    if (!names.test(r.text) && !NUMERIC.test(r.text)) continue;
    const c = r.start;
    const known = (k: chrono.Component) => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
    // chrono includes "on", "le", "the": the span is the date itself.
    const lead = /^(?:on|the|le|la|du|au|this|ce)\s+/i.exec(r.text)?.[0].length ?? 0;
    // … and without the comma chrono sometimes keeps ("On Monday, the…").
    const trail = /[\s,;:]+$/.exec(r.text)?.[0].length ?? 0;
    const d: DateMention = {
      span: [ctx.start + r.index + lead, ctx.start + r.index + r.text.length - trail],
      ...(r.end || RANGE_END.test(sentence.slice(Math.max(0, r.index - 24), r.index + lead)) ? { range: true } : {}),
      ...(known('day') !== undefined ? { day: known('day')! } : {}),
      ...(known('month') !== undefined ? { month: known('month')! } : {}),
      ...(known('year') !== undefined ? { year: known('year')! } : {}),
      ...(known('weekday') !== undefined ? { weekday: known('weekday') === 0 ? 7 : known('weekday')! } : {}),
      // "Until 31 July", "jusqu'au 5 novembre": an end date (a deadline, an extension), compared with end dates.
      ...(UNTIL.test(sentence.slice(Math.max(0, r.index - 14), r.index + lead)) ? { until: true } : {}),
      ...(isStatementDate(ctx, ctx.start + r.index + lead, ctx.start + r.index + r.text.length) ? { said: true } : {}),
    };
    // "May" the verb, "mars" the planet: a lone month name counts only after "in", "en", "since", "depuis".
    if (d.day === undefined && d.weekday === undefined && d.year === undefined) {
      const before = sentence.slice(Math.max(0, r.index - 8), r.index).toLowerCase();
      if (!/\b(in|en|since|depuis|until|jusqu'en|d[eè]s|from|early|late|fin|d[ée]but|mi-?)\s*$/.test(before)) continue;
    }
    ctx.dates.push(d);
  }
  monthsAfterPrepositions(ctx, sentence);
  // A date is also something two sentences can share: "29 June" and "vendredi 29 juin" meet on one key.
  for (const d of ctx.dates) {
    const at = ctx.tokens.findIndex((t) => t.start >= d.span[0]);
    if (at < 0) continue;
    if (d.month !== undefined && d.day !== undefined) addKey(ctx, at, `D:${d.month}-${d.day}`, 1.0);
    else if (d.weekday !== undefined) addKey(ctx, at, `D:w${d.weekday}`, 0.5);
  }
}
