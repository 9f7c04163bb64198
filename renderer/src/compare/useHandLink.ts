// Linking a claim by hand: pick a claim only one report makes, then its counterpart in the other text. If the
// counterpart is already linked, the researcher is asked before that link is replaced. The new link is
// selected, with its details open so the researcher sets its verdict.
import { useCallback, useMemo, useState } from 'react';
import type { CorrectedComparison, CorrectedLink } from '../../../shared/compare/corrections';
import { linkClaims, sideOf, type ClaimIndex } from './model';
import type { Correction } from './useCorrections';
import { claimElement, LEVEL } from './usePaneSync';

interface Confirm {
  readonly source: string;
  readonly target: string;
  readonly existing: CorrectedLink;
  /** The words the target is linked with now. */
  readonly counterpart: string;
}

/** Puts focus on the first claim visible in a text, so the keyboard can carry on there. */
function focusVisibleClaim(side: 'left' | 'right'): void {
  const pane = document.querySelector<HTMLElement>(`[data-side="${side}"] [data-claim]`)?.parentElement;
  if (!pane) return;
  const top = pane.getBoundingClientRect().top + pane.clientHeight * LEVEL * 0.5;
  const claims = [...pane.querySelectorAll<HTMLElement>(':scope > [data-claim]')];
  (claims.find((el) => el.getBoundingClientRect().bottom >= top) ?? claims[0])?.focus({ preventScroll: true });
}

export function useHandLink({
  c,
  index,
  selectedClaim,
  select,
  correct,
}: {
  readonly c: CorrectedComparison;
  readonly index: ClaimIndex;
  readonly selectedClaim: string | null;
  readonly select: (id: string | null, focus?: boolean) => void;
  readonly correct: (c: Correction) => Promise<unknown>;
}) {
  const [pending, setPending] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [justLinked, setJustLinked] = useState<string | null>(null);

  const link = useCallback(
    (source: string, target: string) => {
      const [leftId, rightId] = sideOf(source) === 'left' ? [source, target] : [target, source];
      setPending(null);
      setConfirm(null);
      void correct({ kind: 'link', leftId, rightId }).then((view) => {
        if (!view) return;
        setJustLinked(source);
        select(source);
      });
    },
    [correct, select],
  );

  const start = useCallback(
    (source: string) => {
      setJustLinked(null);
      setPending(source);
      select(null);
      focusVisibleClaim(sideOf(source) === 'left' ? 'right' : 'left');
    },
    [select],
  );

  const cancel = useCallback(() => {
    setPending((p) => {
      if (p) claimElement(p)?.focus({ preventScroll: true });
      return null;
    });
  }, []);

  const choose = useCallback(
    (target: string) => {
      if (!pending) return;
      if (sideOf(target) === sideOf(pending)) {
        // A claim on the same side: the researcher changed their mind.
        setPending(null);
        select(target);
        return;
      }
      const li = index.linkOf.get(target);
      if (li === undefined) {
        link(pending, target);
        return;
      }
      const existing = c.links[li]!;
      const other = sideOf(target) === 'left' ? 'right' : 'left';
      setConfirm({
        source: pending,
        target,
        existing,
        counterpart: linkClaims(c, existing, other)
          .map((x) => x.text)
          .join(' '),
      });
    },
    [pending, index, c, link, select],
  );

  const replace = useCallback(() => {
    if (confirm) link(confirm.source, confirm.target);
  }, [confirm, link]);
  const cancelReplace = useCallback(() => setConfirm(null), []);

  return useMemo(
    () => ({
      pending,
      confirm,
      justLinked: justLinked !== null && justLinked === selectedClaim ? justLinked : null,
      start,
      cancel,
      choose,
      replace,
      cancelReplace,
    }),
    [pending, confirm, justLinked, selectedClaim, start, cancel, choose, replace, cancelReplace],
  );
}
