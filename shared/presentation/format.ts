// Dates and numbers in the reader's language, through Intl, for the UI and the exported reports alike.
import type { Locale } from './locale';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A publication day ("2018-06-29") as "29 juin 2018" / "June 29, 2018"; anything else is shown as given. */
export function formatDay(day: string | null | undefined, locale: Locale, style: 'long' | 'medium' = 'long'): string {
  if (!day) return '';
  const m = DAY.exec(day);
  if (!m) return day;
  // A calendar day, not an instant: format it in UTC so no time zone moves it to the day before.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** An instant (ISO 8601) as a date and time in the reader's time zone; anything unreadable is shown as given. */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A language's name in the reader's language ("anglais" for en in French); 'und' and unknown codes as given. */
export function languageName(code: string, locale: Locale): string {
  if (code === 'und') return code;
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** The first words of a claim, cut at a word boundary: how a claim is named where ids would mean nothing. */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
