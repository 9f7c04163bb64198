// One report's text with every claim marked by verdict (icon, underline, colour); a claim is focusable, names
// its verdict, and ↑/↓ move between claims. Beside the text, the overview ruler of the whole text.
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { Claim } from '../../../shared/compare/types';
import type { Article } from '../../../shared/domain';
import { MARK_STYLE, type Mark } from '../../../shared/presentation/verdicts';
import { useClaimName } from './claimName';
import type { ClaimIndex } from './model';
import marks from './marks.module.css';
import styles from './ArticlePane.module.css';

interface Props {
  readonly side: 'left' | 'right';
  readonly article: Article;
  readonly claims: readonly Claim[];
  readonly comparison: CorrectedComparison;
  readonly index: ClaimIndex;
  readonly visible: ReadonlySet<Mark>;
  readonly selectedLink: number | null;
  readonly selectedClaim: string | null;
  readonly pendingClaim: string | null;
  readonly onClaim: (claimId: string) => void;
  readonly onHover: (claimId: string | null) => void;
  /** A click on the text outside any claim. */
  readonly onBackground: () => void;
  readonly paneRef: (el: HTMLDivElement | null) => void;
  /** The header above the text (title, details, outlet note). */
  readonly header: ReactNode;
  /** The overview ruler beside the text. */
  readonly ruler: ReactNode;
}

function claimOf(target: EventTarget): string | null {
  return (target as HTMLElement).closest?.<HTMLElement>('[data-claim]')?.dataset.claim ?? null;
}

/** Moves focus to the next or previous claim of the same text. */
function focusSibling(from: HTMLElement, direction: 1 | -1): void {
  const all = [...(from.parentElement?.querySelectorAll<HTMLElement>(':scope > [data-claim]') ?? [])];
  const at = all.indexOf(from);
  all[at + direction]?.focus();
}

export const ArticlePane = memo(function ArticlePane(p: Props) {
  const { t } = useTranslation();
  const claimName = useClaimName();
  const { article, claims } = p;
  const pieces: ReactNode[] = [];
  let pos = 0;
  for (const c of claims) {
    if (c.start > pos) pieces.push(article.text.slice(pos, c.start));
    const mark = p.index.markOf(c.id);
    const li = p.index.linkOf.get(c.id);
    const link = li === undefined ? undefined : p.comparison.links[li];
    const selected = li === undefined ? p.selectedClaim === c.id : li === p.selectedLink;
    pieces.push(
      <span
        key={c.id}
        id={`claim-${c.id}`}
        data-claim={c.id}
        data-mark={mark}
        data-edited={link?.edited ? 'true' : undefined}
        data-pending={p.pendingClaim === c.id ? 'true' : undefined}
        data-dimmed={p.visible.has(mark) ? undefined : 'true'}
        className={`${marks.mark} ${styles.claim}`}
        role="button"
        tabIndex={0}
        dir="auto"
        aria-pressed={selected}
        aria-label={claimName(mark, c, link)}
      >
        <span className={marks.icon} aria-hidden="true">
          {MARK_STYLE[mark].icon}
        </span>
        {c.text}
      </span>,
    );
    pos = c.end;
  }
  if (pos < article.text.length) pieces.push(article.text.slice(pos));
  return (
    <section
      className={styles.pane}
      data-side={p.side}
      aria-label={t(p.side === 'left' ? 'compare.leftPane' : 'compare.rightPane', { title: article.title })}
    >
      {p.header}
      <div className={styles.body}>
        {/* One set of handlers for the whole text (events bubble from the claims), not one per claim. */}
        <div
          className={styles.text}
          ref={p.paneRef}
          lang={article.language === 'und' ? undefined : article.language}
          onClick={(e) => {
            const id = claimOf(e.target);
            if (id) p.onClaim(id);
            else if (!window.getSelection()?.toString()) p.onBackground();
          }}
          onKeyDown={(e) => {
            const id = claimOf(e.target);
            if (!id) return;
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              p.onClaim(id);
            } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !e.altKey && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              focusSibling(e.target as HTMLElement, e.key === 'ArrowDown' ? 1 : -1);
            }
          }}
          onFocus={(e) => p.onHover(claimOf(e.target))}
          onMouseOver={(e) => p.onHover(claimOf(e.target))}
          onMouseLeave={() => p.onHover(null)}
        >
          {pieces}
        </div>
        {p.ruler}
      </div>
    </section>
  );
});
