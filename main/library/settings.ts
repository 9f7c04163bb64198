// The researcher's settings (interface language, whether the first-run guide was seen, the language scans are read
// in), kept in the library's meta table, so the desktop app and browser mode (whose address changes every run) both
// keep them across restarts.
// A library open read-only keeps a change for this run only.
import { SCAN_LANGUAGES, type ScanLanguage, type Settings } from '../../shared/domain';
import { LOCALE_PREFERENCES, type LocalePreference } from '../../shared/presentation/locale';
import type { Db } from './open';

export const DEFAULT_SETTINGS: Settings = { locale: 'system', guideSeen: false, scanLanguage: 'detect' };

/** Changes made to read-only libraries, for as long as they stay open. */
const unsaved = new WeakMap<Db, Settings>();

/** The stored settings; anything unreadable or unknown (a hand-edited file, an older build) falls back to the default. */
export function readSettings(db: Db): Settings {
  const kept = unsaved.get(db);
  if (kept) return kept;
  const raw = db.prepare("SELECT value FROM meta WHERE key = 'settings'").pluck().get() as string | undefined;
  let stored: Partial<Record<keyof Settings, unknown>> = {};
  try {
    stored = raw ? (JSON.parse(raw) as typeof stored) : {};
  } catch {
    stored = {};
  }
  return {
    locale: (LOCALE_PREFERENCES as readonly unknown[]).includes(stored.locale)
      ? (stored.locale as LocalePreference)
      : DEFAULT_SETTINGS.locale,
    guideSeen: stored.guideSeen === true,
    scanLanguage: (SCAN_LANGUAGES as readonly unknown[]).includes(stored.scanLanguage)
      ? (stored.scanLanguage as ScanLanguage)
      : DEFAULT_SETTINGS.scanLanguage,
  };
}

/** The library's language for scans, as import takes it: none when it is to be detected. */
export function scanLanguageOf(db: Db): 'fr' | 'en' | undefined {
  const language = readSettings(db).scanLanguage;
  return language === 'detect' ? undefined : language;
}

export function updateSettings(db: Db, changes: Partial<Settings>, { readOnly = false } = {}): Settings {
  const next: Settings = { ...readSettings(db), ...changes };
  if (readOnly) {
    unsaved.set(db, next);
    return next;
  }
  db.prepare(
    "INSERT INTO meta(key, value) VALUES ('settings', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  ).run(JSON.stringify(next));
  return next;
}
