// Importing from a Zotero data directory: each press article's snapshot or PDF through the same parsers as any
// file (in the parse worker), with Zotero's metadata winning over what the file says; collections become
// stories and tags stay tags. One outcome per item: imported, duplicate, skipped (with why) or failed (why).
import path from 'node:path';
import type { ImportResult } from '../../../shared/domain';
import type { Db } from '../../library/open';
import { importBytes, readImportable, type KnownMetadata } from '../import';
import { normaliseMetadata } from '../metadata';
import { openZoteroDirectory } from './database';
import { listZoteroItems, type ZoteroItem } from './items';

export interface ZoteroImportOptions {
  /** Only these items (by Zotero key); all when absent. */
  readonly keys?: readonly string[];
  readonly signal?: AbortSignal;
  readonly onOutcome?: (outcome: ImportResult) => void;
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
export async function importZoteroItem(db: Db, item: ZoteroItem, via: string): Promise<ImportResult> {
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
  const outcome = await importBytes(db, name, bytes, { metadata: zoteroMetadata(item, via) });
  return { ...outcome, file };
}

export async function importZoteroDirectory(
  db: Db,
  directory: string,
  options: ZoteroImportOptions = {},
): Promise<{ readonly outcomes: ImportResult[]; readonly warning: string | null }> {
  const z = openZoteroDirectory(directory);
  const wanted = options.keys ? new Set(options.keys) : null;
  const items = listZoteroItems(z).filter((i) => !wanted || wanted.has(i.key));
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
    const outcome = await importZoteroItem(db, item, 'Zotero');
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  return { outcomes, warning: z.warning };
}
