// Reading one article: its details (editable), its outlet's note, its stories, compare, and move to the trash.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain';
import { getApi } from '../api/client';
import { invalidateLibrary, keys, useArticle } from '../api/queries';
import { NotFound } from '../app/NotFound';
import { formatRoute, HOME } from '../app/routes';
import { navigate } from '../app/useRoute';
import { isNotFound } from '../shell/errors';
import { useFormat } from '../shell/format';
import { Loading, LoadError } from '../shell/Status';
import ui from '../shell/common.module.css';
import screens from '../app/Screens.module.css';
import { EditArticle } from './EditArticle';
import { OutletNotes } from './OutletNotes';
import styles from './Reader.module.css';

export function Reader({
  articleId,
  onTrashed,
}: {
  readonly articleId: number;
  readonly onTrashed: (a: Article) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const loaded = useArticle(articleId);
  const [editing, setEditing] = useState(false);
  const trash = useMutation({
    mutationFn: (a: Article) => getApi().trashArticle({ id: a.id }),
    onSuccess: async (_r, a) => {
      onTrashed(a);
      navigate(HOME);
      await invalidateLibrary(client);
    },
  });
  if (loaded.isPending) return <Loading what={t('status.what.article')} />;
  if (loaded.isError) {
    return isNotFound(loaded.error) ? (
      <NotFound what="article" />
    ) : (
      <LoadError error={loaded.error} onRetry={() => void loaded.refetch()} />
    );
  }
  const a = loaded.data;
  return (
    <main className={screens.workspace}>
      <article className={styles.reader} lang={a.language === 'und' ? undefined : a.language}>
        <h2 dir="auto">{a.title}</h2>
        <p className={ui.meta}>
          {[format.outlet(a.outlet), format.day(a.publishedAt), format.language(a.language), a.authors.join(', ')]
            .filter(Boolean)
            .join(' · ')}
          {a.stories.map((s) => (
            <a key={s} className={ui.badge} href={formatRoute({ name: 'story', story: s })}>
              {s}
            </a>
          ))}
          {a.tags.map((tag) => (
            <span key={tag} className={`${ui.badge} ${ui.tag}`}>
              {tag}
            </span>
          ))}
        </p>
        <div className={styles.actions}>
          <button type="button" onClick={() => navigate({ name: 'pick', left: a.id })}>
            {t('reader.compare')}
          </button>
          <button type="button" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
            {t('reader.edit')}
          </button>
          <button type="button" className="danger" onClick={() => trash.mutate(a)} disabled={trash.isPending}>
            {t('reader.trash')}
          </button>
        </div>
        {editing && (
          <EditArticle
            article={a}
            onSaved={(saved) => {
              client.setQueryData(keys.article(a.id), saved);
              setEditing(false);
              void invalidateLibrary(client);
            }}
            onCancel={() => setEditing(false)}
          />
        )}
        {a.outlet && <OutletNotes key={a.outlet} outlet={a.outlet} notes={a.outletNotes} />}
        {a.isSummary && <p className={ui.notice}>{t('reader.summaryNotice')}</p>}
        {a.url && (
          <p className={styles.provenance}>
            {t('reader.original')}{' '}
            <a href={a.url} target="_blank" rel="noreferrer noopener">
              {a.url}
            </a>
          </p>
        )}
        {a.provenance && <p className={styles.provenance}>{t('reader.source', { source: a.provenance })}</p>}
        {a.text.split(/\n+/).map((para, i) => (
          <p key={i} dir="auto">
            {para}
          </p>
        ))}
      </article>
    </main>
  );
}
