// Import: choose files or a folder, drop them anywhere on the window, or paste a text; a live count with
// Cancel while it runs, and each file's outcome afterwards.
import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../../shared/domain';
import { filesFromDrop, importFiles, SUPPORTED, type ImportProgress, type NamedFile } from './importer';
import { OcrProgress } from './OcrProgress';
import { PasteForm } from './PasteForm';
import { ZoteroImport } from './ZoteroImport';

export function ImportPanel({
  onImported,
  onOpen,
}: {
  readonly onImported: () => void;
  readonly onOpen: (id: number) => void;
}) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [story, setStory] = useState('');
  const [pasting, setPasting] = useState(false);
  const [zotero, setZotero] = useState(false);
  const [dragging, setDragging] = useState(false);
  const cancelled = useRef(false);

  const run = async (files: readonly NamedFile[]) => {
    if (!files.length) return;
    cancelled.current = false;
    await importFiles(files, story.trim() || undefined, setProgress, () => cancelled.current);
    onImported();
  };

  // Files dropped anywhere on the window are imported; the page never navigates to a dropped file.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      if (e.dataTransfer?.items) void filesFromDrop(e.dataTransfer.items).then(run);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const fromInput = (list: FileList | null) =>
    void run(
      [...(list ?? [])]
        .filter((f) => !f.webkitRelativePath || SUPPORTED.test(f.name))
        .map((f) => ({ name: f.webkitRelativePath || f.name, file: f })),
    );
  const running = progress !== null && !progress.finished;
  const count = (s: ImportResult['status']) => progress?.results.filter((r) => r.status === s).length ?? 0;
  return (
    <section className="import-panel" aria-label="Import">
      {dragging && <div className="drop-overlay">Drop files or folders to import them</div>}
      <div className="import-actions">
        <label className="button">
          Import files…
          <input
            type="file"
            multiple
            accept=".txt,.text,.md,.markdown,.html,.htm,.docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.qdpx"
            hidden
            onChange={(e) => fromInput(e.target.files)}
          />
        </label>
        <label className="button">
          Import a folder…
          <input
            type="file"
            hidden
            ref={(el) => el?.setAttribute('webkitdirectory', '')}
            onChange={(e) => fromInput(e.target.files)}
          />
        </label>
        <button type="button" onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
          Paste text…
        </button>
        <button type="button" onClick={() => setZotero((z) => !z)} aria-expanded={zotero}>
          Import from Zotero…
        </button>
      </div>
      <label className="story-field">
        into story{' '}
        <input
          value={story}
          onChange={(e) => setStory(e.target.value)}
          placeholder="(none)"
          aria-label="Story for imported articles"
        />
      </label>
      {pasting && (
        <PasteForm
          story={story}
          onDone={(id) => {
            setPasting(false);
            onImported();
            onOpen(id);
          }}
        />
      )}
      {zotero && <ZoteroImport onImported={onImported} onClose={() => setZotero(false)} />}
      <OcrProgress active={running} />
      {progress && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress max={progress.total} value={progress.done} />
          <span>
            {running ? 'Importing' : progress.cancelled ? 'Cancelled after' : 'Imported'} {progress.done} of{' '}
            {progress.total}: {count('imported')} imported, {count('duplicate')} duplicate, {count('failed')} failed
            {count('skipped') ? `, ${count('skipped')} skipped` : ''}
          </span>
          {running ? (
            <button type="button" onClick={() => (cancelled.current = true)}>
              Cancel
            </button>
          ) : (
            <button type="button" onClick={() => setProgress(null)}>
              Dismiss
            </button>
          )}
          {!running && (count('failed') > 0 || count('duplicate') > 0) && (
            <ul className="import-results">
              {progress.results
                .filter((r) => r.status !== 'imported')
                .map((r, i) => (
                  <li key={i} className={r.status}>
                    <strong>{r.status}</strong> {r.file}: {r.reason}
                    {r.status === 'duplicate' && r.id !== undefined && (
                      <button type="button" className="link" onClick={() => onOpen(r.id!)}>
                        open it
                      </button>
                    )}
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
