// A plain-text news article as wires and newspapers write it: a headline on the first line, then a dateline
// ("PARIS, 29 juin (AFP) -", "BEIRUT, June 29 (Reuters) -"). The headline becomes the title and the dateline
// metadata (the agency as outlet, a date with its year as the publication date), so neither becomes a claim.
import type { ParsedArticle } from './types';

const AGENCIES = new Set(
  [
    'AFP',
    'AP',
    'Reuters',
    'dpa',
    'ANSA',
    'EFE',
    'ATS',
    'Belga',
    'Xinhua',
    'Anadolu',
    'AA',
    'SANA',
    'TASS',
    'RIA',
    'Interfax',
    'UPI',
    'IRNA',
    'QNA',
    'MENA',
    'Kyodo',
    'PA',
  ].map((a) => a.toLowerCase()),
);

const DATELINE =
  /^(\p{Lu}[\p{L}'’. -]{1,40}?)(?:\s*\(([^()\n]{1,30})\))?(?:,\s*([^()\n–—-]{3,40}?))?\s*(?:\(([^()\n]{1,30})\))?\s*[-–—]{1,2}\s+/u;

/** A first line that reads as a headline: short, one line, no sentence ending, and followed by the body. */
function isHeadline(line: string, rest: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    line.length >= 3 &&
    line.length <= 200 &&
    words <= 30 &&
    !/[.,;:]$/.test(line) &&
    !DATELINE.test(line + ' ') &&
    rest.replace(/\s+/g, '').length >= line.length
  );
}

export interface Dateline {
  readonly text: string;
  readonly agency: string | null;
  readonly date: string | null;
}

/** The dateline at the start of `body`, when there is one. */
export function findDateline(body: string): Dateline | null {
  const m = DATELINE.exec(body);
  if (!m) return null;
  const [, , region, date] = m;
  // "PARIS (AFP) -": the parenthesis after the place is the agency, not a region as in "DERAA (Syrie), 29 juin".
  const agency = m[4] ?? (region && AGENCIES.has(region.trim().toLowerCase()) ? region : undefined);
  if (!agency && !date) return null;
  if (agency && !AGENCIES.has(agency.trim().toLowerCase()) && !date) return null;
  return { text: m[0].trim().replace(/\s*[-–—]+$/, ''), agency: agency?.trim() ?? null, date: date?.trim() ?? null };
}

export function parsePlainText(source: string, fallbackTitle: string): ParsedArticle {
  let text = source.replace(/\r\n?/g, '\n').trim();
  let title = fallbackTitle;
  const firstBreak = text.indexOf('\n');
  if (firstBreak > 0) {
    const first = text.slice(0, firstBreak).trim();
    const rest = text.slice(firstBreak + 1).trim();
    if (isHeadline(first, rest)) {
      title = first;
      text = rest;
    }
  }
  const dateline = findDateline(text);
  if (dateline) text = text.slice(DATELINE.exec(text)![0].length);
  return {
    title,
    text,
    outlet: dateline?.agency ?? null,
    authors: [],
    publishedAt: dateline?.date ?? null,
    url: null,
    ...(dateline ? { dateline: dateline.text } : {}),
  };
}
