// The library pane: search, filters and sorting, the article list (or the trash), and import.
import { useState } from 'react';
import type { ArticleFilters, ArticleSummary } from '../../../shared/domain';
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, LoadError } from '../shell/Status';
import { download } from '../compare/download';
import { ImportPanel } from './ImportPanel';
import { Snippet } from './Snippet';

type Sort = 'date' | 'outlet' | 'title';

interface Props {
  readonly selectedId: number | null;
  readonly onSelect: (id: number) => void;
  /** Bumped by the parent when the library changed elsewhere (edit, delete, undo). */
  readonly version: number;
  readonly onChanged: () => void;
}

export function LibraryPane(props: Props) {
  const [sort, setSort] = useState<Sort>('date');
  const [filters, setFilters] = useState<ArticleFilters>({});
  const [query, setQuery] = useState('');
  const [trash, setTrash] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const q = query.trim();
  const [articles, reload] = useApi(
    () => getApi().listArticles({ sort, ...filters, ...(trash ? { trash: true } : {}) }),
    [sort, filters, trash, props.version],
  );
  const [hits] = useApi(() => (q ? getApi().searchArticles({ query: q }) : Promise.resolve([])), [q, props.version]);
  const [facets] = useApi(() => getApi().libraryFacets({}), [props.version]);
  const facet = (key: keyof ArticleFilters, label: string, values: readonly string[]) => (
    <label>
      {label}{' '}
      <select
        value={filters[key] ?? ''}
        onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.value || undefined }))}
        aria-label={`Filter by ${label.toLowerCase()}`}
      >
        <option value="">all</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <nav className="library-pane" aria-label="Library">
      <div className="pane-header">
        <h2>{trash ? 'Trash' : 'Library'}</h2>
        <button type="button" className="link" onClick={() => setTrash((t) => !t)} aria-pressed={trash}>
          {trash ? 'Back to library' : 'Trash'}
        </button>
        {!trash && (
          <button
            type="button"
            className="link"
            title="A REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti or QualCoder: the story chosen below, or the whole library"
            onClick={() =>
              void getApi()
                .exportQdpx(filters.story ? { story: filters.story } : {})
                .then(download, (err: unknown) => setExportError(err instanceof Error ? err.message : String(err)))
            }
          >
            Export QDPX
          </button>
        )}
      </div>
      {exportError && (
        <p role="alert" className="error">
          {exportError}
        </p>
      )}
      {!trash && <ImportPanel onImported={props.onChanged} onOpen={props.onSelect} />}
      <input
        type="search"
        className="search"
        placeholder="Search the library"
        aria-label="Search the library"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {q ? (
        hits.state === 'ready' && (
          <ul className="article-list" aria-label="Search results">
            {hits.value.length === 0 && <li className="status">No article matches “{q}”.</li>}
            {hits.value.map((h) => (
              <li key={h.id}>
                <button type="button" className="article-item" onClick={() => props.onSelect(h.id)}>
                  <span className="article-title" dir="auto">
                    {h.title}
                  </span>
                  <span className="article-meta">{h.outlet ?? 'Unknown outlet'}</span>
                  <Snippet text={h.snippet} />
                </button>
              </li>
            ))}
          </ul>
        )
      ) : (
        <>
          <div className="filters-row">
            <label>
              Sort{' '}
              <select value={sort} onChange={(e) => setSort(e.target.value as Sort)} aria-label="Sort by">
                <option value="date">by date</option>
                <option value="outlet">by outlet</option>
                <option value="title">by title</option>
              </select>
            </label>
            {facets.state === 'ready' && (
              <>
                {facet('outlet', 'Outlet', facets.value.outlets)}
                {facet('language', 'Language', facets.value.languages)}
                {facet('story', 'Story', facets.value.stories)}
                {facet('tag', 'Tag', facets.value.tags)}
              </>
            )}
          </div>
          {articles.state === 'loading' && <Loading what="articles" />}
          {articles.state === 'error' && <LoadError message={articles.message} onRetry={reload} />}
          {articles.state === 'ready' && (
            <ArticleList articles={articles.value} trash={trash} {...props} onRestored={props.onChanged} />
          )}
        </>
      )}
    </nav>
  );
}

function ArticleList(props: {
  readonly articles: readonly ArticleSummary[];
  readonly trash: boolean;
  readonly selectedId: number | null;
  readonly onSelect: (id: number) => void;
  readonly onRestored: () => void;
}) {
  if (props.articles.length === 0) {
    return (
      <p className="status">
        {props.trash ? 'The trash is empty.' : 'No article here yet. Import some, or paste a text.'}
      </p>
    );
  }
  return (
    <ul className="article-list" aria-label={props.trash ? 'Articles in the trash' : 'Articles'}>
      {props.articles.map((a) => (
        <li key={a.id} className="article-row">
          <button
            type="button"
            className="article-item"
            aria-current={a.id === props.selectedId ? 'true' : undefined}
            onClick={() => !props.trash && props.onSelect(a.id)}
          >
            <span className="article-title" dir="auto">
              {a.title}
            </span>
            <span className="article-meta">
              {[a.outlet ?? 'Unknown outlet', a.publishedAt, a.language.toUpperCase(), `${a.words} words`]
                .filter(Boolean)
                .join(' · ')}
              {a.isSummary && <span className="badge">summary</span>}
              {a.tags.map((t) => (
                <span key={t} className="badge tag">
                  {t}
                </span>
              ))}
            </span>
          </button>
          {props.trash && (
            <button type="button" onClick={() => void getApi().restoreArticle({ id: a.id }).then(props.onRestored)}>
              Restore
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
