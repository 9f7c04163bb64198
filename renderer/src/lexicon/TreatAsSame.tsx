// "Treat these as the same", from a link in a comparison: words of the left claim and of the right claim become
// one entry of the library's lexicon (the same thing, or two labels for one thing), and the comparison is
// recomputed with it. The fields start with the words selected in the claims, if any.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../../shared/compare/types';
import ui from '../shell/common.module.css';
import { errorMessage } from '../shell/errors';
import { useLexiconChanges } from './useLexicon';
import styles from './LexiconScreen.module.css';

function selected(claims: readonly Claim[]): string {
  const text = window.getSelection()?.toString().trim() ?? '';
  return text && claims.some((c) => c.text.includes(text)) ? text : '';
}

export function TreatAsSame({ left, right }: { readonly left: readonly Claim[]; readonly right: readonly Claim[] }) {
  const { t } = useTranslation();
  const { add } = useLexiconChanges();
  const [open, setOpen] = useState(false);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  if (!open) {
    return (
      <button
        type="button"
        className={ui.linkButton}
        onClick={() => {
          setA(selected(left));
          setB(selected(right));
          add.reset();
          setOpen(true);
        }}
      >
        {t('lexicon.fromLink')}
      </button>
    );
  }
  const ready = a.trim() !== '' && b.trim() !== '' && a.trim() !== b.trim();
  const save = (kind: 'alias' | 'label') => add.mutate({ kind, terms: [a.trim(), b.trim()] });
  return (
    <fieldset className={styles.form}>
      <legend>{t('lexicon.fromLink')}</legend>
      <p className={ui.meta}>{t('lexicon.fromLinkHint')}</p>
      <label className={styles.terms}>
        {t('lexicon.left')}
        <input value={a} onChange={(e) => setA(e.target.value)} dir="auto" />
      </label>
      <label className={styles.terms}>
        {t('lexicon.right')}
        <input value={b} onChange={(e) => setB(e.target.value)} dir="auto" />
      </label>
      <div className={styles.buttons}>
        <button type="button" className="primary" disabled={!ready || add.isPending} onClick={() => save('alias')}>
          {t('lexicon.asAlias')}
        </button>
        <button type="button" disabled={!ready || add.isPending} onClick={() => save('label')}>
          {t('lexicon.asLabel')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('action.cancel')}
        </button>
      </div>
      {add.isSuccess && (
        <p role="status" className={ui.notice}>
          {t('lexicon.added')}
        </p>
      )}
      {add.isError && (
        <p role="alert" className={ui.error}>
          {errorMessage(add.error, t)}
        </p>
      )}
    </fieldset>
  );
}
