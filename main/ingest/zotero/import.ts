// Importing from a Zotero data directory: each press article's snapshot or PDF through the same parsers as any
// file (in the parse worker), with Zotero's metadata winning over what the file says; collections become
// stories and tags stay tags. One outcome per item: imported, duplicate, skipped (with why) or failed (why).
import path from 'node:path';
import type { ImportResult } from '../../../shared/domain';
import type { Db } from '../../library/open';
import { importBytes, readImportable, type KnownMetadata } from '../import';
import { normaliseMetadata } from '../metadata';
import fs from 'node:fs';
import { getArticle, updateArticle } from '../../library/articles';
import { openZoteroDirectory } from './database';
import { readZoteroExport } from './exports';
import { listZoteroItems, type ZoteroItem } from './items';

export interface ZoteroImportOptions {
  /** Only these items (by Zotero key); all when absent. */
  readonly keys?: readonly string[];
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: ImportResult) => void;
  /** The library's language for scans (after the item's own); none to detect. */
  readonly scanLanguage?: string;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  anglais: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
};

const EXTENSIONS: Readonly<Record<string, string>> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/tiff': '.tif',
};

/** Zotero's metadata held to the same rules as a file's (metadata.ts). */
export function zoteroMetadata(item: ZoteroItem, via: string): KnownMetadata {
  const language = item.language ? (LANGUAGE_NAMES[item.language.trim().toLowerCase()] ?? item.language) : undefined;
  const meta = normaliseMetadata(
    {
      title: item.title,
      text: '',
      outlet: item.outlet,
      authors: item.authors,
      publishedAt: item.date,
      url: item.url,
      ...(language ? { language } : {}),
      tags: item.tags,
      stories: item.collections,
    },
    item.title,
  );
  return {
    ...(item.title !== 'Untitled' ? { title: meta.title } : {}),
    outlet: meta.outlet,
    authors: meta.authors,
    publishedAt: meta.publishedAt,
    url: meta.url,
    ...(meta.language ? { language: meta.language } : {}),
    tags: meta.tags ?? [],
    stories: meta.stories ?? [],
    provenance: `${via} item ${item.key}`,
  };
}

export function itemLabel(item: Pick<ZoteroItem, 'title' | 'key'>): string {
  return `${item.title} (Zotero ${item.key})`;
}

/** One item: its file read (never more than the import limits allow) and imported, or the reason it was not. */
export async function importZoteroItem(
  db: Db,
  item: ZoteroItem,
  via: string,
  scanLanguage?: string,
): Promise<ImportResult> {
  const file = itemLabel(item);
  if (item.leftOut) return { file, status: 'skipped', reason: item.leftOut };
  const source = item.attachment!.file!;
  let bytes: Uint8Array;
  try {
    bytes = await readImportable(source, EXTENSIONS[item.attachment!.contentType]);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `its file ${path.basename(source)} is not in the data directory (not synced, or removed)`
        : err instanceof Error
          ? err.message
          : String(err);
    return { file, status: 'failed', reason };
  }
  // The parser is chosen by extension: the attachment's content type says which.
  const name = `${path.basename(source, path.extname(source))}${EXTENSIONS[item.attachment!.contentType] ?? path.extname(source)}`;
  const outcome = await importBytes(db, name, bytes, {
    metadata: zoteroMetadata(item, via),
    ...(scanLanguage ? { scanLanguage } : {}),
  });
  return { ...outcome, file };
}

export interface ZoteroSource {
  readonly directory: string;
  readonly schema: number;
  readonly warning: string | null;
  readonly items: readonly ZoteroItem[];
  /** 'Zotero' for a data directory, the export's file name for an export. */
  readonly via: string;
}

/** A data directory, or one of Zotero's export files (Zotero RDF, RIS, CSL JSON). */
export function readZoteroSource(given: string): ZoteroSource {
  const resolved = path.resolve(given);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isFile()) {
    return {
      directory: resolved,
      schema: 0,
      warning: null,
      items: readZoteroExport(resolved),
      via: `Zotero export ${path.basename(resolved)},`,
    };
  }
  const z = openZoteroDirectory(given);
  return { directory: z.directory, schema: z.schema, warning: z.warning, items: listZoteroItems(z), via: 'Zotero' };
}

/**
 * An item with no file to read (a CSL JSON export, say) whose URL is an article's already in the library:
 * Zotero's details fill in what that article lacks, and its tags and collections are added.
 */
function fillIn(db: Db, item: ZoteroItem, via: string): ImportResult | null {
  if (item.attachment || !item.url) return null;
  const meta = zoteroMetadata(item, via);
  if (!meta.url) return null;
  const id = db.prepare('SELECT id FROM articles WHERE url = ? AND deleted_at IS NULL').pluck().get(meta.url) as
    number | undefined;
  if (id === undefined) return null;
  const a = getArticle(db, id);
  updateArticle(db, id, {
    ...(!a.outlet && meta.outlet ? { outlet: meta.outlet } : {}),
    ...(!a.authors.length && meta.authors?.length ? { authors: meta.authors } : {}),
    ...(!a.publishedAt && meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    tags: [...new Set([...a.tags, ...(meta.tags ?? [])])],
    stories: [...new Set([...a.stories, ...(meta.stories ?? [])])],
  });
  return {
    file: itemLabel(item),
    status: 'duplicate',
    id,
    reason: `it has no text here, and article ${id} has its URL: that article's missing details, tags and stories were filled in from Zotero`,
  };
}

export async function importZoteroDirectory(
  db: Db,
  directory: string,
  options: ZoteroImportOptions = {},
): Promise<{ readonly outcomes: ImportResult[]; readonly warning: string | null }> {
  const z = readZoteroSource(directory);
  const wanted = options.keys ? new Set(options.keys) : null;
  const items = z.items.filter((i) => !wanted || wanted.has(i.key));
  const outcomes: ImportResult[] = [];
  for (const key of wanted ?? []) {
    if (!items.some((i) => i.key === key))
      outcomes.push({
        file: `Zotero ${key}`,
        status: 'failed',
        reason: 'there is no such item in this Zotero library',
      });
  }
  for (const item of items) {
    if (options.signal?.aborted) break;
    const outcome = fillIn(db, item, z.via) ?? (await importZoteroItem(db, item, z.via, options.scanLanguage));
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return { outcomes, warning: z.warning };
}
