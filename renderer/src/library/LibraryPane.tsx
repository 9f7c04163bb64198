// The library pane: import, search within the active filters (with the number of results), filters and
// sorting, the article list, and the trash.
import { memo, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFilters } from '../../../shared/domain';
import { useArticles } from '../api/queries';
import { Loading, LoadError } from '../shell/Status';
import ui from '../shell/common.module.css';
import { ArticleList } from './ArticleList';
import { LibraryFilters, type Sort } from './LibraryFilters';
import { ExportQdpx } from './ExportQdpx';
import { ImportPanel } from './ImportPanel';
import { SearchResults } from './SearchResults';
import styles from './LibraryPane.module.css';

export const LibraryPane = memo(function LibraryPane({
  selectedId,
  collapsed,
  onCollapse,
}: {
  readonly selectedId: number | null;
  /** Folded to a narrow rail (the comparison takes the window's width). */
  readonly collapsed: boolean;
  /** Fold or unfold it; absent where the library always shows. */
  readonly onCollapse?: (collapsed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>('date');
  const [filters, setFilters] = useState<ArticleFilters>({});
  const [query, setQuery] = useState('');
  const [bothLanguages, setBothLanguages] = useState(false);
  const [trash, setTrash] = useState(false);
  // Typing stays responsive: the list follows the query a moment later.
  const q = useDeferredValue(query.trim());
  if (collapsed) {
    return (
      <nav className={`${styles.pane} ${styles.rail}`} aria-label={t('library.label')}>
        <button
          type="button"
          className={styles.railButton}
          aria-expanded={false}
          onClick={() => onCollapse?.(false)}
          title={t('library.show')}
        >
          <span aria-hidden="true">»</span> <span className={styles.railLabel}>{t('library.show')}</span>
        </button>
      </nav>
    );
  }
  return (
    <nav className={styles.pane} aria-label={t('library.label')}>
      <div className={styles.header}>
        <h2>{trash ? t('library.trash') : t('library.title')}</h2>
        <button type="button" className={ui.linkButton} onClick={() => setTrash((x) => !x)} aria-pressed={trash}>
          {trash ? t('library.backToLibrary') : t('library.trash')}
        </button>
        {!trash && <ExportQdpx story={filters.story} />}
        {onCollapse && (
          <button
            type="button"
            className={styles.fold}
            aria-expanded={true}
            aria-label={t('library.hide')}
            title={t('library.hide')}
            onClick={() => onCollapse(true)}
          >
            «
          </button>
        )}
      </div>
      {trash ? (
        <TrashList />
      ) : (
        <>
          <ImportPanel />
          <input
            type="search"
            className={styles.search}
            placeholder={t('library.searchPlaceholder')}
            aria-label={t('library.search')}
            title={t('library.searchHint')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label className={styles.bothLanguages}>
            <input type="checkbox" checked={bothLanguages} onChange={(e) => setBothLanguages(e.target.checked)} />{' '}
            {t('library.bothLanguages')}
          </label>
          <LibraryFilters filters={filters} onFilters={setFilters} sort={q ? null : sort} onSort={setSort} />
          {q ? (
            <SearchResults
              query={q}
              filters={filters}
              bothLanguages={bothLanguages}
              onClearFilters={() => setFilters({})}
            />
          ) : (
            <Listing sort={sort} filters={filters} selectedId={selectedId} />
          )}
        </>
      )}
    </nav>
  );
});

function Listing({
  sort,
  filters,
  selectedId,
}: {
  readonly sort: Sort;
  readonly filters: ArticleFilters;
  readonly selectedId: number | null;
}) {
  const { t } = useTranslation();
  const articles = useArticles({ sort, ...filters });
  if (articles.isPending) return <Loading what={t('status.what.articles')} />;
  if (articles.isError) return <LoadError error={articles.error} onRetry={() => void articles.refetch()} />;
  if (articles.data.length === 0) return <p className={ui.status}>{t('library.empty')}</p>;
  return <ArticleList articles={articles.data} label={t('library.articles')} selectedId={selectedId} />;
}

function TrashList() {
  const { t } = useTranslation();
  const articles = useArticles({ sort: 'date', trash: true });
  if (articles.isPending) return <Loading what={t('status.what.trash')} />;
  if (articles.isError) return <LoadError error={articles.error} onRetry={() => void articles.refetch()} />;
  if (articles.data.length === 0) return <p className={ui.status}>{t('library.trashEmpty')}</p>;
  return <ArticleList articles={articles.data} label={t('library.inTrash')} selectedId={null} trash />;
}
