// Zotero's export files as the same items the data directory gives (items.ts): Zotero RDF (with the files/
// folder Zotero writes beside it when "Export Files" is ticked), RIS (its L1 lines name those files) and CSL
// JSON (metadata only). An item's file must be inside the export's folder. RIS is a line format and CSL JSON is
// JSON, read here directly; RDF/XML goes through the strict XML reader.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/errors';
import {
  childNamed,
  childrenNamed,
  descendantsNamed,
  parseXmlTree,
  type XmlReadError,
  type XmlElement,
} from '../../exchange/xml-tree';
import { MAX_TEXT_FILE_BYTES, megabytes } from '../limits';
import { PRESS_TYPES, type ZoteroItem } from './items';

export const EXPORT_EXTENSIONS = ['.rdf', '.ris', '.json'] as const;

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

interface Draft {
  type: string;
  title: string;
  outlet: string | null;
  date: string | null;
  url: string | null;
  language: string | null;
  authors: string[];
  tags: string[];
  collections: string[];
  files: string[];
}

const blank = (type: string): Draft => ({
  type,
  title: 'Untitled',
  outlet: null,
  date: null,
  url: null,
  language: null,
  authors: [],
  tags: [],
  collections: [],
  files: [],
});

/** The export's file named `relative`, if it is inside the export's folder. */
function fileIn(folder: string, relative: string): { file: string | null; problem?: string } {
  const clean = decodeURIComponent(relative.replace(/^file:\/\//, ''));
  const file = path.resolve(folder, clean);
  if (!file.startsWith(folder + path.sep)) return { file: null, problem: 'its file is outside the export’s folder' };
  return { file };
}

function toItem(d: Draft, index: number, folder: string, format: string): ZoteroItem {
  const first = d.files.find((f) => CONTENT_TYPES[path.extname(f).toLowerCase()]);
  const located = first ? fileIn(folder, first) : null;
  const attachment = first
    ? {
        key: `FILE${index}`,
        contentType: CONTENT_TYPES[path.extname(first).toLowerCase()]!,
        file: located!.file,
        ...(located!.problem ? { problem: located!.problem } : {}),
      }
    : null;
  const press = (PRESS_TYPES as readonly string[]).includes(d.type);
  const leftOut = !press
    ? `a “${d.type}” item is not a press article; Parallax imports newspaper and magazine articles, web pages and blog posts`
    : !attachment
      ? `${format} holds no file for it, so there is no text to import (export from Zotero with “Export Files” ticked, as Zotero RDF or RIS)`
      : attachment.file === null
        ? `its attachment cannot be read: ${attachment.problem}`
        : undefined;
  return {
    key: `ITEM${index}`,
    type: d.type,
    title: d.title,
    outlet: d.outlet,
    date: d.date,
    url: d.url,
    language: d.language,
    authors: d.authors,
    tags: d.tags,
    collections: d.collections,
    attachment,
    ...(leftOut ? { leftOut } : {}),
  };
}

const RIS_TYPES: Readonly<Record<string, string>> = {
  NEWS: 'newspaperArticle',
  MGZN: 'magazineArticle',
  ELEC: 'webpage',
  BLOG: 'blogPost',
  JOUR: 'journalArticle',
  BOOK: 'book',
};

export function readRis(text: string, folder: string): ZoteroItem[] {
  const drafts: Draft[] = [];
  let d: Draft | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9]) {2}-( (.*))?$/.exec(line);
    if (!m) continue;
    const [, tag, , raw] = m;
    const value = (raw ?? '').trim();
    if (tag === 'TY') d = blank(RIS_TYPES[value] ?? value.toLowerCase());
    if (!d) continue;
    switch (tag) {
      case 'TI':
      case 'T1':
        d.title = value || d.title;
        break;
      case 'T2':
      case 'JO':
      case 'JF':
        d.outlet ??= value || null;
        break;
      case 'AU':
      case 'A1': {
        const [family, given] = value.split(/,\s*/);
        d.authors.push(given ? `${given} ${family}` : value);
        break;
      }
      case 'DA':
      case 'PY':
      case 'Y1':
        d.date ??= value.replace(/\//g, '-').replace(/-+$/, '') || null;
        break;
      case 'UR':
        d.url ??= value || null;
        break;
      case 'LA':
        d.language ??= value || null;
        break;
      case 'KW':
        if (value) d.tags.push(value);
        break;
      case 'L1':
      case 'L2':
      case 'L4':
        if (value) d.files.push(value);
        break;
      case 'ER':
        drafts.push(d);
        d = null;
        break;
    }
  }
  return drafts.map((x, i) => toItem(x, i + 1, folder, 'The RIS file'));
}

const CSL_TYPES: Readonly<Record<string, string>> = {
  'article-newspaper': 'newspaperArticle',
  'article-magazine': 'magazineArticle',
  webpage: 'webpage',
  'post-weblog': 'blogPost',
  'article-journal': 'journalArticle',
  book: 'book',
};

