// The workspace: what the researcher is working on. For now the reader view of the selected article.
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, LoadError } from '../shell/Status';

export function Workspace({
  articleId,
  onCompare,
}: {
  readonly articleId: number | null;
  readonly onCompare: (id: number) => void;
}) {
  if (articleId === null) {
    return (
      <main className="workspace empty">
        <h2>Choose an article</h2>
        <p>
          Pick an article from the library to read it, or choose <strong>Compare reports</strong> to see two reports
          side by side: where they agree, where they conflict, and how they frame the same facts.
        </p>
      </main>
    );
  }
  return <Reader articleId={articleId} onCompare={onCompare} />;
}

function Reader({ articleId, onCompare }: { readonly articleId: number; readonly onCompare: (id: number) => void }) {
  const [article, reload] = useApi(() => getApi().getArticle({ id: articleId }), [articleId]);
  return (
    <main className="workspace">
      {article.state === 'loading' && <Loading what="the article" />}
      {article.state === 'error' && <LoadError message={article.message} onRetry={reload} />}
      {article.state === 'ready' && (
        <article className="reader" lang={article.value.language === 'und' ? undefined : article.value.language}>
          <h2 dir="auto">{article.value.title}</h2>
          <button type="button" onClick={() => onCompare(articleId)}>
            Compare with another report…
          </button>
          <p className="article-meta">
            {[article.value.outlet, article.value.publishedAt, article.value.authors.join(', ')]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {article.value.isSummary && (
            <p className="notice">Summary written for the sample library. These are not the outlet&apos;s own words.</p>
          )}
          {article.value.provenance && <p className="provenance">Source: {article.value.provenance}</p>}
          {article.value.text.split(/\n+/).map((para, i) => (
            <p key={i} dir="auto">
              {para}
            </p>
          ))}
        </article>
      )}
    </main>
  );
}
