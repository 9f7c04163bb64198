// The details of what is selected, wired to the corrections: a link (verdict, unlink, note) or a claim only one
// report makes (link it by hand). Nothing is shown when nothing is selected.
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import { OnlyClaimDetails } from './DetailsPanel';
import { LinkDetails } from './LinkDetails';
import type { ClaimIndex } from './model';
import type { Correction } from './useCorrections';

export function SelectionDetails({
  c,
  index,
  selectedClaim,
  busy,
  justLinked,
  correct,
  onLinkByHand,
  onCheck,
  onClose,
}: {
  readonly c: CorrectedComparison;
  readonly index: ClaimIndex;
  readonly selectedClaim: string | null;
  readonly busy: boolean;
  /** The claim a link was just made from by hand, if any. */
  readonly justLinked: string | null;
  readonly correct: (c: Correction) => Promise<unknown>;
  readonly onLinkByHand: (claimId: string) => void;
  readonly onCheck: (claim: string, side: 'left' | 'right') => void;
  readonly onClose: () => void;
}) {
  if (selectedClaim === null) return null;
  const li = index.linkOf.get(selectedClaim);
  if (li === undefined) {
    const claim = index.claims.get(selectedClaim)!;
    return (
      <OnlyClaimDetails
        comparison={c}
        claim={claim}
        busy={busy}
        onLinkByHand={() => onLinkByHand(claim.id)}
        onCheck={onCheck}
        onClose={onClose}
      />
    );
  }
  const link = c.links[li]!;
  const ends = { leftId: link.left[0]!, rightId: link.right[0]! };
  return (
    <LinkDetails
      key={`${li}-${link.left.join()}-${link.right.join()}-${link.note ?? ''}`}
      comparison={c}
      link={link}
      busy={busy}
      justLinked={justLinked !== null && [...link.left, ...link.right].includes(justLinked)}
      onVerdict={(verdict) => void correct({ kind: 'verdict', ...ends, verdict })}
      onUnlink={() => {
        onClose();
        void correct({ kind: 'unlink', ...ends });
      }}
      onNote={(note) => void correct({ kind: 'note', ...ends, note })}
      onCheck={onCheck}
      onClose={onClose}
    />
  );
}
