// Shared loading and error displays, so every pane says the same thing the same way, in the reader's language.
import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors';
import ui from './common.module.css';

export function Loading({ what }: { readonly what: string }) {
  const { t } = useTranslation();
  return (
    <p className={ui.status} role="status" aria-live="polite">
      {t('status.loading', { what })}
    </p>
  );
}

export function LoadError({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={ui.errorPanel}>
      <p>{errorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      )}
    </div>
  );
}
