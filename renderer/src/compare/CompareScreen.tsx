// Loads a comparison (through the query layer, so a correction's answer replaces it at once) and shows it, or
// says clearly that one of its reports is gone.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useComparison } from '../api/queries';
import { NotFound } from '../app/NotFound';
import { navigate } from '../app/useRoute';
import { isNotFound } from '../shell/errors';
import { Loading, LoadError } from '../shell/Status';
import { WorkProgress } from '../shell/WorkProgress';
import { ComparisonView } from './ComparisonView';
import styles from './CompareScreen.module.css';

export function CompareScreen({
  left,
  right,
  claim,
}: {
  readonly left: number;
  readonly right: number;
  readonly claim: string | undefined;
}) {
  const { t } = useTranslation();
  // Time to first render is measured from here: opening the comparison, from the back end or from the cache.
  useState(() => {
    performance.clearMarks();
    performance.clearMeasures();
    performance.mark('parallax:compare-opened');
  });
  const loaded = useComparison(left, right);
  if (loaded.isPending) {
    return (
      <main className={styles.workspace}>
        <Loading what={t('status.what.comparison')} />
        <WorkProgress view="compare" />
      </main>
    );
  }
  if (loaded.isError) {
    return isNotFound(loaded.error) ? (
      <NotFound what="comparison" />
    ) : (
      <LoadError error={loaded.error} onRetry={() => void loaded.refetch()} />
    );
  }
  return (
    <main className={styles.workspace}>
      <ComparisonView
        view={loaded.data}
        claim={claim}
        onCheck={(text, side) => navigate({ name: 'check', claim: text, from: loaded.data[side].id })}
      />
    </main>
  );
}
