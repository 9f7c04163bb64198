// The details panel below the texts, for whatever is selected: it closes (×, Escape, a click on the text outside
// the claims) and folds to its title; on short windows it overlays the texts instead of squeezing them. Here too:
// the details of a claim only one report makes, with linking by hand. A link's details are in LinkDetails.tsx.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { Claim } from '../../../shared/compare/types';
import { ONLY_IN } from '../../../shared/presentation/verdicts';
import { useLocale } from '../i18n';
import { MarkSample } from './MarkSample';
import { sideOf } from './model';
import styles from './DetailsPanel.module.css';

export interface DetailsProps {
  readonly comparison: CorrectedComparison;
  readonly busy: boolean;
  readonly onClose: () => void;
  readonly onCheck: (claim: string, side: 'left' | 'right') => void;
}

export function DetailsFrame({
  title,
  onClose,
  children,
  actions,
}: {
  readonly title: ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly actions: ReactNode;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside className={styles.panel} data-collapsed={collapsed || undefined} aria-label={t('details.label')}>
      <div className={styles.head}>
        <h3>{title}</h3>
        <div className={styles.actions}>{actions}</div>
        <div className={styles.window}>
          <button
            type="button"
            aria-expanded={!collapsed}
            aria-label={collapsed ? t('details.expand') : t('details.collapse')}
            title={collapsed ? t('details.expand') : t('details.collapse')}
            onClick={() => setCollapsed((x) => !x)}
          >
            {collapsed ? '▴' : '▾'}
          </button>
          <button type="button" aria-label={t('details.close')} title={t('details.close')} onClick={onClose}>
            ×
          </button>
        </div>
      </div>
      {!collapsed && <div className={styles.body}>{children}</div>}
    </aside>
  );
}

export function OnlyClaimDetails({
  comparison,
  claim,
  busy,
  onLinkByHand,
  onCheck,
  onClose,
}: DetailsProps & { readonly claim: Claim; readonly onLinkByHand: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const side = sideOf(claim.id);
  const other = side === 'left' ? 'right' : 'left';
  return (
    <DetailsFrame
      onClose={onClose}
      title={<MarkSample mark="only">{ONLY_IN[locale][side]}</MarkSample>}
      actions={
        <>
          <button type="button" onClick={onLinkByHand} disabled={busy || comparison[other].claims.length === 0}>
            {t(other === 'left' ? 'details.linkLeft' : 'details.linkRight')}
          </button>
          <button type="button" onClick={() => onCheck(claim.text, side)}>
            {t('details.check')}
          </button>
        </>
      }
    >
      <p dir="auto" className={styles.only}>
        {claim.text}
      </p>
      <p className={styles.suggestion}>{t('details.onlyHint')}</p>
    </DetailsFrame>
  );
}
