// Editing an article's metadata: title, outlet, date, URL, language, authors, stories and tags.
import { useState } from 'react';
import type { Article } from '../../../shared/domain';
import { getApi } from '../api/client';
import { ArticleFields } from '../shell/ArticleFields';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function EditArticle({
  article,
  onSaved,
  onCancel,
}: {
  readonly article: Article;
  readonly onSaved: (a: Article) => void;
  readonly onCancel: () => void;
}) {
  const [f, setF] = useState({
    title: article.title,
    outlet: article.outlet ?? '',
    publishedAt: article.publishedAt ?? '',
    url: article.url ?? '',
    language: article.language,
    authors: article.authors.join(', '),
    stories: article.stories.join(', '),
    tags: article.tags.join(', '),
  });
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  return (
    <form
      className="edit-form"
      aria-label="Edit article details"
      onSubmit={(e) => {
        e.preventDefault();
        getApi()
          .updateArticle({
            id: article.id,
            title: f.title,
            outlet: f.outlet.trim() || null,
            publishedAt: f.publishedAt || null,
            url: f.url.trim() || null,
            language: f.language,
            authors: list(f.authors),
            stories: list(f.stories),
            tags: list(f.tags),
          })
          .then(onSaved, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
      }}
    >
      <ArticleFields
        values={f}
        onField={set}
        languages={[
          ['fr', 'French'],
          ['en', 'English'],
          ['und', 'other / undetermined'],
        ]}
      />
      <label>
        Authors <input value={f.authors} onChange={set('authors')} placeholder="comma-separated" />
      </label>
      <label>
        Stories <input value={f.stories} onChange={set('stories')} placeholder="comma-separated" />
      </label>
      <label>
        Tags <input value={f.tags} onChange={set('tags')} placeholder="comma-separated" />
      </label>
      {error && (
        <p role="alert" className="error wide">
          {error}
        </p>
      )}
      <div className="wide">
        <button type="submit" className="primary">
          Save
        </button>{' '}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
