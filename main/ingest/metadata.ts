// A parsed file's metadata held to the API's own rules (shared/api.ts `articleField`) before it is stored, so a
// field that came from a file never makes "Save" fail later on a field the researcher did not touch. What cannot
// be made valid is dropped, never stored: a javascript: URL, a 5,000-character "outlet", an unreadable date.
import { articleField } from '../../shared/api';
import { toIsoDate } from './dates';
import type { ParsedArticle } from './types';

/** Control characters out, runs of white space (line breaks included) to one space. */
export function oneLine(value: string): string {
  return value
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function valid<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, v: unknown) {
  const r = schema.safeParse(v);
  return r.success ? r.data : null;
}

/** Cuts a long title at a word boundary within the limit. */
function shortTitle(title: string, max = 500): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trim()}…`;
}

function names(values: readonly string[] | undefined, schema: typeof articleField.author, max = 50): string[] {
  const out = new Set<string>();
  for (const v of values ?? []) {
    const name = valid(schema, oneLine(v));
    if (name) out.add(name);
    if (out.size >= max) break;
  }
  return [...out];
}

export function normaliseMetadata(parsed: ParsedArticle, fallbackTitle: string): ParsedArticle {
  // "fr-FR", "en_GB" and "EN" name a language as well as "fr" and "en".
  const language = parsed.language
    ? valid(articleField.language, parsed.language.trim().toLowerCase().split(/[-_]/)[0])
    : null;
  return {
    title: valid(articleField.title, shortTitle(oneLine(parsed.title))) ?? fallbackTitle,
    text: parsed.text,
    outlet: (parsed.outlet && valid(articleField.outlet, oneLine(parsed.outlet))) || null,
    authors: names(parsed.authors, articleField.author),
    publishedAt: toIsoDate(parsed.publishedAt),
    url: (parsed.url && valid(articleField.url, parsed.url.trim())) || null,
    ...(language ? { language } : {}),
    ...(parsed.tags?.length ? { tags: names(parsed.tags, articleField.tag) } : {}),
    ...(parsed.stories?.length ? { stories: names(parsed.stories, articleField.story) } : {}),
    ...(parsed.dateline ? { dateline: oneLine(parsed.dateline) } : {}),
  };
}
