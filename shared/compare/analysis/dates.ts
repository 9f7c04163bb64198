// Stage 5, dates: what chrono-node reads in the sentence ("29 June 2018", "vendredi 29 juin", "26/01/2015",
// "Thursday"), keeping only what the text states (day, month, year, weekday), not what chrono guesses. Only
// sentences with a month or weekday name or a numeric date are parsed: chrono is the slowest stage.
import * as chrono from 'chrono-node';
import type { SentenceContext } from './context';
import type { DateMention } from './types';

const EN_NAMES = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const FR_NAMES = /\b(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;
const NUMERIC = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

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
    const c = r.start;
    const known = (k: chrono.Component) => (c.isCertain(k) ? c.get(k) ?? undefined : undefined);
    const d: DateMention = {
      span: [ctx.start + r.index, ctx.start + r.index + r.text.length],
      ...(known('day') !== undefined ? { day: known('day')! } : {}),
      ...(known('month') !== undefined ? { month: known('month')! } : {}),
      ...(known('year') !== undefined ? { year: known('year')! } : {}),
      ...(known('weekday') !== undefined ? { weekday: known('weekday') === 0 ? 7 : known('weekday')! } : {}),
    };
    // "May" the verb, "mars" the planet: a lone month name with no day or year says nothing reliable.
    if (d.day === undefined && d.weekday === undefined && d.year === undefined) continue;
    ctx.dates.push(d);
  }
}
