// The start screen: what Parallax does and how to begin; the guide is one click away.
import { useTranslation } from 'react-i18next';
import { navigate } from './useRoute';
import styles from './Screens.module.css';

export function Welcome({ onGuide }: { readonly onGuide: () => void }) {
  const { t } = useTranslation();
  return (
    <main className={`${styles.workspace} ${styles.welcome}`}>
      <h2>{t('welcome.title')}</h2>
      <p>{t('welcome.body')}</p>
      <p className={styles.actions}>
        <button type="button" className="primary" onClick={() => navigate({ name: 'pick' })}>
          {t('nav.compare')}
        </button>
        <button type="button" onClick={onGuide}>
          {t('help.guide')}
        </button>
      </p>
    </main>
  );
}
