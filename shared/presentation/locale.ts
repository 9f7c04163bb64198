// The interface languages Parallax speaks, and how the one to use is chosen: the researcher's choice, else the
// first of the system's languages that Parallax speaks, else English.
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the researcher chose in Settings: a language, or whatever the system uses. */
export type LocalePreference = Locale | 'system';
export const LOCALE_PREFERENCES = ['system', ...LOCALES] as const;

/** The supported language of a BCP 47 tag ('fr-CA' is French), or null for any other language or a malformed tag. */
export function supportedLocale(tag: string | null | undefined): Locale | null {
  const primary = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : null;
}

export function resolveLocale(preference: LocalePreference | null | undefined, systemTags: readonly string[]): Locale {
  if (preference && preference !== 'system') return supportedLocale(preference) ?? 'en';
  for (const tag of systemTags) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** Each language's name in itself, as language pickers show them. */
export const LOCALE_NAME: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français' };
