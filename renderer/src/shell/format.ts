// Dates, numbers and language names in the interface language, and the one-line description of an article.
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/domain';
import { formatDay, formatNumber } from '../../../shared/presentation/format';
import { useLocale } from '../i18n';

export function useFormat() {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const language = (code: string) => (code === 'und' ? t('article.language.und') : (names.of(code) ?? code));
  return {
    locale,
    day: (iso: string | null | undefined) => formatDay(iso, locale, 'medium'),
    number: (n: number) => formatNumber(n, locale),
    language,
    outlet: (outlet: string | null) => outlet ?? t('article.unknownOutlet'),
    /** "Al-Masdar News · 29 Jun 2018 · English · 412 words" */
    articleLine: (a: Pick<ArticleSummary, 'outlet' | 'publishedAt' | 'language'> & { words?: number }) =>
      [
        a.outlet ?? t('article.unknownOutlet'),
        formatDay(a.publishedAt, locale, 'medium'),
        language(a.language),
        a.words === undefined ? '' : t('article.words', { count: a.words }),
      ]
        .filter(Boolean)
        .join(' · '),
  };
}
