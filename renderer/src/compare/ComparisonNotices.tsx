// What the reader should know about the comparison as a whole: one report calls the other's story false (with
// the sentence that says it, one click away), the engine's own notes (a language it has no word lists for), and,
// where most conflicts found between reports in these languages were wrong, that its conflicts are to be checked.
import { useTranslation } from 'react-i18next';
import type { DocumentStance } from '../../../shared/compare/types';
import ui from '../shell/common.module.css';

export function ComparisonNotices({
  stance,
  notes,
  caution,
  onShow,
}: {
  readonly stance: DocumentStance | null;
  readonly notes: readonly string[];
  /** How often conflicts between reports in these languages were real, when most were not. */
  readonly caution: string | null;
  readonly onShow: (claimId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {stance && (
        <div className={ui.notice} role="note" aria-label={t('compare.disputeLabel')}>
          <strong>{t(`compare.dispute.${stance.side}`)}</strong> <q dir="auto">{stance.text}</q>{' '}
          <button type="button" className={ui.linkButton} onClick={() => onShow(stance.claim)}>
            {t('compare.disputeShow')}
          </button>
        </div>
      )}
      {caution && (
        <p className={ui.notice} role="note">
          {caution}
        </p>
      )}
      {notes.map((n) => (
        <p key={n} className={ui.notice} role="note">
          {n}
        </p>
      ))}
    </>
  );
}
