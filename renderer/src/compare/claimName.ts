// A claim's accessible name: its verdict, whether the researcher corrected it, the first reason, then its text
// ("Conflict (actor: …): Russian officers said …").
import { useTranslation } from 'react-i18next';
import type { CorrectedLink } from '../../../shared/compare/corrections';
import { reasonNote } from '../../../shared/compare/notes';
import type { Claim } from '../../../shared/compare/types';
import { MARK_NAME, reasonName, type Mark } from '../../../shared/presentation/verdicts';
import { useLocale } from '../i18n';

export function useClaimName() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (mark: Mark, claim: Claim, link: CorrectedLink | undefined): string => {
    const reason = link?.reasons[0];
    return t('compare.claimName', {
      mark: MARK_NAME[locale][mark],
      edited: link?.edited ? t('compare.editedSuffix') : '',
      why: reason
        ? t('compare.whySuffix', { kind: reasonName(reason.kind, locale), note: reasonNote(reason, locale) })
        : '',
      text: claim.text,
    });
  };
}
