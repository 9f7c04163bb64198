// Loads a comparison and shows it; corrections replace the view with the one the back end returns.
import { useState } from 'react';
import type { ComparisonView as View } from '../../../shared/domain';
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { LoadError, Loading } from '../shell/Status';
import { viewId, WorkProgress } from '../shell/WorkProgress';
import { ComparisonView } from './ComparisonView';

export function CompareScreen({
  leftId,
  rightId,
  onCheck,
}: {
  readonly leftId: number;
  readonly rightId: number;
  readonly onCheck: (claim: string) => void;
}) {
  const [loaded, reload] = useApi(() => {
    performance.clearMarks();
    performance.clearMeasures();
    performance.mark('parallax:compare-requested');
    return getApi()
      .openComparison({ leftId, rightId, view: viewId('compare') })
      .then((v) => {
        performance.mark('parallax:compare-received');
        return v;
      });
  }, [leftId, rightId]);
  const [updated, setUpdated] = useState<View | null>(null);
  if (loaded.state === 'loading')
    return (
      <>
        <Loading what="the comparison" />
        <WorkProgress view="compare" what="the comparison" />
      </>
    );
  if (loaded.state === 'error') return <LoadError message={loaded.message} onRetry={reload} />;
  const view = updated && updated.comparisonId === loaded.value.comparisonId ? updated : loaded.value;
  return <ComparisonView view={view} onView={setUpdated} onCheck={onCheck} />;
}
