// The library's filters (outlet, language, story, tag) and its sort order. The filters hold for the list and
// for search alike.
import { useTranslation } from 'react-i18next';
import type { ArticleFilters } from '../../../shared/domain';
import { useFacets } from '../api/queries';
import { useFormat } from '../shell/format';
import styles from './LibraryPane.module.css';

export type Sort = 'date' | 'outlet' | 'title';
const SORTS: readonly Sort[] = ['date', 'outlet', 'title'];
const FACETS = ['outlet', 'language', 'story', 'tag'] as const;

export function LibraryFilters({
  filters,
  onFilters,
  sort,
  onSort,
}: {
  readonly filters: ArticleFilters;
  readonly onFilters: (f: ArticleFilters) => void;
  /** Null while searching: results come best first. */
  readonly sort: Sort | null;
  readonly onSort: (s: Sort) => void;
}) {
  const { t } = useTranslation();
  const facets = useFacets();
  const format = useFormat();
  const values = (key: (typeof FACETS)[number]) =>
    facets.data
      ? {
          outlet: facets.data.outlets,
          language: facets.data.languages,
          story: facets.data.stories,
          tag: facets.data.tags,
        }[key]
      : [];
  return (
    <div className={styles.filters}>
      {sort === null ? (
        <span className={styles.bestFirst}>{t('library.bestFirst')}</span>
      ) : (
        <label>
          {t('library.sort')}{' '}
          <select value={sort} onChange={(e) => onSort(e.target.value as Sort)} aria-label={t('library.sortBy')}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`library.sortOption.${s}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {FACETS.map((key) => (
        <label key={key} className={filters[key] ? styles.active : undefined}>
          {t(`library.facet.${key}`)}{' '}
          <select
            value={filters[key] ?? ''}
            onChange={(e) => onFilters({ ...filters, [key]: e.target.value || undefined })}
            aria-label={t(`library.filterBy.${key}`)}
          >
            <option value="">{t('library.all')}</option>
            {values(key).map((v) => (
              <option key={v} value={v}>
                {key === 'language' ? format.language(v) : v}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
