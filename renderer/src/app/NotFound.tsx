// What a route to something that is no longer there shows: what is missing, and a way back.
import { useTranslation } from 'react-i18next';
import { navigate } from './useRoute';
import { HOME } from './routes';
import styles from './Screens.module.css';

export function NotFound({ what }: { readonly what: 'article' | 'comparison' | 'story' }) {
  const { t } = useTranslation();
  return (
    <main className={styles.workspace}>
      <div role="alert" className={styles.notFound}>
        <h2>{t(`notFound.${what}.title`)}</h2>
        <p>{t(`notFound.${what}.body`)}</p>
        <button type="button" className="primary" onClick={() => navigate(HOME)}>
          {t('notFound.back')}
        </button>
      </div>
    </main>
  );
}
