// Choosing two reports: a searchable list for each side, swap, and the recent comparisons with their counts
// (after the researcher's corrections).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, RecentComparison } from '../../../shared/domain';
import { MARK_NAME, MARK_STYLE, type Mark } from '../../../shared/presentation/verdicts';
import { useArticles, useRecent } from '../api/queries';
import { formatRoute } from '../app/routes';
import { navigate } from '../app/useRoute';
import screens from '../app/Screens.module.css';
import { useLocale } from '../i18n';
import { useFormat } from '../shell/format';
import { Loading, LoadError } from '../shell/Status';
import ui from '../shell/common.module.css';
import styles from './ComparePicker.module.css';

function SidePicker(props: {
  readonly side: 'left' | 'right';
  readonly articles: readonly ArticleSummary[];
  readonly value: number | null;
  readonly onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState('');
  const label = (a: ArticleSummary) =>
    `${format.outlet(a.outlet)}: ${a.title}${a.publishedAt ? ` (${format.day(a.publishedAt)})` : ''}`;
  const f = filter.trim().toLocaleLowerCase();
  const shown = props.articles.filter(
    (a) => !f || label(a).toLocaleLowerCase().includes(f) || a.stories.some((s) => s.toLocaleLowerCase().includes(f)),
  );
  return (
    <fieldset className={styles.side}>
      <legend>{t(`picker.${props.side}`)}</legend>
      <input
        type="search"
        placeholder={t('picker.searchPlaceholder')}
        aria-label={t(`picker.search.${props.side}`)}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <select
        size={Math.min(8, Math.max(3, shown.length))}
        aria-label={t(`picker.${props.side}`)}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {shown.map((a) => (
          <option key={a.id} value={a.id}>
            {label(a)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

function Counts({ counts }: { readonly counts: RecentComparison['counts'] }) {
  const locale = useLocale();
  const marks: readonly Mark[] = ['conflict', 'framing', 'agree'];
  return (
    <span className={ui.meta}>
      {marks.map((m) => `${MARK_STYLE[m].icon} ${MARK_NAME[locale][m]} ${counts[m] ?? 0}`).join(' · ')}
    </span>
  );
}

export function ComparePicker({ initialLeft }: { readonly initialLeft: number | null }) {
  const { t } = useTranslation();
  const articles = useArticles({ sort: 'date' });
  const recent = useRecent();
  const [left, setLeft] = useState<number | null>(initialLeft);
  const [right, setRight] = useState<number | null>(null);
  return (
    <main className={screens.workspace}>
      <h2>{t('picker.title')}</h2>
      {articles.isPending && <Loading what={t('status.what.library')} />}
      {articles.isError && <LoadError error={articles.error} onRetry={() => void articles.refetch()} />}
      {articles.isSuccess && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            if (left !== null && right !== null && left !== right) navigate({ name: 'compare', left, right });
          }}
        >
          <SidePicker side="left" articles={articles.data} value={left} onChange={setLeft} />
          <button
            type="button"
            className={styles.swap}
            aria-label={t('picker.swap')}
            title={t('picker.swap')}
            onClick={() => {
              setLeft(right);
              setRight(left);
            }}
          >
            ⇄
          </button>
          <SidePicker side="right" articles={articles.data} value={right} onChange={setRight} />
          <div className={styles.go}>
            <button type="submit" className="primary" disabled={left === null || right === null || left === right}>
              {t('picker.compare')}
            </button>
            {left !== null && left === right && <p className={ui.error}>{t('picker.different')}</p>}
          </div>
        </form>
      )}
      <h3>{t('picker.recent')}</h3>
      {recent.isSuccess && recent.data.length === 0 && <p className={ui.status}>{t('picker.noneYet')}</p>}
      {recent.isSuccess && recent.data.length > 0 && (
        <ul className={styles.recent}>
          {recent.data.map((r) => (
            <li key={r.comparisonId}>
              <a href={formatRoute({ name: 'compare', left: r.leftId, right: r.rightId })}>
                {r.leftOutlet ?? r.leftTitle} ↔ {r.rightOutlet ?? r.rightTitle}
              </a>{' '}
              <Counts counts={r.counts} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
