// Above each text: its title, outlet, date and language, and the researcher's note on the outlet.
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../shared/domain';
import { formatRoute } from '../app/routes';
import { useFormat } from '../shell/format';
import ui from '../shell/common.module.css';
import styles from './ComparisonView.module.css';

export function PaneHeader({ article }: { readonly article: Article }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <header className={styles.paneTitle}>
      <h3 dir="auto" title={article.title}>
        <a href={formatRoute({ name: 'article', id: article.id })}>{article.title}</a>
      </h3>
      <p className={ui.meta}>
        {format.articleLine(article)}
        {article.isSummary && <span className={ui.badge}>{t('article.summaryBadge')}</span>}
      </p>
      {article.outletNotes && article.outlet && (
        <p className={styles.outletNote}>
          <strong>{t('outletNotes.yours', { outlet: article.outlet })}</strong> {article.outletNotes}
        </p>
      )}
    </header>
  );
}
