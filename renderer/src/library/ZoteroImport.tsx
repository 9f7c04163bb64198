// "Import from Zotero…": the data directory's path, its items (press articles, and the others with why they are
// left out), then the import in batches of 20 with a live count, Cancel, and each item's outcome.
import { useRef, useState } from 'react';
import type { ImportResult, ZoteroLibrary } from '../../../shared/domain';
import { getApi } from '../api/client';

const BATCH = 20;

export function ZoteroImport({
  onImported,
  onClose,
}: {
  readonly onImported: () => void;
  readonly onClose: () => void;
}) {
  const [directory, setDirectory] = useState('');
  const [library, setLibrary] = useState<ZoteroLibrary | null>(null);
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
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
  return (
    <form
      className="zotero-import"
      aria-label="Import from Zotero"
      onSubmit={(e) => {
        e.preventDefault();
        void look();
      }}
    >
      <label>
        Zotero data directory{' '}
        <input
          value={directory}
          onChange={(e) => setDirectory(e.target.value)}
          placeholder="~/Zotero"
          aria-describedby="zotero-help"
        />
      </label>
      <button type="submit" disabled={!directory.trim() || running}>
        Look
      </button>
      <button type="button" onClick={onClose} disabled={running}>
        Close
      </button>
      <p id="zotero-help" className="hint">
        The folder Zotero shows in Settings › Advanced › Files and Folders. Zotero may stay open; its files are only
        read.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {library && (
        <div role="status" aria-live="polite">
          {library.warning && <p className="hint">{library.warning}</p>}
          <p>
            {library.items.length} items: {importable} press articles with a snapshot or PDF,{' '}
            {library.items.length - importable} left out.
          </p>
          {results === null && (
            <button type="button" onClick={() => void run()} disabled={library.items.length === 0}>
              Import {importable} items
            </button>
          )}
          {results !== null && (
            <>
              <progress max={library.items.length} value={results.length} />
              <span>
                {running ? 'Importing' : stopped ? 'Cancelled after' : 'Done:'} {results.length} of{' '}
                {library.items.length}: {count('imported')} imported, {count('duplicate')} duplicate, {count('skipped')}{' '}
                skipped, {count('failed')} failed
              </span>
              {running && (
                <button
                  type="button"
                  onClick={() => {
                    cancelled.current = true;
                    setStopped(true);
                  }}
                >
                  Cancel
                </button>
              )}
              <ul className="import-results">
                {results.map((r, i) => (
                  <li key={i} className={r.status}>
                    <strong>{r.status}</strong> {r.file}
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
