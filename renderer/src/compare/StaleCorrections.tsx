// Corrections whose claims are no longer in the texts (an edited article, a new engine): listed, never dropped
// in silence.
import { useTranslation } from 'react-i18next';
import type { StaleCorrection } from '../../../shared/compare/corrections';
import { excerpt } from '../../../shared/presentation/format';
import ui from '../shell/common.module.css';

export function StaleCorrections({ stale }: { readonly stale: readonly StaleCorrection[] }) {
  const { t } = useTranslation();
  if (!stale.length) return null;
  return (
    <div className={ui.notice} role="note">
      {t('compare.stale', { count: stale.length })}
      <ul>
        {stale.map((s) => (
          <li key={s.correction.id}>
            {t(`compare.correctionKind.${s.correction.kind}`)}: “{excerpt(s.correction.leftText, 60)}”: {s.why}
          </li>
        ))}
      </ul>
    </div>
  );
}
