// The workspace when reading: the selected article, its details (editable), and delete to the trash.
import { useState } from 'react';
import type { Article } from '../../../shared/domain';
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, LoadError } from '../shell/Status';
import { EditArticle } from './EditArticle';
import { OutletNotes } from './OutletNotes';

interface Props {
  readonly articleId: number | null;
  readonly onCompare: (id: number) => void;
  readonly onDeleted: (article: Article) => void;
  readonly onChanged: () => void;
}

export function Workspace(props: Props) {
  if (props.articleId === null) {
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
  return <Reader key={props.articleId} {...props} articleId={props.articleId} />;
}

function Reader({ articleId, onCompare, onDeleted, onChanged }: Props & { readonly articleId: number }) {
  const [loaded, reload] = useApi(() => getApi().getArticle({ id: articleId }), [articleId]);
  const [edited, setEdited] = useState<Article | null>(null);
  const [editing, setEditing] = useState(false);
  if (loaded.state === 'loading') return <Loading what="the article" />;
  if (loaded.state === 'error') return <LoadError message={loaded.message} onRetry={reload} />;
  const a = edited ?? loaded.value;
  return (
    <main className="workspace">
      <article className="reader" lang={a.language === 'und' ? undefined : a.language}>
        <h2 dir="auto">{a.title}</h2>
        <p className="article-meta">
          {[a.outlet ?? 'Unknown outlet', a.publishedAt, a.language.toUpperCase(), a.authors.join(', ')]
            .filter(Boolean)
            .join(' · ')}
          {a.stories.map((s) => (
            <span key={s} className="badge">
              {s}
            </span>
          ))}
          {a.tags.map((t) => (
            <span key={t} className="badge tag">
              {t}
            </span>
          ))}
        </p>
        <div className="reader-actions">
          <button type="button" onClick={() => onCompare(a.id)}>
            Compare with another report…
          </button>
          <button type="button" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
            Edit details
          </button>
          <button
            type="button"
            className="danger"
            onClick={() =>
              void getApi()
                .trashArticle({ id: a.id })
                .then(() => onDeleted(a))
            }
          >
            Move to trash
          </button>
        </div>
        {editing && (
          <EditArticle
            article={a}
            onSaved={(saved) => {
              setEdited(saved);
              setEditing(false);
              onChanged();
            }}
            onCancel={() => setEditing(false)}
          />
        )}
        {a.outlet && <OutletNotes key={a.outlet} outlet={a.outlet} notes={a.outletNotes} />}
        {a.isSummary && (
          <p className="notice">Summary written for the sample library. These are not the outlet&apos;s own words.</p>
        )}
        {a.url && (
          <p className="provenance">
            Original:{' '}
            <a href={a.url} target="_blank" rel="noreferrer noopener">
              {a.url}
            </a>
          </p>
        )}
        {a.provenance && <p className="provenance">Source: {a.provenance}</p>}
        {a.text.split(/\n+/).map((para, i) => (
          <p key={i} dir="auto">
            {para}
          </p>
        ))}
      </article>
    </main>
  );
}
