// The library's own lexicon: names or words to treat as the same, pairs of labels that frame one referent, extra
// hedges. Listed, added, edited and removed here (and added from a comparison), applied to every comparison and
// claim check, exported and imported as a JSON file.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexiconEntry } from '../../../shared/domain';
import { getApi } from '../api/client';
import screens from '../app/Screens.module.css';
import { download } from '../compare/download';
import ui from '../shell/common.module.css';
import { errorMessage } from '../shell/errors';
import { LoadError, Loading } from '../shell/Status';
import { useLexicon, useLexiconChanges, type NewEntry } from './useLexicon';
import styles from './LexiconScreen.module.css';

const KINDS: readonly LexiconEntry['kind'][] = ['alias', 'label', 'hedge'];

/** The terms typed one per line, as the entry's kind wants them; null when they do not fit it. */
export function entryFrom(kind: LexiconEntry['kind'], text: string): NewEntry | null {
  const terms = text
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);
  if (kind === 'alias' && terms.length >= 2) return { kind, terms };
  if (kind === 'label' && terms.length === 2) return { kind, terms };
  if (kind === 'hedge' && terms.length === 1) return { kind, terms };
  return null;
}

export function EntryForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  busy,
}: {
  readonly initial?: NewEntry;
  readonly submitLabel: string;
  readonly onSubmit: (entry: NewEntry) => void;
  readonly onCancel?: () => void;
  readonly busy: boolean;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LexiconEntry['kind']>(initial?.kind ?? 'alias');
  const [text, setText] = useState((initial?.terms ?? []).join('\n'));
  const entry = entryFrom(kind, text);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        if (entry) onSubmit(entry);
      }}
    >
      <label>
        {t('lexicon.kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as LexiconEntry['kind'])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`lexicon.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.terms}>
        {t(`lexicon.termsHint.${kind}`)}
        <textarea rows={kind === 'hedge' ? 1 : 3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className={styles.buttons}>
        <button type="submit" className="primary" disabled={busy || entry === null}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export function LexiconScreen() {
  const { t } = useTranslation();
  const lexicon = useLexicon();
  const { add, update, remove, importFile } = useLexiconChanges();
  const [editing, setEditing] = useState<number | null>(null);
  const [imported, setImported] = useState<{ added: number; skipped: number } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const busy = add.isPending || update.isPending || remove.isPending || importFile.isPending;
  const error = add.error ?? update.error ?? remove.error ?? importFile.error;
  return (
    <main className={screens.workspace}>
      <h2>{t('lexicon.title')}</h2>
      <p className={styles.intro}>{t('lexicon.intro')}</p>
      {error && (
        <p role="alert" className={ui.error}>
          {errorMessage(error, t)}
        </p>
      )}
      {imported && (
        <p role="status" className={ui.notice}>
          {t('lexicon.imported', { count: imported.added, skipped: imported.skipped })}
        </p>
      )}
      <section aria-label={t('lexicon.add')} className={styles.add}>
        <h3>{t('lexicon.add')}</h3>
        <EntryForm
          key={add.submittedAt}
          submitLabel={t('lexicon.addButton')}
          busy={busy}
          onSubmit={(e) => add.mutate(e)}
        />
      </section>
      <div className={styles.fileActions}>
        <button
          type="button"
          onClick={async () => {
            const data = await getApi().exportLexicon({});
            download({
              filename: 'parallax-lexicon.json',
              mediaType: 'application/json',
              content: `${JSON.stringify(data, null, 2)}\n`,
            });
          }}
        >
          {t('lexicon.export')}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t('lexicon.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          className={ui.visuallyHidden}
          tabIndex={-1}
          aria-hidden="true"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (!f) return;
            setImported(null);
            importFile.mutate(await f.text(), { onSuccess: (r) => setImported(r) });
          }}
        />
      </div>
      {lexicon.isPending && <Loading what={t('lexicon.title')} />}
      {lexicon.isError && <LoadError error={lexicon.error} onRetry={() => void lexicon.refetch()} />}
      {lexicon.isSuccess && lexicon.data.length === 0 && <p className={ui.status}>{t('lexicon.empty')}</p>}
      {lexicon.isSuccess &&
        KINDS.map((kind) => {
          const entries = lexicon.data.filter((e) => e.kind === kind);
          if (!entries.length) return null;
          return (
            <section key={kind} aria-label={t(`lexicon.kinds.${kind}`)}>
              <h3>
                {t(`lexicon.kinds.${kind}`)} <span className={ui.meta}>{entries.length}</span>
              </h3>
              <ul className={styles.list}>
                {entries.map((e) =>
                  editing === e.id ? (
                    <li key={e.id}>
                      <EntryForm
                        initial={e}
                        submitLabel={t('action.save')}
                        busy={busy}
                        onCancel={() => setEditing(null)}
                        onSubmit={(entry) => update.mutate({ id: e.id, entry }, { onSuccess: () => setEditing(null) })}
                      />
                    </li>
                  ) : (
                    <li key={e.id} className={styles.entry}>
                      <span className={styles.entryTerms}>
                        {e.terms.map((term, i) => (
                          <span key={i}>
                            {i > 0 && <span aria-hidden="true"> {kind === 'label' ? '↔' : '='} </span>}
                            <q dir="auto">{term}</q>
                          </span>
                        ))}
                      </span>
                      <button type="button" className={ui.linkButton} onClick={() => setEditing(e.id)}>
                        {t('action.edit')}
                      </button>
                      <button
                        type="button"
                        className={ui.linkButton}
                        disabled={busy}
                        onClick={() => remove.mutate(e.id)}
                        aria-label={t('lexicon.removeLabel', { terms: e.terms.join(', ') })}
                      >
                        {t('lexicon.remove')}
                      </button>
                    </li>
                  ),
                )}
              </ul>
            </section>
          );
        })}
    </main>
  );
}
