// Markdown to plain text, keeping paragraphs; front matter (title, author, date, url, outlet) becomes metadata.
import type { ParsedArticle } from './types';

export function parseMarkdown(source: string, fallbackTitle: string): ParsedArticle {
  let body = source;
  const meta: Record<string, string> = {};
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const m = /^(\w+):\s*"?(.*?)"?\s*$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!;
    }
    body = source.slice(front[0].length);
  }
  let title = meta.title;
  const text = body
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/gm, (_m, hashes: string, heading: string) => {
      if (!title && hashes.length === 1) title = heading;
      return heading;
    })
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '');
  return {
    title: title ?? fallbackTitle,
    text,
    outlet: meta.outlet ?? meta.publisher ?? meta.site ?? null,
    authors: meta.author ? [meta.author] : [],
    publishedAt: meta.date ?? null,
    url: meta.url ?? null,
  };
}
