// "Import from Zotero…": the data directory's path, its items (press articles, and the others with why they are
// left out), then the import in batches of 20 with a live count, Cancel, and each item's outcome.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, ZoteroLibrary } from '../../../shared/domain';
import { getApi } from '../api/client';
import ui from '../shell/common.module.css';
import styles from './ImportPanel.module.css';

const BATCH = 20;

export function ZoteroImport({
  onImported,
  onClose,
}: {
  readonly onImported: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [directory, setDirectory] = useState('');
  const [library, setLibrary] = useState<ZoteroLibrary | null>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [running, setRunning] = useState(false);
  const [stopped, setStopped] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelled = useRef(false);

  const look = async () => {
    setError(null);
    setResults(null);
    try {
      setLibrary(await getApi().zoteroItems({ directory }));
    } catch (err) {
      setLibrary(null);
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const run = async () => {
    if (!library) return;
    cancelled.current = false;
    setStopped(false);
    setRunning(true);
    const done: ImportResult[] = [];
    setResults([]);
    const keys = library.items.map((i) => i.key);
    try {
      for (let at = 0; at < keys.length && !cancelled.current; at += BATCH) {
        done.push(...(await getApi().importZotero({ directory: library.directory, keys: keys.slice(at, at + BATCH) })));
        setResults([...done]);
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setRunning(false);
      onImported();
    }
  };

  const count = (s: ImportResult['status']) => results?.filter((r) => r.status === s).length ?? 0;
  const importable = library?.items.filter((i) => !i.leftOut).length ?? 0;
  const summary = {
    done: results?.length ?? 0,
    total: library?.items.length ?? 0,
    imported: count('imported'),
    duplicate: count('duplicate'),
    skipped: count('skipped'),
    failed: count('failed'),
  };
  return (
    <form
      className={styles.progress}
      aria-label={t('import.zotero.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void look();
      }}
    >
      <label>
        {t('import.zotero.directory')}{' '}
        <input
          value={directory}
          onChange={(e) => setDirectory(e.target.value)}
          placeholder={t('import.zotero.placeholder')}
          aria-describedby="zotero-help"
        />
      </label>{' '}
      <button type="submit" disabled={!directory.trim() || running}>
        {t('import.zotero.look')}
      </button>{' '}
      <button type="button" onClick={onClose} disabled={running}>
        {t('action.close')}
      </button>
      <p id="zotero-help" className={ui.meta}>
        {t('import.zotero.help')}
      </p>
      {error && (
        <p role="alert" className={ui.error}>
          {error}
        </p>
      )}
      {library && (
        <div role="status" aria-live="polite">
          {library.warning && <p className={ui.notice}>{library.warning}</p>}
          <p>{t('import.zotero.found', { count: library.items.length, importable })}</p>
          {results === null && (
            <button type="button" onClick={() => void run()} disabled={importable === 0}>
              {t('import.zotero.start', { count: importable })}
            </button>
          )}
          {results !== null && (
            <>
              <progress max={summary.total} value={summary.done} />
              <span>
                {running
                  ? t('import.zotero.running', summary)
                  : stopped
                    ? t('import.zotero.cancelled', summary)
                    : t('import.zotero.finished', summary)}
              </span>{' '}
              {running && (
                <button
                  type="button"
                  onClick={() => {
                    cancelled.current = true;
                    setStopped(true);
                  }}
                >
                  {t('action.cancel')}
                </button>
              )}
              <ul className={styles.results}>
                {results.map((r, i) => (
                  <li key={i} className={r.status === 'failed' ? styles.failed : undefined}>
                    <strong>{t(`import.status.${r.status}`)}</strong> {r.file}
                    {r.reason ? `: ${r.reason}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
