// The items of a Zotero database as Parallax sees them: press articles (newspaper and magazine articles, web
// pages, blog posts) and stand-alone snapshots or PDFs, with their metadata, collections, tags and the file
// whose text becomes the article (a snapshot before a PDF). Other item types are listed with the reason they
// are left out. Prepared statements only; the database is Parallax's private copy (database.ts).
import path from 'node:path';
import type { ZoteroDatabase } from './database';

export const PRESS_TYPES = ['newspaperArticle', 'magazineArticle', 'webpage', 'blogPost'] as const;

/** Fields that name the outlet, by item type (the type-specific fields Zotero maps to publicationTitle). */
const OUTLET_FIELDS = ['publicationTitle', 'websiteTitle', 'blogTitle'];

export interface ZoteroAttachment {
  readonly key: string;
  readonly contentType: string;
  /** The file on disk, or null with `problem` saying why it cannot be read. */
  readonly file: string | null;
  readonly problem?: string;
}

export interface ZoteroItem {
  readonly key: string;
  readonly type: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly authors: readonly string[];
  readonly tags: readonly string[];
  readonly collections: readonly string[];
  readonly attachment: ZoteroAttachment | null;
  /** Why the item is not imported (another item type, no file). */
  readonly leftOut?: string;
}

interface Row {
  itemID: number;
  key: string;
  typeName: string;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  book: 'a book',
  bookSection: 'a book section',
  journalArticle: 'a journal article',
  report: 'a report',
  thesis: 'a thesis',
  document: 'a document',
};

/** Where an attachment's file is: storage:NAME is storage/KEY/NAME; a linked file is its own absolute path. */
function attachmentFile(z: ZoteroDatabase, key: string, linkMode: number, stored: string | null) {
  if (!stored) return { file: null, problem: 'it has no file' };
  if (stored.startsWith('storage:')) {
    const folder = path.join(z.directory, 'storage', key);
    const file = path.resolve(folder, stored.slice('storage:'.length));
    if (!file.startsWith(folder + path.sep)) return { file: null, problem: 'its file name leads outside storage/' };
    return { file };
  }
  if (stored.startsWith('attachments:'))
    return { file: null, problem: 'it is linked relative to a base folder set in Zotero; import that file directly' };
  // A linked file is read only when its name says what Zotero says it is, so a crafted database cannot make
  // Parallax import an arbitrary file of the user's (a key, a password store) as an article.
  if (linkMode === 2 && path.isAbsolute(stored)) {
    return /\.(html?|xhtml|pdf|txt|png|jpe?g|tiff?)$/i.test(stored)
      ? { file: stored }
      : { file: null, problem: 'its linked file is not a web page, PDF, text or image by its name' };
  }
  return { file: null, problem: 'it is a link to a web page, not a file' };
}

const READABLE = /^(text\/html|application\/xhtml\+xml|application\/pdf|text\/plain|image\/(png|jpeg|tiff))$/;
const PREFERENCE = ['text/html', 'application/xhtml+xml', 'application/pdf', 'text/plain'];

function rank(contentType: string): number {
  const i = PREFERENCE.indexOf(contentType);
  return i < 0 ? PREFERENCE.length : i;
}

export function listZoteroItems(z: ZoteroDatabase): ZoteroItem[] {
  const db = z.db;
  const rows = db
    .prepare(
      `SELECT i.itemID, i.key, t.typeName FROM items i JOIN itemTypesCombined t ON t.itemTypeID = i.itemTypeID
       WHERE i.itemID NOT IN (SELECT itemID FROM deletedItems)
         AND t.typeName NOT IN ('note', 'annotation')
         AND NOT (t.typeName = 'attachment' AND i.itemID IN
               (SELECT itemID FROM itemAttachments WHERE parentItemID IS NOT NULL))
       ORDER BY i.dateAdded, i.itemID`,
    )
    .all() as Row[];
  const fields = db.prepare(
    `SELECT f.fieldName AS name, v.value FROM itemData d JOIN fieldsCombined f ON f.fieldID = d.fieldID
     JOIN itemDataValues v ON v.valueID = d.valueID WHERE d.itemID = ?`,
  );
  const creators = db.prepare(
    `SELECT c.firstName, c.lastName, c.fieldMode, t.creatorType FROM itemCreators ic
     JOIN creators c ON c.creatorID = ic.creatorID JOIN creatorTypes t ON t.creatorTypeID = ic.creatorTypeID
     WHERE ic.itemID = ? ORDER BY ic.orderIndex`,
  );
  const tags = db.prepare(
    'SELECT t.name FROM itemTags it JOIN tags t ON t.tagID = it.tagID WHERE it.itemID = ? ORDER BY t.name',
  );
  const collections = db.prepare(
    `SELECT c.collectionName FROM collectionItems ci JOIN collections c ON c.collectionID = ci.collectionID
     WHERE ci.itemID = ? ORDER BY c.collectionName`,
  );
  const attachments = db.prepare(
    `SELECT i.key, a.linkMode, a.contentType, a.path FROM itemAttachments a JOIN items i ON i.itemID = a.itemID
     WHERE (a.parentItemID = ? OR a.itemID = ?) AND i.itemID NOT IN (SELECT itemID FROM deletedItems)`,
  );
  return rows.map((r) => {
    const f = new Map(
      (fields.all(r.itemID) as { name: string; value: unknown }[]).map((x) => [x.name, String(x.value)]),
    );
    const people = creators.all(r.itemID) as {
      firstName: string | null;
      lastName: string | null;
      fieldMode: number | null;
      creatorType: string;
    }[];
    const authors = (
      people.some((p) => p.creatorType === 'author') ? people.filter((p) => p.creatorType === 'author') : people
    )
      .map((p) => (p.fieldMode === 1 ? (p.lastName ?? '') : [p.firstName, p.lastName].filter(Boolean).join(' ')).trim())
      .filter(Boolean);
    const files = (
      attachments.all(r.itemID, r.itemID) as {
        key: string;
        linkMode: number;
        contentType: string | null;
        path: string | null;
      }[]
    )
      .filter((a) => READABLE.test(a.contentType ?? ''))
      .sort((a, b) => rank(a.contentType!) - rank(b.contentType!));
    const best = files[0];
    const attachment = best
      ? { key: best.key, contentType: best.contentType!, ...attachmentFile(z, best.key, best.linkMode, best.path) }
      : null;
    const press = (PRESS_TYPES as readonly string[]).includes(r.typeName) || r.typeName === 'attachment';
    const leftOut = !press
      ? `${TYPE_NAMES[r.typeName] ?? `a “${r.typeName}” item`} is not a press article; Parallax imports newspaper and magazine articles, web pages and blog posts`
      : !attachment
        ? 'it has no snapshot or PDF in Zotero, so there is no text to import (save a snapshot in Zotero, or import the article’s file)'
        : attachment.file === null
          ? `its attachment cannot be read: ${attachment.problem}`
          : undefined;
    return {
      key: r.key,
      type: r.typeName,
      title: f.get('title')?.trim() || 'Untitled',
      outlet: OUTLET_FIELDS.map((n) => f.get(n)).find((v) => v?.trim()) ?? null,
      date: f.get('date') ?? null,
      url: f.get('url') ?? null,
      language: f.get('language') ?? null,
      authors,
      tags: (tags.all(r.itemID) as { name: string }[]).map((t) => t.name),
      collections: (collections.all(r.itemID) as { collectionName: string }[]).map((c) => c.collectionName),
      attachment,
      ...(leftOut ? { leftOut } : {}),
    };
  });
}
