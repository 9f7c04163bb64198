// Search results within the active filters: how many articles match, the best of them with their snippets.
import { useTranslation } from 'react-i18next';
import type { ArticleFilters } from '../../../shared/domain';
import { formatRoute } from '../app/routes';
import { useSearch } from '../api/queries';
import { useFormat } from '../shell/format';
import { LoadError } from '../shell/Status';
import ui from '../shell/common.module.css';
import { Snippet } from './Snippet';
import styles from './LibraryPane.module.css';

export function SearchResults({
  query,
  filters,
  bothLanguages,
  onClearFilters,
}: {
  readonly query: string;
  readonly filters: ArticleFilters;
  readonly bothLanguages: boolean;
  readonly onClearFilters: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const search = useSearch(query, filters, bothLanguages);
  const filtered = Object.values(filters).some(Boolean);
  if (search.isError) return <LoadError error={search.error} onRetry={() => void search.refetch()} />;
  const results = search.data;
  return (
    <>
      <p className={styles.count} role="status" aria-live="polite">
        {results === undefined
          ? t('library.searching')
          : filtered
            ? t('library.resultsFiltered', { count: results.total, query })
            : t('library.results', { count: results.total, query })}
        {results && results.total > results.hits.length && (
          <> {t('library.showingBest', { count: results.hits.length })}</>
        )}
        {results?.total === 0 && filtered && (
          <>
            {' '}
            <button type="button" className={ui.linkButton} onClick={onClearFilters}>
              {t('library.clearFilters')}
            </button>
          </>
        )}
      </p>
      {results && results.hits.length > 0 && (
        <ul className={styles.list} aria-label={t('library.searchResults')}>
          {results.hits.map((h) => (
            <li key={h.id}>
              <a className={styles.item} href={formatRoute({ name: 'article', id: h.id })}>
                <span className={ui.itemTitle} dir="auto">
                  {h.title}
                </span>
                <span className={ui.meta}>{format.outlet(h.outlet)}</span>
                <Snippet text={h.snippet} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
