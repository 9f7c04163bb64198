// One report's text with every claim highlighted by verdict; a claim is focusable and names its verdict.
import { memo } from 'react';
import type { Article } from '../../../shared/domain';
import type { CorrectedComparison } from '../../../shared/compare/corrections';
import type { Claim } from '../../../shared/compare/types';
import { accessibleName, MARK_ICON, type ClaimIndex, type ClaimMark } from './model';

interface Props {
  readonly side: 'left' | 'right';
  readonly article: Article;
  readonly claims: readonly Claim[];
  readonly comparison: CorrectedComparison;
  readonly index: ClaimIndex;
  readonly visible: ReadonlySet<ClaimMark>;
  readonly selectedLink: number | null;
  readonly pendingClaim: string | null;
  readonly onClaim: (claimId: string) => void;
  readonly onHover: (claimId: string | null) => void;
  readonly paneRef: (el: HTMLDivElement | null) => void;
}

function claimOf(target: EventTarget): string | null {
  return (target as HTMLElement).closest?.<HTMLElement>('[data-claim]')?.dataset.claim ?? null;
}

export const ArticlePane = memo(function ArticlePane(p: Props) {
  const { article, claims } = p;
  const pieces: React.ReactNode[] = [];
  let pos = 0;
  for (const c of claims) {
    if (c.start > pos) pieces.push(article.text.slice(pos, c.start));
    const mark = p.index.markOf(c.id);
    const li = p.index.linkOf.get(c.id);
    const link = li === undefined ? undefined : p.comparison.links[li];
    const classes = [
      'claim',
      `m-${mark}`,
      p.visible.has(mark) ? '' : 'dimmed',
      li !== undefined && li === p.selectedLink ? 'selected' : '',
      link?.edited ? 'edited' : '',
      p.pendingClaim === c.id ? 'pending' : '',
    ].filter(Boolean);
    pieces.push(
      <span
        key={c.id}
        id={`claim-${c.id}`}
        data-claim={c.id}
        className={classes.join(' ')}
        role="button"
        tabIndex={0}
        dir="auto"
        aria-pressed={li !== undefined && li === p.selectedLink}
        aria-label={accessibleName(mark, c, link)}
      >
        <span className="claim-icon" aria-hidden="true">
          {MARK_ICON[mark]}
        </span>
        {c.text}
      </span>,
    );
    pos = c.end;
  }
  if (pos < article.text.length) pieces.push(article.text.slice(pos));
  return (
    <section
      className={`article-pane pane-${p.side}`}
      aria-label={`${p.side === 'left' ? 'Left' : 'Right'} report: ${article.title}`}
    >
      <header className="pane-title">
        <h3 dir="auto">{article.title}</h3>
        <p className="article-meta">
          {[article.outlet ?? 'Unknown outlet', article.publishedAt, article.language.toUpperCase()]
            .filter(Boolean)
            .join(' · ')}
          {article.isSummary && <span className="badge">summary</span>}
        </p>
      </header>
      {/* One set of handlers for the whole text (events bubble from the claims), not one per claim. */}
      <div
        className="pane-text"
        ref={p.paneRef}
        lang={article.language === 'und' ? undefined : article.language}
        onClick={(e) => {
          const id = claimOf(e.target);
          if (id) p.onClaim(id);
        }}
        onKeyDown={(e) => {
          const id = claimOf(e.target);
          if (id && (e.key === 'Enter' || e.key === ' ')) {
            e.preventDefault();
            p.onClaim(id);
          }
        }}
        onFocus={(e) => p.onHover(claimOf(e.target))}
        onMouseOver={(e) => p.onHover(claimOf(e.target))}
        onMouseLeave={() => p.onHover(null)}
      >
        {pieces}
      </div>
    </section>
  );
});
