// Numbered schema migrations. Each runs once, in its own transaction, and PRAGMA user_version records the last one.
// Append new migrations; never edit one that has shipped.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE outlets (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE COLLATE NOCASE,
          notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE articles (
          id INTEGER PRIMARY KEY,
          title TEXT NOT NULL,
          outlet_id INTEGER REFERENCES outlets(id) ON DELETE SET NULL,
          authors TEXT NOT NULL DEFAULT '[]',
          published_at TEXT,
          url TEXT,
          language TEXT NOT NULL DEFAULT 'und',
          text TEXT NOT NULL,
          words INTEGER NOT NULL,
          is_summary INTEGER NOT NULL DEFAULT 0,
          provenance TEXT,
          original_bytes BLOB,
          original_media_type TEXT,
          content_hash TEXT NOT NULL UNIQUE,
          added_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        );
        CREATE INDEX articles_published ON articles(published_at);
        CREATE INDEX articles_outlet ON articles(outlet_id);
        CREATE TABLE stories (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE COLLATE NOCASE,
          created_at TEXT NOT NULL
        );
        CREATE TABLE story_articles (
          story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
          article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          PRIMARY KEY (story_id, article_id)
        );
        CREATE TABLE tags (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE article_tags (
          article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
          PRIMARY KEY (article_id, tag_id)
        );
        -- A comparison of two articles, kept so corrections survive recomputation.
        CREATE TABLE comparisons (
          id INTEGER PRIMARY KEY,
          left_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          right_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          engine_version TEXT NOT NULL,
          result TEXT NOT NULL,
          opened_at TEXT NOT NULL,
          UNIQUE (left_id, right_id)
        );
        -- A researcher's correction, anchored to claim text rather than claim ids so it can be re-found.
        CREATE TABLE corrections (
          id INTEGER PRIMARY KEY,
          comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('verdict', 'link', 'unlink', 'note')),
          left_text TEXT,
          right_text TEXT,
          verdict TEXT,
          note TEXT,
          created_at TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
          title, text, content='articles', content_rowid='id',
          tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
          INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
          INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta(key, value) VALUES ('application', 'parallax');
      `);
    },
  },
  {
    version: 2,
    up(db) {
      db.exec(`
        -- Where the corrected claims started, so a correction lands on the clicked sentence when a text repeats one.
        ALTER TABLE corrections ADD COLUMN left_start INTEGER;
        ALTER TABLE corrections ADD COLUMN right_start INTEGER;
        -- The library's own lexicon: aliases, label pairs and hedges applied to every comparison.
        CREATE TABLE lexicon_entries (
          id INTEGER PRIMARY KEY,
          kind TEXT NOT NULL CHECK (kind IN ('alias', 'label', 'hedge')),
          terms TEXT NOT NULL,
          created_at TEXT NOT NULL
        );
      `);
    },
  },
  {
    // Large originals in parts, each written in its own short transaction (main/library/originals.ts).
    version: 3,
    up(db) {
      db.exec(`
        CREATE TABLE original_parts (
          id INTEGER PRIMARY KEY,
          article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
          seq INTEGER NOT NULL,
          bytes BLOB NOT NULL,
          added_at TEXT NOT NULL
        );
        CREATE INDEX original_parts_article ON original_parts(article_id, seq);
      `);
    },
  },
  {
    // The library's own identifier (the namespace of the stable GUIDs in its REFI-QDA exports), and the
    // per-page confidence of articles read from scans by OCR.
    version: 4,
    up(db) {
      db.prepare(`INSERT OR IGNORE INTO meta(key, value) VALUES ('library_guid', ?)`).run(randomUUID());
      db.exec(`
        CREATE TABLE ocr_pages (
          article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          page INTEGER NOT NULL,
          confidence REAL NOT NULL,
          PRIMARY KEY (article_id, page)
        );
      `);
    },
  },
  {
    // Archive scale: the indexes list, facet and filter queries need (a story's articles were found by reading
    // every membership row once per article), and the engine's caches.
    version: 5,
    up(db) {
      db.exec(`
        CREATE INDEX story_articles_article ON story_articles(article_id);
        CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);
        CREATE INDEX articles_language ON articles(language, deleted_at);
        -- The live library in date order, and the trash (this replaces the index on published_at alone, which
        -- made SQLite read the whole library in date order to find the few articles in the trash).
        CREATE INDEX articles_deleted ON articles(deleted_at, published_at);
        DROP INDEX articles_published;
        CREATE INDEX articles_outlet_live ON articles(outlet_id, deleted_at);
        DROP INDEX articles_outlet;
        CREATE INDEX comparisons_right ON comparisons(right_id);
        CREATE INDEX comparisons_opened ON comparisons(opened_at);
        CREATE INDEX corrections_comparison ON corrections(comparison_id);
        -- Per-article analysis, computed once per text, language, publication date (it resolves weekdays),
        -- engine version and user-lexicon version; any change to one is another key.
        CREATE TABLE analyses (
          id INTEGER PRIMARY KEY,
          text_hash TEXT NOT NULL,
          language TEXT NOT NULL,
          published_at TEXT NOT NULL,
          engine_version TEXT NOT NULL,
          lexicon_version TEXT NOT NULL,
          analysis TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (text_hash, language, published_at, engine_version, lexicon_version)
        );
        -- The base comparison of two analysed article versions (keys as analyses.key_of), before corrections.
        CREATE TABLE comparison_results (
          id INTEGER PRIMARY KEY,
          left_key TEXT NOT NULL,
          right_key TEXT NOT NULL,
          engine_version TEXT NOT NULL,
          lexicon_version TEXT NOT NULL,
          result TEXT NOT NULL,
          created_at TEXT NOT NULL,
          UNIQUE (left_key, right_key)
        );
      `);
    },
  },
  {
    // A counter that changes whenever an article's words do, so search can tell in one row read whether its
    // vocabulary of the library is still current (it counted the whole articles table on every search).
    version: 6,
    up(db) {
      db.exec(`
        INSERT OR REPLACE INTO meta (key, value) VALUES ('content_version', '0');
        CREATE TRIGGER articles_content_version_ai AFTER INSERT ON articles BEGIN
          UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'content_version';
        END;
        CREATE TRIGGER articles_content_version_ad AFTER DELETE ON articles BEGIN
          UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'content_version';
        END;
        CREATE TRIGGER articles_content_version_au AFTER UPDATE OF title, text ON articles BEGIN
          UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'content_version';
        END;
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
