// Editing an article's metadata: title, outlet, date, URL, language, authors, stories and tags.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain';
import { getApi } from '../api/client';
import { ArticleFields } from '../shell/ArticleFields';
import { errorMessage } from '../shell/errors';
import ui from '../shell/common.module.css';
import forms from './forms.module.css';

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
  const { t } = useTranslation();
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
      className={forms.form}
      aria-label={t('edit.label')}
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
          .then(onSaved, (err: unknown) => setError(errorMessage(err, t)));
      }}
    >
      <ArticleFields values={f} onField={set} languages={['fr', 'en', 'und']} />
      <label>
        {t('edit.authors')} <input value={f.authors} onChange={set('authors')} placeholder={t('edit.commaSeparated')} />
      </label>
      <label>
        {t('edit.stories')} <input value={f.stories} onChange={set('stories')} placeholder={t('edit.commaSeparated')} />
      </label>
      <label>
        {t('edit.tags')} <input value={f.tags} onChange={set('tags')} placeholder={t('edit.commaSeparated')} />
      </label>
      {error && (
        <p role="alert" className={`${ui.error} ${forms.wide}`}>
          {error}
        </p>
      )}
      <div className={forms.buttons}>
        <button type="submit" className="primary">
          {t('action.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
