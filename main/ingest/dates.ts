// Publication dates from whatever a file says ("2018-06-29T10:00:00+03:00", "June 5, 2018", "5 juin 2018") to
// the ISO date the library keeps, through one date library (chrono-node, English and French). A date without a
// year ("29 juin" in a dateline) is not guessed.
import * as chrono from 'chrono-node';
import { articleField } from '../../shared/api';

const PARSERS = [chrono.en.strict, chrono.fr.strict];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIsoDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  // An ISO date keeps the day it was written for, not the day in UTC.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text)?.[1];
  if (iso) return articleField.publishedAt.safeParse(iso).success ? iso : null;
  for (const parser of PARSERS) {
    const start = parser.parse(text.slice(0, 200))[0]?.start;
    if (!start || !start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year')!;
    if (year < 1800 || year > new Date().getFullYear() + 1) continue;
    const date = `${pad(year, 4)}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
    if (articleField.publishedAt.safeParse(date).success) return date;
  }
  return null;
}
