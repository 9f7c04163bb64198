// Import: choose files or a folder (real buttons, so the keyboard reaches them), drop them anywhere on the
// window, or paste a text; a live count with Cancel while it runs, and each file's outcome afterwards.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/domain';
import { invalidateLibrary } from '../api/queries';
import { navigate } from '../app/useRoute';
import ui from '../shell/common.module.css';
import { filesFromDrop, importFiles, SUPPORTED, type ImportProgress, type NamedFile } from './importer';
import { OcrProgress } from './OcrProgress';
import { PasteForm } from './PasteForm';
import { ZoteroImport } from './ZoteroImport';
import styles from './ImportPanel.module.css';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,.pdf,.png,.jpg,.jpeg,.tif,.tiff,.qdpx';

export function ImportPanel() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [story, setStory] = useState('');
  const [pasting, setPasting] = useState(false);
  const [zotero, setZotero] = useState(false);
  const [dragging, setDragging] = useState(false);
  const cancelled = useRef(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const open = (id: number) => navigate({ name: 'article', id });

  const run = async (files: readonly NamedFile[]) => {
    if (!files.length) return;
    cancelled.current = false;
    await importFiles(files, story.trim() || undefined, setProgress, () => cancelled.current);
    await invalidateLibrary(client);
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

  const fromInput = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])]
      .filter((f) => !f.webkitRelativePath || SUPPORTED.test(f.name))
      .map((f) => ({ name: f.webkitRelativePath || f.name, file: f }));
    input.value = ''; // the same files can be chosen again
    void run(files);
  };
  const running = progress !== null && !progress.finished;
  const count = (s: ImportResult['status']) => progress?.results.filter((r) => r.status === s).length ?? 0;
  const summary = progress && {
    done: progress.done,
    total: progress.total,
    imported: count('imported'),
    duplicate: count('duplicate'),
    failed: count('failed'),
  };
  return (
    <section className={styles.panel} aria-label={t('import.label')}>
      {dragging && <div className={styles.dropOverlay}>{t('import.drop')}</div>}
      <div className={styles.actions}>
        <button type="button" onClick={() => filesInput.current?.click()}>
          {t('import.files')}
        </button>
        <button type="button" onClick={() => folderInput.current?.click()}>
          {t('import.folder')}
        </button>
        <button type="button" onClick={() => setPasting((p) => !p)} aria-expanded={pasting}>
          {t('import.paste')}
        </button>
        <button type="button" onClick={() => setZotero((z) => !z)} aria-expanded={zotero}>
          {t('import.zotero.open')}
        </button>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          tabIndex={-1}
          onChange={(e) => fromInput(e.target)}
        />
        <input
          ref={(el) => {
            folderInput.current = el;
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          hidden
          tabIndex={-1}
          onChange={(e) => fromInput(e.target)}
        />
      </div>
      <label className={styles.story}>
        {t('import.story')}{' '}
        <input
          value={story}
          onChange={(e) => setStory(e.target.value)}
          placeholder={t('import.storyNone')}
          aria-label={t('import.storyLabel')}
        />
      </label>
      {pasting && (
        <PasteForm
          story={story}
          onDone={(id) => {
            setPasting(false);
            void invalidateLibrary(client);
            open(id);
          }}
        />
      )}
      {zotero && <ZoteroImport onImported={() => void invalidateLibrary(client)} onClose={() => setZotero(false)} />}
      <OcrProgress active={running} />
      {progress && summary && (
        <div className={styles.progress} role="status" aria-live="polite">
          <progress max={progress.total} value={progress.done} />
          <span data-testid="import-count">
            {running
              ? t('import.running', summary)
              : progress.cancelled
                ? t('import.cancelled', summary)
                : t('import.finished', summary)}
          </span>{' '}
          {running ? (
            <button type="button" onClick={() => (cancelled.current = true)}>
              {t('action.cancel')}
            </button>
          ) : (
            <button type="button" onClick={() => setProgress(null)}>
              {t('action.dismiss')}
            </button>
          )}
          {!running && (summary.failed > 0 || summary.duplicate > 0 || count('skipped') > 0) && (
            <ul className={styles.results}>
              {progress.results
                .filter((r) => r.status !== 'imported')
                .map((r, i) => (
                  <li key={i} className={r.status === 'failed' ? styles.failed : undefined}>
                    <strong>{t(`import.status.${r.status}`)}</strong> {r.file}: {r.reason}
                    {r.status === 'duplicate' && r.id !== undefined && (
                      <button type="button" className={ui.linkButton} onClick={() => open(r.id!)}>
                        {t('import.openIt')}
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
