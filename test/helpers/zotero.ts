// Zotero data directories for tests, built from Zotero's real schema (../shared/data/zotero: userdata.sql,
// system.sql and triggers.sql from the zotero/zotero repository, schema.json from zotero/zotero-schema; see its
// SOURCE.txt), filled as Zotero fills them at start-up, then given items, collections, tags and attachments.
// Nothing of Zotero's schema is copied into the repository: the database is made at test time.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sharedDataFile } from './shared-data';

interface SchemaJson {
  readonly version: number;
  readonly itemTypes: readonly {
    readonly itemType: string;
    readonly fields: readonly { readonly field: string; readonly baseField?: string }[];
    readonly creatorTypes: readonly { readonly creatorType: string; readonly primary?: boolean }[];
  }[];
}

export interface TestZoteroItem {
  readonly key: string;
  readonly type: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly creators?: readonly { firstName?: string; lastName: string; single?: boolean; type?: string }[];
  readonly tags?: readonly string[];
  readonly collections?: readonly string[];
  readonly attachment?: {
    readonly key: string;
    readonly contentType: string;
    readonly fileName: string;
    readonly content?: Buffer | string;
    /** A path as Zotero stores it, instead of storage:fileName. */
    readonly path?: string;
    readonly linkMode?: number;
  };
  readonly deleted?: boolean;
}

const sql = (name: string) => fs.readFileSync(sharedDataFile('zotero', name), 'utf8');
const versionOf = (text: string) => Number(/^--\s*(\d+)/.exec(text)?.[1]);

/** A new zotero.sqlite with Zotero's schema and global data, as a fresh Zotero profile has it. */
export function createZoteroDatabase(file: string, options: { userdataVersion?: number } = {}): Database.Database {
  const db = new Database(file);
  const [system, userdata, triggers] = ['system.sql', 'userdata.sql', 'triggers.sql'].map(sql) as [
    string,
    string,
    string,
  ];
  db.exec(system);
  db.exec(userdata);
  db.exec(triggers);
  const schema = JSON.parse(fs.readFileSync(sharedDataFile('zotero', 'schema.json'), 'utf8')) as SchemaJson;
  const fieldIds = new Map<string, number>();
  const creatorIds = new Map<string, number>();
  const field = (name: string) => {
    let id = fieldIds.get(name);
    if (id === undefined) {
      id = fieldIds.size + 1;
      fieldIds.set(name, id);
      db.prepare('INSERT INTO fields (fieldID, fieldName, fieldFormatID) VALUES (?, ?, NULL)').run(id, name);
    }
    return id;
  };
  const creatorType = (name: string) => {
    let id = creatorIds.get(name);
    if (id === undefined) {
      id = creatorIds.size + 1;
      creatorIds.set(name, id);
      db.prepare('INSERT INTO creatorTypes (creatorTypeID, creatorType) VALUES (?, ?)').run(id, name);
    }
    return id;
  };
  db.transaction(() => {
    schema.itemTypes.forEach((t, i) => {
      const typeId = i + 1;
      db.prepare(
        'INSERT INTO itemTypes (itemTypeID, typeName, templateItemTypeID, display) VALUES (?, ?, NULL, 1)',
      ).run(typeId, t.itemType);
      t.fields.forEach((f, order) => {
        db.prepare('INSERT INTO itemTypeFields (itemTypeID, fieldID, hide, orderIndex) VALUES (?, ?, 0, ?)').run(
          typeId,
          field(f.field),
          order,
        );
        if (f.baseField)
          db.prepare('INSERT INTO baseFieldMappings (itemTypeID, baseFieldID, fieldID) VALUES (?, ?, ?)').run(
            typeId,
            field(f.baseField),
            field(f.field),
          );
      });
      for (const c of t.creatorTypes)
        db.prepare('INSERT INTO itemTypeCreatorTypes (itemTypeID, creatorTypeID, primaryField) VALUES (?, ?, ?)').run(
          typeId,
          creatorType(c.creatorType),
          c.primary ? 1 : 0,
        );
    });
    // The combined tables, as Zotero builds them at start-up (no custom types or fields here).
    db.exec(`
      INSERT INTO itemTypesCombined SELECT itemTypeID, typeName, display, 0 FROM itemTypes;
      INSERT INTO fieldsCombined SELECT fieldID, fieldName, NULL, fieldFormatID, 0 FROM fields;
      INSERT INTO itemTypeFieldsCombined SELECT itemTypeID, fieldID, hide, orderIndex FROM itemTypeFields;
      INSERT INTO baseFieldMappingsCombined SELECT itemTypeID, baseFieldID, fieldID FROM baseFieldMappings;
      INSERT INTO libraries (libraryID, type, editable, filesEditable) VALUES (1, 'user', 1, 1);
    `);
    const version = db.prepare('INSERT INTO version (schema, version) VALUES (?, ?)');
    version.run('system', versionOf(system));
    version.run('userdata', options.userdataVersion ?? versionOf(userdata));
    version.run('triggers', versionOf(triggers));
    version.run('globalSchema', schema.version);
  })();
  return db;
}

