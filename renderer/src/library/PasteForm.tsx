// Pasting an article's text with its metadata.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';
import { ArticleFields } from '../shell/ArticleFields';
import { errorMessage } from '../shell/errors';
import ui from '../shell/common.module.css';
import forms from '../workspace/forms.module.css';

export function PasteForm({ story, onDone }: { readonly story: string; readonly onDone: (id: number) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ title: '', outlet: '', publishedAt: '', url: '', language: '', text: '' });
  const [message, setMessage] = useState<string | null>(null);
  const set = (k: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [k]: e.target.value }));
  return (
    <form
      className={forms.form}
      aria-label={t('paste.label')}
      onSubmit={(e) => {
        e.preventDefault();
        const opt = (v: string) => (v.trim() ? v.trim() : undefined);
        getApi()
          .addArticle({
            title: fields.title,
            text: fields.text,
            ...(opt(fields.outlet) ? { outlet: opt(fields.outlet)! } : {}),
            ...(opt(fields.publishedAt) ? { publishedAt: opt(fields.publishedAt)! } : {}),
            ...(opt(fields.url) ? { url: opt(fields.url)! } : {}),
            ...(opt(fields.language) ? { language: opt(fields.language)! } : {}),
            ...(story.trim() ? { story: story.trim() } : {}),
          })
          .then(
            (r) => (r.status === 'duplicate' ? setMessage(t('paste.duplicate', { id: r.id })) : onDone(r.id)),
            (err: unknown) => setMessage(errorMessage(err, t)),
          );
      }}
    >
      <ArticleFields values={fields} onField={set} languages={['', 'fr', 'en']} />
      <label className={forms.wide}>
        {t('paste.text')} <textarea required rows={8} value={fields.text} onChange={set('text')} />
      </label>
      {message && (
        <p role="alert" className={`${ui.error} ${forms.wide}`}>
          {message}
        </p>
      )}
      <button type="submit" className="primary">
        {t('paste.add')}
      </button>
    </form>
  );
}