export function readCslJson(text: string, folder: string): ZoteroItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError('unsupported', 'The file is not valid JSON, so not a CSL JSON export.');
  }
  if (!Array.isArray(data)) throw new ApiError('unsupported', 'The file is not a CSL JSON export (a list of items).');
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return data.map((raw: Record<string, unknown>, i) => {
    const d = blank(CSL_TYPES[String(raw?.type)] ?? String(raw?.type ?? 'unknown'));
    d.title = str(raw.title) ?? d.title;
    d.outlet = str(raw['container-title']);
    d.url = str(raw.URL);
    d.language = str(raw.language);
    const parts = (raw.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
    if (parts?.length === 3) d.date = parts.map((p, k) => String(p).padStart(k ? 2 : 4, '0')).join('-');
    for (const a of Array.isArray(raw.author) ? (raw.author as Record<string, unknown>[]) : []) {
      const name = str(a.literal) ?? [str(a.given), str(a.family)].filter(Boolean).join(' ');
      if (name) d.authors.push(name);
    }
    for (const k of String(raw.keyword ?? '').split(/,\s*/)) if (k.trim()) d.tags.push(k.trim());
    return toItem(d, i + 1, folder, 'CSL JSON');
  });
}

const textOf = (e: XmlElement | undefined, name: string) => {
  const c = e && childNamed(e, name);
  return c?.text.trim() || null;
};

export function readZoteroRdf(text: string, folder: string): ZoteroItem[] {
  let root: XmlElement;
  try {
    root = parseXmlTree(text);
  } catch (err) {
    throw new ApiError(
      'unsupported',
      `The file is not a readable Zotero RDF export: ${(err as XmlReadError).message}.`,
    );
  }
  if (root.name !== 'RDF' || root.uri !== RDF)
    throw new ApiError('unsupported', 'The file is not a Zotero RDF export.');
  const about = (e: XmlElement) => e.attributes.get(`{${RDF}}about`) ?? '';
  const resource = (e: XmlElement) => e.attributes.get(`{${RDF}}resource`) ?? '';
  const attachments = new Map<string, string[]>();
  for (const a of root.children.filter((c) => c.name === 'Attachment')) {
    const files = childrenNamed(a, 'resource').map(resource).filter(Boolean);
    attachments.set(about(a), files);
  }
  const collections = new Map<string, string[]>();
  for (const c of root.children.filter((x) => x.name === 'Collection')) {
    const name = textOf(c, 'title');
    if (!name) continue;
    for (const part of childrenNamed(c, 'hasPart'))
      collections.set(resource(part), [...(collections.get(resource(part)) ?? []), name]);
  }
  const items: ZoteroItem[] = [];
  for (const e of root.children) {
    if (e.name === 'Attachment' || e.name === 'Collection' || e.name === 'Memo') continue;
    const type = textOf(e, 'itemType');
    if (!type) continue;
    const d = blank(type);
    d.title = textOf(e, 'title') ?? d.title;
    d.date = textOf(e, 'date');
    d.language = textOf(e, 'language');
    const container = childNamed(e, 'isPartOf')?.children[0];
    d.outlet = textOf(container, 'title');
    const uri = childNamed(e, 'identifier')?.children.find((c) => c.name === 'URI');
    d.url = textOf(uri, 'value');
    const authors = childNamed(e, 'authors');
    for (const p of authors ? descendantsNamed(authors, 'Person') : []) {
      const name = [textOf(p, 'givenName'), textOf(p, 'surname')].filter(Boolean).join(' ');
      if (name) d.authors.push(name);
    }
    for (const s of childrenNamed(e, 'subject')) {
      const tag = s.text.trim() || textOf(s.children[0], 'value');
      if (tag) d.tags.push(tag);
    }
    d.collections = collections.get(about(e)) ?? [];
    for (const l of childrenNamed(e, 'link')) d.files.push(...(attachments.get(resource(l)) ?? []));
    items.push(toItem(d, items.length + 1, folder, 'The RDF file'));
  }
  return items;
}

/** The items of a Zotero export file, by its extension. */
export function readZoteroExport(file: string): ZoteroItem[] {
  const ext = path.extname(file).toLowerCase();
  const stat = fs.statSync(file);
  if (stat.size > MAX_TEXT_FILE_BYTES)
    throw new ApiError('too_large', `${path.basename(file)} is over ${megabytes(MAX_TEXT_FILE_BYTES)}.`);
  const text = fs.readFileSync(file, 'utf8');
  const folder = path.dirname(fs.realpathSync(file));
  if (ext === '.ris') return readRis(text, folder);
  if (ext === '.json') return readCslJson(text, folder);
  if (ext === '.rdf') return readZoteroRdf(text, folder);
  throw new ApiError(
    'unsupported',
    `${path.basename(file)}: Parallax reads Zotero RDF (.rdf), RIS (.ris) and CSL JSON (.json) exports.`,
  );
}
