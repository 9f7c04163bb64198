// A list of articles (the library, or the trash with Restore), each a link to read it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../shared/domain';
import { getApi } from '../api/client';
import { invalidateLibrary } from '../api/queries';
import { formatRoute } from '../app/routes';
import { useFormat } from '../shell/format';
import ui from '../shell/common.module.css';
import styles from './LibraryPane.module.css';

export function ArticleList(props: {
  readonly articles: readonly ArticleSummary[];
  readonly label: string;
  readonly selectedId: number | null;
  readonly trash?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const restore = useMutation({
    mutationFn: (id: number) => getApi().restoreArticle({ id }),
    onSuccess: () => invalidateLibrary(client),
  });
  return (
    <ul className={styles.list} aria-label={props.label}>
      {props.articles.map((a) => {
        const body = (
          <>
            <span className={ui.itemTitle} dir="auto">
              {a.title}
            </span>
            <span className={ui.meta}>
              {format.articleLine(a)}
              {a.isSummary && <span className={ui.badge}>{t('article.summaryBadge')}</span>}
              {a.tags.map((tag) => (
                <span key={tag} className={`${ui.badge} ${ui.tag}`}>
                  {tag}
                </span>
              ))}
            </span>
          </>
        );
        return (
          <li key={a.id} className={styles.row}>
            {props.trash ? (
              <>
                <div className={styles.item}>{body}</div>
                <button type="button" onClick={() => restore.mutate(a.id)} disabled={restore.isPending}>
                  {t('library.restore')}
                </button>
              </>
            ) : (
              <a
                className={styles.item}
                href={formatRoute({ name: 'article', id: a.id })}
                aria-current={a.id === props.selectedId ? 'page' : undefined}
              >
                {body}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
