// One story: its reports, and any two of them compared in one step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticles } from '../api/queries';
import { NotFound } from '../app/NotFound';
import { formatRoute } from '../app/routes';
import { navigate } from '../app/useRoute';
import screens from '../app/Screens.module.css';
import { useFormat } from '../shell/format';
import { Loading, LoadError } from '../shell/Status';
import styles from './StoryScreen.module.css';

export function StoryScreen({ story }: { readonly story: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const articles = useArticles({ sort: 'date', story });
  const [chosen, setChosen] = useState<readonly number[]>([]);
  if (articles.isPending) return <Loading what={t('status.what.story')} />;
  if (articles.isError) return <LoadError error={articles.error} onRetry={() => void articles.refetch()} />;
  if (articles.data.length === 0) return <NotFound what="story" />;
  const toggle = (id: number) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id].slice(-2)));
  return (
    <main className={screens.workspace}>
      <h2 dir="auto">{t('story.title', { story })}</h2>
      <p className={styles.hint}>{t('story.hint', { count: articles.data.length })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen.length === 2) navigate({ name: 'compare', left: chosen[0]!, right: chosen[1]! });
        }}
      >
        <ul className={styles.list}>
          {articles.data.map((a) => (
            <li key={a.id}>
              <label className={styles.choice}>
                <input type="checkbox" checked={chosen.includes(a.id)} onChange={() => toggle(a.id)} />
                <span>
                  <a href={formatRoute({ name: 'article', id: a.id })} dir="auto">
                    {a.title}
                  </a>
                  <span className={styles.meta}>{format.articleLine(a)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <button type="submit" className="primary" disabled={chosen.length !== 2}>
          {t('story.compare')}
        </button>
      </form>
    </main>
  );
}
