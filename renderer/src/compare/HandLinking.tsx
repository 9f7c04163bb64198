// Linking two claims by hand: the notice while the researcher picks the counterpart (claims named by their
// words, never by ids), and the question before a link the target already has is replaced.
import { useTranslation } from 'react-i18next';
import type { CorrectedLink } from '../../../shared/compare/corrections';
import { excerpt } from '../../../shared/presentation/format';
import { MARK_NAME } from '../../../shared/presentation/verdicts';
import { useLocale } from '../i18n';
import { Dialog } from '../shell/Dialog';
import ui from '../shell/common.module.css';
import styles from './ComparisonView.module.css';

export function LinkingNotice({
  source,
  side,
  onCancel,
}: {
  readonly source: string;
  /** The side the counterpart is chosen on. */
  readonly side: 'left' | 'right';
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`${ui.notice} ${styles.linking}`} role="status">
      <span>{t(side === 'left' ? 'linking.chooseLeft' : 'linking.chooseRight', { claim: excerpt(source) })}</span>{' '}
      <button type="button" onClick={onCancel}>
        {t('action.cancel')} <kbd>{t('keys.Esc')}</kbd>
      </button>
    </div>
  );
}

export function ReplaceLinkDialog({
  source,
  target,
  counterpart,
  existing,
  onReplace,
  onCancel,
}: {
  readonly source: string;
  readonly target: string;
  /** The claim(s) the target is linked with now. */
  readonly counterpart: string;
  readonly existing: CorrectedLink;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Dialog
      title={t('linking.replaceTitle')}
      onClose={onCancel}
      footer={
        <>
          <button type="button" onClick={onCancel} data-autofocus>
            {t('linking.keep')}
          </button>
          <button type="button" className="primary" onClick={onReplace}>
            {t('linking.replace')}
          </button>
        </>
      }
    >
      <p>
        {t('linking.replaceBody', {
          target: excerpt(target),
          counterpart: excerpt(counterpart),
          verdict: MARK_NAME[locale][existing.verdict],
          source: excerpt(source),
        })}
      </p>
      {existing.edited && <p className={ui.notice}>{t('linking.replaceEdited')}</p>}
    </Dialog>
  );
}
