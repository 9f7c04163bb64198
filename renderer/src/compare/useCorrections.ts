// The researcher's corrections of a comparison (verdict, link, unlink, note) and Undo. Each answer is the new
// comparison, shown at once; the recent comparisons and their counts refresh behind it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CorrectionKind } from '../../../shared/compare/corrections';
import type { Verdict } from '../../../shared/compare/types';
import type { ComparisonView } from '../../../shared/domain';
import { getApi } from '../api/client';
import { afterCorrection } from '../api/queries';
import type { ClaimIndex } from './model';

export interface Correction {
  readonly kind: CorrectionKind;
  readonly leftId: string;
  readonly rightId: string;
  readonly verdict?: Verdict;
  readonly note?: string;
}

export function useCorrections(view: ComparisonView, index: ClaimIndex) {
  const client = useQueryClient();
  const correction = useMutation({
    mutationFn: ({ kind, leftId, rightId, verdict, note }: Correction) =>
      getApi().correctComparison({
        comparisonId: view.comparisonId,
        kind,
        // Text and position: a correction lands on the sentence clicked even when the same sentence occurs twice.
        leftText: index.claims.get(leftId)!.text,
        rightText: index.claims.get(rightId)!.text,
        leftStart: index.claims.get(leftId)!.start,
        rightStart: index.claims.get(rightId)!.start,
        ...(verdict ? { verdict } : {}),
        ...(note !== undefined ? { note } : {}),
      }),
    onSuccess: (v) => afterCorrection(client, v),
  });
  const undoing = useMutation({
    mutationFn: () => getApi().undoCorrection({ comparisonId: view.comparisonId }),
    onSuccess: (v) => afterCorrection(client, v),
  });
  const { mutateAsync: correctAsync, reset: resetCorrection } = correction;
  const { mutate: undoMutate, reset: resetUndo } = undoing;
  const correct = useCallback((c: Correction) => correctAsync(c).catch(() => undefined), [correctAsync]);
  const undo = useCallback(() => {
    resetCorrection();
    undoMutate();
  }, [resetCorrection, undoMutate]);
  const clearError = useCallback(() => {
    resetCorrection();
    resetUndo();
  }, [resetCorrection, resetUndo]);
  return {
    correct,
    undo,
    busy: correction.isPending || undoing.isPending,
    error: correction.error ?? undoing.error,
    clearError,
  };
}
