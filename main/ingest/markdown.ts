// Markdown to plain text, keeping paragraphs. YAML front matter is metadata, read whole (title, outlet, author or
// authors, date, url, language, tags, story); the first top-level heading is the headline: the title when the
// front matter gives none, and never repeated in the body.
import yaml from 'js-yaml';
import type { ParsedArticle } from './types';

type Front = Record<string, unknown>;

function frontMatter(source: string): { front: Front; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n?/.exec(source);
  if (!m) return { front: {}, body: source };
  let front: unknown;
  try {
    front = yaml.load(m[1]!, { json: true });
  } catch {
    front = null; // broken front matter: the body still imports
  }
  return {
    front: front && typeof front === 'object' && !Array.isArray(front) ? (front as Front) : {},
    body: source.slice(m[0].length),
  };
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(text).filter((x): x is string => x !== null);
  const one = text(v);
  return one ? one.split(/\s*,\s*/).filter(Boolean) : [];
}

export function parseMarkdown(source: string, fallbackTitle: string): ParsedArticle {
  const { front, body } = frontMatter(source.replace(/^\uFEFF/, ''));
  const get = (...keys: string[]) => keys.map((k) => text(front[k])).find((v) => v !== null) ?? null;
  let title = get('title');
  let headlineTaken = false;
  const plain = body
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/gm, (_m, hashes: string, heading: string) => {
      if (hashes.length === 1 && !headlineTaken) {
        headlineTaken = true;
        title ??= heading;
        return '';
      }
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
  const language = get('language', 'lang');
  const story = get('story');
  return {
    title: title ?? fallbackTitle,
    text: plain,
    outlet: get('outlet', 'publisher', 'site', 'source'),
    authors: list(front.authors ?? front.author),
    publishedAt: get('date', 'published', 'publishedAt'),
    url: get('url', 'link'),
    ...(language ? { language } : {}),
    tags: list(front.tags ?? front.keywords),
    ...(story ? { stories: [story] } : {}),
  };
}
