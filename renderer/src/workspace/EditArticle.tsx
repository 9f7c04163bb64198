// Editing an article's metadata: title, outlet, date, URL, language, authors, stories and tags.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain';
import { getApi } from '../api/client';
import { ArticleFields } from '../shell/ArticleFields';
import { errorMessage } from '../shell/errors';
import ui from '../shell/common.module.css';
import forms from './forms.module.css';

// One name per line: story and tag names may hold commas ("Deraa, June 2018").
const list = (s: string) =>
  s
    .split('\n')
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
  const [initial] = useState(() => ({
    title: article.title,
    outlet: article.outlet ?? '',
    publishedAt: article.publishedAt ?? '',
    url: article.url ?? '',
    language: article.language,
    authors: article.authors.join('\n'),
    stories: article.stories.join('\n'),
    tags: article.tags.join('\n'),
  }));
  const [f, setF] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  return (
    <form
      className={forms.form}
      aria-label={t('edit.label')}
      onSubmit={(e) => {
        e.preventDefault();
        // Only the fields the researcher changed are sent: the others stay exactly as they are stored.
        const changed = (k: keyof typeof f) => f[k] !== initial[k];
        getApi()
          .updateArticle({
            id: article.id,
            ...(changed('title') ? { title: f.title } : {}),
            ...(changed('outlet') ? { outlet: f.outlet.trim() || null } : {}),
            ...(changed('publishedAt') ? { publishedAt: f.publishedAt || null } : {}),
            ...(changed('url') ? { url: f.url.trim() || null } : {}),
            ...(changed('language') ? { language: f.language } : {}),
            ...(changed('authors') ? { authors: list(f.authors) } : {}),
            ...(changed('stories') ? { stories: list(f.stories) } : {}),
            ...(changed('tags') ? { tags: list(f.tags) } : {}),
          })
          .then(onSaved, (err: unknown) => setError(errorMessage(err, t)));
      }}
    >
      <ArticleFields values={f} onField={set} languages={['fr', 'en', 'und']} />
      <label>
        {t('edit.authors')}{' '}
        <textarea rows={2} value={f.authors} onChange={set('authors')} placeholder={t('edit.onePerLine')} />
      </label>
      <label>
        {t('edit.stories')}{' '}
        <textarea rows={2} value={f.stories} onChange={set('stories')} placeholder={t('edit.onePerLine')} />
      </label>
      <label>
        {t('edit.tags')} <textarea rows={2} value={f.tags} onChange={set('tags')} placeholder={t('edit.onePerLine')} />
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
