// One story across its reports. Two to eight reports open as the fact-by-fact view (StoryView); a story of one
// report says that two are needed; a story of more than eight asks which to compare (the choice stays in the
// address). The story's reports come from the library's list, so this screen never asks the engine for more than
// it can show.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArticles } from '../api/queries';
import { NotFound } from '../app/NotFound';
import { formatRoute } from '../app/routes';
import { navigate } from '../app/useRoute';
import screens from '../app/Screens.module.css';
import { useFormat } from '../shell/format';
import { Loading, LoadError } from '../shell/Status';
import { StoryView } from './StoryView';
import styles from './StoryScreen.module.css';

/** As many reports as one view compares (main/library/story.ts: MAX_STORY_ARTICLES). */
export const MAX_STORY_ARTICLES = 8;

export function StoryScreen({ story, articles }: { readonly story: string; readonly articles?: readonly number[] }) {
  const { t } = useTranslation();
  const list = useArticles({ sort: 'date', story });
  if (list.isPending) return <Loading what={t('status.what.story')} />;
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <NotFound what="story" />;
  if (list.data.length === 1) {
    const only = list.data[0]!;
    return (
      <main className={screens.workspace}>
        <h2 dir="auto">{t('story.title', { story })}</h2>
        <p role="status">{t('story.tooFew', { story })}</p>
        <p>
          <a href={formatRoute({ name: 'article', id: only.id })} dir="auto">
            {only.title}
          </a>
        </p>
        <p className={styles.hint}>{t('story.tooFewHint')}</p>
      </main>
    );
  }
  const chosen = articles ?? (list.data.length <= MAX_STORY_ARTICLES ? list.data.map((a) => a.id) : null);
  if (!chosen) return <ChooseReports story={story} all={list.data} />;
  return (
    <StoryView
      story={story}
      selection={articles ? { articleIds: articles } : { story }}
      {...(list.data.length > MAX_STORY_ARTICLES ? { onChooseOther: () => navigate({ name: 'story', story }) } : {})}
    />
  );
}

/** More reports than one view compares: the researcher ticks up to eight (the earliest eight to begin with). */
function ChooseReports({
  story,
  all,
}: {
  readonly story: string;
  readonly all: readonly {
    id: number;
    title: string;
    outlet: string | null;
    publishedAt: string | null;
    language: string;
  }[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const byDate = [...all].reverse();
  const [ticked, setTicked] = useState<readonly number[]>(() => byDate.slice(0, MAX_STORY_ARTICLES).map((a) => a.id));
  const toggle = (id: number) => setTicked((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  const full = ticked.length >= MAX_STORY_ARTICLES;
  return (
    <main className={screens.workspace}>
      <h2 dir="auto">{t('story.title', { story })}</h2>
      <p>{t('story.tooMany', { count: all.length, max: MAX_STORY_ARTICLES })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ticked.length >= 2) navigate({ name: 'story', story, articles: [...ticked].sort((a, b) => a - b) });
        }}
      >
        <p className={styles.hint} aria-live="polite">
          {t('story.chosenOf', { count: ticked.length, total: all.length })}
        </p>
        <ul className={styles.list}>
          {byDate.map((a) => (
            <li key={a.id}>
              <label className={styles.choice}>
                <input
                  type="checkbox"
                  checked={ticked.includes(a.id)}
                  disabled={full && !ticked.includes(a.id)}
                  onChange={() => toggle(a.id)}
                />
                <span>
                  <span dir="auto">{a.title}</span>
                  <span className={styles.meta}>{format.articleLine(a)}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <button type="submit" className="primary" disabled={ticked.length < 2}>
          {t('story.showChosen', { count: ticked.length })}
        </button>
      </form>
    </main>
  );
}