/** A Zotero data directory (zotero.sqlite and storage/) holding these items. */
export function createZoteroDirectory(
  directory: string,
  items: readonly TestZoteroItem[],
  options: { userdataVersion?: number } = {},
): void {
  fs.mkdirSync(path.join(directory, 'storage'), { recursive: true });
  const db = createZoteroDatabase(path.join(directory, 'zotero.sqlite'), options);
  const typeId = (name: string) =>
    db.prepare('SELECT itemTypeID FROM itemTypes WHERE typeName = ?').pluck().get(name) as number;
  const fieldId = (name: string) =>
    db.prepare('SELECT fieldID FROM fields WHERE fieldName = ?').pluck().get(name) as number;
  const addItem = (key: string, type: string) =>
    Number(
      db.prepare('INSERT INTO items (itemTypeID, libraryID, key) VALUES (?, 1, ?)').run(typeId(type), key)
        .lastInsertRowid,
    );
  const setField = (itemId: number, name: string, value: string) => {
    db.prepare('INSERT OR IGNORE INTO itemDataValues (value) VALUES (?)').run(value);
    const valueId = db.prepare('SELECT valueID FROM itemDataValues WHERE value = ?').pluck().get(value);
    db.prepare('INSERT INTO itemData (itemID, fieldID, valueID) VALUES (?, ?, ?)').run(itemId, fieldId(name), valueId);
  };
  const named = (table: 'tags' | 'collections', name: string) => {
    const column = table === 'tags' ? 'name' : 'collectionName';
    const found = db.prepare(`SELECT rowid FROM ${table} WHERE ${column} = ?`).pluck().get(name) as number | undefined;
    if (found !== undefined) return found;
    return Number(
      table === 'tags'
        ? db.prepare('INSERT INTO tags (name) VALUES (?)').run(name).lastInsertRowid
        : db
            .prepare('INSERT INTO collections (collectionName, libraryID, key) VALUES (?, 1, ?)')
            .run(
              name,
              `C${String(name.length).padStart(3, '0')}${Math.random().toString(36).slice(2, 6).toUpperCase()}`,
            ).lastInsertRowid,
    );
  };
  db.transaction(() => {
    for (const item of items) {
      const id = addItem(item.key, item.type);
      for (const [k, v] of Object.entries(item.fields)) setField(id, k, v);
      (item.creators ?? []).forEach((c, order) => {
        db.prepare('INSERT OR IGNORE INTO creators (firstName, lastName, fieldMode) VALUES (?, ?, ?)').run(
          c.single ? '' : (c.firstName ?? ''),
          c.lastName,
          c.single ? 1 : 0,
        );
        const creatorId = db
          .prepare('SELECT creatorID FROM creators WHERE firstName = ? AND lastName = ? AND fieldMode = ?')
          .pluck()
          .get(c.single ? '' : (c.firstName ?? ''), c.lastName, c.single ? 1 : 0);
        const type = db
          .prepare('SELECT creatorTypeID FROM creatorTypes WHERE creatorType = ?')
          .pluck()
          .get(c.type ?? 'author');
        db.prepare('INSERT INTO itemCreators (itemID, creatorID, creatorTypeID, orderIndex) VALUES (?, ?, ?, ?)').run(
          id,
          creatorId,
          type,
          order,
        );
      });
      for (const t of item.tags ?? [])
        db.prepare('INSERT INTO itemTags (itemID, tagID, type) VALUES (?, ?, 0)').run(id, named('tags', t));
      for (const c of item.collections ?? [])
        db.prepare('INSERT INTO collectionItems (collectionID, itemID) VALUES (?, ?)').run(named('collections', c), id);
      if (item.deleted) db.prepare('INSERT INTO deletedItems (itemID) VALUES (?)').run(id);
      const a = item.attachment;
      if (a) {
        const attachmentId = addItem(a.key, 'attachment');
        setField(attachmentId, 'title', a.fileName);
        db.prepare(
          'INSERT INTO itemAttachments (itemID, parentItemID, linkMode, contentType, path) VALUES (?, ?, ?, ?, ?)',
        ).run(attachmentId, id, a.linkMode ?? 1, a.contentType, a.path ?? `storage:${a.fileName}`);
        if (a.content !== undefined) {
          fs.mkdirSync(path.join(directory, 'storage', a.key), { recursive: true });
          fs.writeFileSync(path.join(directory, 'storage', a.key, a.fileName), a.content);
        }
      }
    }
  })();
  db.close();
}
