// Saved web pages: the main text by Mozilla's Readability over a linkedom document, and the metadata from
// <title>, <meta>, Open Graph and JSON-LD. Nothing in the page is executed, and only plain text is kept.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedArticle } from './types';

type Json = Record<string, unknown>;

// The few DOM shapes used here (main/ has no DOM library types; linkedom provides the objects).
interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode>;
}
interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}
interface DomDocument extends DomElement {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  toString(): string;
}

function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

function jsonLd(doc: DomDocument): Json[] {
  const out: Json[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent ?? '') as unknown;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object') {
          out.push(item as Json);
          const graph = (item as Json)['@graph'];
          if (Array.isArray(graph)) out.push(...(graph.filter((g) => g && typeof g === 'object') as Json[]));
        }
      }
    } catch {
      // broken JSON-LD is common; the other sources of metadata still count
    }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(', ') || null;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return (v as Json).name as string;
  return null;
}

/** Block elements end a paragraph: text keeps its paragraph breaks. */
function blockText(root: DomElement): string {
  const parts: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as DomElement;
    const tag = el.tagName.toLowerCase();
    if (['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'button', 'form'].includes(tag)) return;
    const block = /^(p|div|h[1-6]|li|blockquote|section|article|header|footer|tr|pre|figcaption|br)$/.test(tag);
    if (block) parts.push('\n');
    for (const child of el.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function parseHtml(source: string, fallbackTitle: string): ParsedArticle {
  const document = parseDocument(
    source.includes('<html') ? source : `<!doctype html><html><body>${source}</body></html>`,
  );
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ld = jsonLd(document).find((x) => /Article|Posting|Report/i.test(String(x['@type'] ?? ''))) ?? {};
  const lang = document.documentElement?.getAttribute('lang');

  // Readability changes the document it reads: give it a copy, and keep the original for the fallback.
  let text = '';
  let readableTitle: string | null = null;
  try {
    const copy = parseHTML(document.toString()).document;
    const article = new Readability(copy as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 200,
    }).parse();
    if (article?.content) {
      const content = parseDocument(`<!doctype html><html><body>${article.content}</body></html>`);
      if (content.body) text = blockText(content.body);
      readableTitle = article.title ?? null;
    }
  } catch {
    // fall back to the page's own body text below
  }
  if (text.length < 200 && document.body) {
    const body = blockText(document.body);
    if (body.length > text.length) text = body;
  }
  const title =
    nameOf(ld.headline) ??
    meta('meta[property="og:title"]') ??
    readableTitle ??
    document.querySelector('title')?.textContent?.trim() ??
    fallbackTitle;
  const author = nameOf(ld.author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  return {
    title: title || fallbackTitle,
    text,
    outlet: nameOf(ld.publisher) ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    authors: author ? author.split(/\s*,\s*|\s+and\s+/).filter(Boolean) : [],
    // Checked and made an ISO date with every other field, in metadata.ts.
    publishedAt:
      nameOf(ld.datePublished) ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[name="date"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    url:
      meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    ...(lang ? { language: lang } : {}),
  };
}
