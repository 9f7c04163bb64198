// Settings: the interface language (the system's, English or French) and the language scans are read in, kept
// across restarts in the library.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SCAN_LANGUAGES, type ScanLanguage, type Settings } from '../../../shared/domain';
import {
  LOCALE_NAME,
  LOCALE_PREFERENCES,
  resolveLocale,
  type LocalePreference,
} from '../../../shared/presentation/locale';
import { getApi } from '../api/client';
import { keys, useAppInfo, useSettings } from '../api/queries';
import { Popover } from '../shell/Popover';
import { systemLanguages } from './useInterfaceLanguage';
import styles from './AppHeader.module.css';

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<Settings>) => getApi().updateSettings(changes),
    onSuccess: (settings) => client.setQueryData(keys.settings, settings),
  });
}

/** The language picker, in the settings menu and in the first-run guide. */
export function LanguagePicker({ inline = false }: { readonly inline?: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const info = useAppInfo();
  const update = useUpdateSettings();
  const system = LOCALE_NAME[resolveLocale('system', systemLanguages(info.data?.systemLocale))];
  return (
    <label className={inline ? styles.inlineField : styles.field}>
      {t('settings.language')}
      <select
        value={settings.data?.locale ?? 'system'}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ locale: e.target.value as LocalePreference })}
      >
        {LOCALE_PREFERENCES.map((p) => (
          <option key={p} value={p} lang={p === 'system' ? undefined : p}>
            {p === 'system' ? t('settings.system', { language: system }) : LOCALE_NAME[p]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The language OCR reads scans in: detected from the first page, or always French or English. */
function ScanLanguagePicker() {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  return (
    <label className={styles.field}>
      {t('settings.scanLanguage')}
      <select
        value={settings.data?.scanLanguage ?? 'detect'}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ scanLanguage: e.target.value as ScanLanguage })}
      >
        {SCAN_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`settings.scan.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SettingsMenu() {
  const { t } = useTranslation();
  return (
    <Popover label={t('settings.title')}>
      <LanguagePicker />
      <ScanLanguagePicker />
      <p className={styles.hint}>{t('settings.kept')}</p>
    </Popover>
  );
}
