// A banner across the window while the back end does not answer (browser mode: the `parallax serve` process
// stopped), with Retry. When it answers again every view reloads what it shows.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';
import { useConnection } from '../api/connection';
import { errorMessage } from '../shell/errors';
import styles from './AppHeader.module.css';

export function ConnectionBanner() {
  const { t } = useTranslation();
  const connection = useConnection();
  const client = useQueryClient();
  const [retrying, setRetrying] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (connection === 'up') return null;
  const retry = () => {
    setRetrying(true);
    getApi()
      .appInfo({})
      .then(
        () => {
          setFailure(null);
          return client.invalidateQueries();
        },
        (err: unknown) => setFailure(errorMessage(err, t)),
      )
      .finally(() => setRetrying(false));
  };
  return (
    <div className={styles.banner} role="alert">
      <p>
        <strong>{t('connection.title')}</strong> {t('connection.body')}
        {failure && failure !== t('errors.unreachable') && <> {failure}</>}
      </p>
      <button type="button" onClick={retry} disabled={retrying}>
        {retrying ? t('connection.retrying') : t('action.retry')}
      </button>
    </div>
  );
}
