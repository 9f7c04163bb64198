// The two help screens: the first-run guide (what the four marks mean, and that verdicts are suggestions to
// check and correct), shown once and reachable from Help; and the keyboard shortcuts overlay (`?`).
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_MEANING, MARK_NAME, MARKS } from '../../../shared/presentation/verdicts';
import { MarkSample } from '../compare/MarkSample';
import { useLocale } from '../i18n';
import { Dialog } from '../shell/Dialog';
import { LanguagePicker } from './SettingsMenu';
import { isNamedKey, SHORTCUT_GROUPS } from './shortcuts';
import styles from './HelpDialogs.module.css';

export function Guide({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Dialog
      title={t('guide.title')}
      onClose={onClose}
      wide
      footer={
        <>
          <LanguagePicker inline />
          <button type="button" className="primary" onClick={onClose} data-autofocus>
            {t('guide.start')}
          </button>
        </>
      }
    >
      <p>{t('guide.intro')}</p>
      <dl className={styles.marks}>
        {MARKS.map((m) => (
          <Fragment key={m}>
            <dt>
              <MarkSample mark={m}>{MARK_NAME[locale][m]}</MarkSample>
            </dt>
            <dd>{MARK_MEANING[locale][m]}</dd>
          </Fragment>
        ))}
      </dl>
      <p className={styles.caution} role="note">
        <strong>{t('guide.suggestionsTitle')}</strong> {t('guide.suggestions')}
      </p>
      <ul className={styles.steps}>
        <li>{t('guide.stepLibrary')}</li>
        <li>{t('guide.stepCompare')}</li>
        <li>{t('guide.stepCorrect')}</li>
        <li>{t('guide.stepHelp')}</li>
      </ul>
    </Dialog>
  );
}

export function ShortcutsHelp({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      {SHORTCUT_GROUPS.map((g) => (
        <section key={g.title} className={styles.group}>
          <h3>{t(g.title)}</h3>
          <table className={styles.keys}>
            <tbody>
              {g.shortcuts.map((s) => (
                <tr key={s.action}>
                  <td>
                    {s.keys.map((combo, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span className={styles.or}> {t('shortcuts.or')} </span>}
                        {combo.map((k, j) => (
                          <Fragment key={k}>
                            {j > 0 && '+'}
                            <kbd>{isNamedKey(k) ? t(`keys.${k}`) : k}</kbd>
                          </Fragment>
                        ))}
                      </Fragment>
                    ))}
                  </td>
                  <td>{t(s.action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Dialog>
  );
}
