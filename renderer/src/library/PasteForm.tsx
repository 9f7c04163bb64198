// Pasting an article's text with its metadata.
import { useState } from 'react';
import { getApi } from '../api/client';
import { ArticleFields } from '../shell/ArticleFields';

export function PasteForm({ story, onDone }: { readonly story: string; readonly onDone: (id: number) => void }) {
  const [fields, setFields] = useState({ title: '', outlet: '', publishedAt: '', url: '', language: '', text: '' });
  const [message, setMessage] = useState<string | null>(null);
  const set = (k: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [k]: e.target.value }));
  return (
    <form
      className="paste-form"
      aria-label="Paste an article"
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
            (r) =>
              r.status === 'duplicate'
                ? setMessage(`This text is already in the library (article ${r.id}).`)
                : onDone(r.id),
            (err: unknown) => setMessage(err instanceof Error ? err.message : String(err)),
          );
      }}
    >
      <ArticleFields
        values={fields}
        onField={set}
        languages={[
          ['', 'detect'],
          ['fr', 'French'],
          ['en', 'English'],
        ]}
      />
      <label className="wide">
        Text <textarea required rows={8} value={fields.text} onChange={set('text')} />
      </label>
      {message && (
        <p role="alert" className="error wide">
          {message}
        </p>
      )}
      <button type="submit" className="primary">
        Add to library
      </button>
    </form>
  );
}
