// The interface language: i18next with the English and French resources bundled in (no loading, no network).
// English is the fallback for any other language. The app sets the language once the researcher's setting and
// the system's languages are known (app/useInterfaceLanguage.ts).
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { LOCALES, resolveLocale, type Locale } from '../../../shared/presentation/locale';
import en from './en.json';
import fr from './fr.json';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

/** The browser's languages, best first (in Electron they follow the system too). */
export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources,
  lng: resolveLocale('system', browserLanguages()),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  nonExplicitSupportedLngs: true,
  interpolation: { escapeValue: false }, // React escapes
  returnEmptyString: false,
  initAsync: false,
});

export function setLanguage(locale: Locale): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** The interface language now, as one of the supported locales. */
export function useLocale(): Locale {
  const { i18n: instance } = useTranslation();
  return resolveLocale(null, [instance.resolvedLanguage ?? instance.language]);
}
