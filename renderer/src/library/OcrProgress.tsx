// While an import runs, the scans being read by OCR ("clipping.pdf: page 3 of 12"), and a button to stop them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OcrStatus } from '../../../shared/domain';
import { getApi } from '../api/client';
import styles from './ImportPanel.module.css';

export function OcrProgress({ active }: { readonly active: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OcrStatus['running']>([]);
  useEffect(() => {
    if (!active) return;
    let stop = false;
    const poll = async () => {
      try {
        const s = await getApi().ocrStatus({});
        if (!stop) setStatus(s.running);
      } catch {
        // The import reports its own failures.
      }
    };
    const timer = setInterval(() => void poll(), 700);
    void poll();
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [active]);
  if (!active || !status.length) return null;
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      {status.map((r) => (
        <span key={r.file}>
          {t('import.ocr.page', { file: r.file, page: Math.min(r.page + 1, r.pages), pages: r.pages })}{' '}
          <progress max={r.pages} value={r.page} />{' '}
        </span>
      ))}
      <button type="button" onClick={() => void getApi().cancelOcr({})}>
        {t('import.ocr.stop')}
      </button>
    </div>
  );
}
