// "Export QDPX" in the library: a REFI-QDA project for NVivo, MAXQDA, ATLAS.ti or QualCoder, of the story the
// library is filtered on, or of the whole library.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';
import { download } from '../compare/download';
import ui from '../shell/common.module.css';

export function ExportQdpx({ story }: { readonly story: string | undefined }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      download(await getApi().exportQdpx(story ? { story } : {}));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className={ui.linkButton}
        onClick={() => void run()}
        disabled={busy}
        title={story ? t('exchange.exportStoryHint', { story }) : t('exchange.exportLibraryHint')}
      >
        {busy ? t('exchange.exporting') : t('exchange.export')}
      </button>
      {error && (
        <span role="alert" className={ui.error}>
          {error}
        </span>
      )}
    </>
  );
}
