// Sets the interface language from the researcher's setting, else the system's language (Electron's
// app.getLocale(), the browser's languages in browser mode), else English; and says whether it is known yet.
import { useEffect, useState } from 'react';
import { resolveLocale, type Locale } from '../../../shared/presentation/locale';
import { useAppInfo, useSettings } from '../api/queries';
import { browserLanguages, setLanguage } from '../i18n';

export function systemLanguages(systemLocale: string | null | undefined): readonly string[] {
  return [...(systemLocale ? [systemLocale] : []), ...browserLanguages()];
}

export function useInterfaceLanguage(): { readonly locale: Locale; readonly settled: boolean } {
  const settings = useSettings();
  const info = useAppInfo();
  const locale = resolveLocale(settings.data?.locale, systemLanguages(info.data?.systemLocale));
  useEffect(() => setLanguage(locale), [locale]);
  // Until the setting is known the page waits, so a French choice never flashes English first; once known (or
  // failed), a later refetch never blanks the page again.
  const [settled, setSettled] = useState(false);
  const now = !settings.isPending && !info.isPending;
  if (now && !settled) setSettled(true);
  return { locale, settled: settled || now };
}
