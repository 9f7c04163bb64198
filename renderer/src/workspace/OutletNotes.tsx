// The researcher's own note on an outlet ("state-affiliated"), shown with each of its articles, editable.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../api/client';
import { invalidateLibrary } from '../api/queries';
import ui from '../shell/common.module.css';
import styles from './Reader.module.css';

export function OutletNotes({ outlet, notes }: { readonly outlet: string; readonly notes: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [saved, setSaved] = useState(notes);
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <p className={styles.outletNotes}>
        {saved ? (
          <>
            <strong>{t('outletNotes.yours', { outlet })}</strong> {saved}{' '}
          </>
        ) : null}
        <button type="button" className={ui.linkButton} onClick={() => setDraft(saved)}>
          {saved ? t('outletNotes.edit') : t('outletNotes.add', { outlet })}
        </button>
      </p>
    );
  }
  return (
    <form
      className={styles.outletNotes}
      onSubmit={(e) => {
        e.preventDefault();
        void getApi()
          .setOutletNotes({ outlet, notes: draft })
          .then((r) => {
            setSaved(r.notes);
            setDraft(null);
            // Comparisons and exports show the note too.
            return invalidateLibrary(client);
          });
      }}
    >
      <label>
        {t('outletNotes.label', { outlet })}{' '}
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t('outletNotes.placeholder')} />
      </label>{' '}
      <button type="submit">{t('action.save')}</button>{' '}
      <button type="button" onClick={() => setDraft(null)}>
        {t('action.cancel')}
      </button>
    </form>
  );
}
