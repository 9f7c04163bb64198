// The library pane: the articles in the library, sortable, one of them selected.
import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain';
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, LoadError } from '../shell/Status';

type Sort = 'date' | 'outlet' | 'title';

export function LibraryPane(props: { readonly selectedId: number | null; readonly onSelect: (id: number) => void }) {
  const [sort, setSort] = useState<Sort>('date');
  const [articles, reload] = useApi(() => getApi().listArticles({ sort }), [sort]);
  return (
    <nav className="library-pane" aria-label="Library">
      <div className="pane-header">
        <h2>Library</h2>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="date">date</option>
            <option value="outlet">outlet</option>
            <option value="title">title</option>
          </select>
        </label>
      </div>
      {articles.state === 'loading' && <Loading what="articles" />}
      {articles.state === 'error' && <LoadError message={articles.message} onRetry={reload} />}
      {articles.state === 'ready' && <ArticleList articles={articles.value} {...props} />}
    </nav>
  );
}

function ArticleList(props: {
  readonly articles: readonly ArticleSummary[];
  readonly selectedId: number | null;
  readonly onSelect: (id: number) => void;
}) {
  if (props.articles.length === 0) return <p className="status">The library is empty.</p>;
  return (
    <ul className="article-list">
      {props.articles.map((a) => (
        <li key={a.id}>
          <button
            type="button"
            className="article-item"
            aria-current={a.id === props.selectedId ? 'true' : undefined}
            onClick={() => props.onSelect(a.id)}
          >
            <span className="article-title" dir="auto">
              {a.title}
            </span>
            <span className="article-meta">
              {[a.outlet ?? 'Unknown outlet', a.publishedAt, a.language.toUpperCase(), `${a.words} words`]
                .filter(Boolean)
                .join(' · ')}
              {a.isSummary && <span className="badge">summary</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
