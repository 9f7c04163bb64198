// The details of the selection, below the texts: a link's reasons with both spans marked, its word diff and the
// researcher's corrections; or a claim only one report makes, with linking by hand. It closes (×, Escape, a
// click on the text outside the claims) and collapses to its title; on short windows it overlays the texts
// instead of squeezing them.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectedComparison, CorrectedLink } from '../../../shared/compare/corrections';
import type { Claim, Reason, Span, Verdict } from '../../../shared/compare/types';
import { VERDICTS } from '../../../shared/compare/types';
import { MARK_NAME, ONLY_IN, reasonName } from '../../../shared/presentation/verdicts';
import { useLocale } from '../i18n';
import ui from '../shell/common.module.css';
import { MarkSample } from './MarkSample';
import { linkClaims, sideOf } from './model';
import styles from './DetailsPanel.module.css';

interface Common {
  readonly comparison: CorrectedComparison;
  readonly busy: boolean;
  readonly onClose: () => void;
  readonly onCheck: (claim: string) => void;
}

function Marked({ claims, spans }: { readonly claims: readonly Claim[]; readonly spans: readonly Span[] }) {
  return (
    <>
      {claims.map((c) => {
        const inside = spans
          .filter(([s, e]) => s < c.end && e > c.start)
          .map(([s, e]) => [Math.max(s, c.start) - c.start, Math.min(e, c.end) - c.start] as const)
          .sort((x, y) => x[0] - y[0]);
        const out: React.ReactNode[] = [];
        let pos = 0;
        inside.forEach(([s, e], i) => {
          if (s < pos) return;
          out.push(c.text.slice(pos, s), <mark key={i}>{c.text.slice(s, e)}</mark>);
          pos = e;
        });
        out.push(c.text.slice(pos));
        return (
          <p key={c.id} dir="auto">
            {out}
          </p>
        );
      })}
    </>
  );
}

function Frame({
  title,
  onClose,
  children,
  actions,
}: {
  readonly title: React.ReactNode;
  readonly onClose: () => void;
  readonly children: React.ReactNode;
  readonly actions: React.ReactNode;
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

export function LinkDetails({
  comparison,
  link,
  busy,
  justLinked,
  onVerdict,
  onUnlink,
  onNote,
  onCheck,
  onClose,
}: Common & {
  readonly link: CorrectedLink;
  /** The link was just made by hand: say so, and put the verdict in front of the researcher. */
  readonly justLinked: boolean;
  readonly onVerdict: (v: Verdict) => void;
  readonly onUnlink: () => void;
  readonly onNote: (note: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [note, setNote] = useState(link.note ?? '');
  const verdictRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (justLinked) verdictRef.current?.focus();
  }, [justLinked]);
  const left = linkClaims(comparison, link, 'left');
  const right = linkClaims(comparison, link, 'right');
  const spans = (pick: (r: Reason) => Span | null) => link.reasons.map(pick).filter((s): s is Span => s !== null);
  return (
    <Frame
      onClose={onClose}
      title={
        <>
          <MarkSample mark={link.verdict}>{MARK_NAME[locale][link.verdict]}</MarkSample>
          {link.edited && <span className={ui.badge}>{t('details.edited')}</span>}{' '}
          <span className={styles.score}>{t('details.match', { percent: Math.round(link.score * 100) })}</span>
        </>
      }
      actions={
        <>
          <label>
            {t('details.verdict')}{' '}
            <select
              ref={verdictRef}
              aria-label={t('details.changeVerdict')}
              value={link.verdict}
              disabled={busy}
              onChange={(e) => onVerdict(e.target.value as Verdict)}
            >
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {MARK_NAME[locale][v]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={onUnlink} disabled={busy}>
            {t('details.unlink')}
          </button>
          <button type="button" onClick={() => onCheck(left.map((c) => c.text).join(' '))}>
            {t('details.check')}
          </button>
        </>
      }
    >
      {justLinked && (
        <p className={ui.notice} role="status">
          {t('details.justLinked', { verdict: MARK_NAME[locale][link.verdict] })}
        </p>
      )}
      <p className={styles.suggestion}>{t('details.suggestion')}</p>
      <div className={styles.claims}>
        <div>
          <h4>{t('details.left')}</h4>
          <Marked claims={left} spans={spans((r) => r.leftSpan)} />
        </div>
        <div>
          <h4>{t('details.right')}</h4>
          <Marked claims={right} spans={spans((r) => r.rightSpan)} />
        </div>
      </div>
      <h4>{t('details.why')}</h4>
      {link.reasons.length === 0 ? (
        <p className={ui.status}>{t('details.noDifference')}</p>
      ) : (
        <ul className={styles.reasons}>
          {link.reasons.map((r, i) => (
            <li key={i}>
              <span className={styles.reasonKind} data-kind={r.kind}>
                {reasonName(r.kind, locale)}
              </span>{' '}
              <q dir="auto">{r.left || '—'}</q> / <q dir="auto">{r.right || '—'}</q>: {r.note}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('details.wordByWord')}</h4>
      <p className={styles.diff} dir="auto" aria-label={t('details.diffLabel')}>
        {link.diff.map((d, i) =>
          d.op === 'equal' ? (
            <span key={i}>{d.text}</span>
          ) : d.op === 'removed' ? (
            <del key={i} title={t('details.onlyLeft')}>
              {d.text}
            </del>
          ) : (
            <ins key={i} title={t('details.onlyRight')}>
              {d.text}
            </ins>
          ),
        )}
      </p>
      <form
        className={styles.note}
        onSubmit={(e) => {
          e.preventDefault();
          onNote(note);
        }}
      >
        <label htmlFor="link-note">{t('details.note')}</label>
        <textarea id="link-note" value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={busy || note === (link.note ?? '')}>
          {t('details.saveNote')}
        </button>
      </form>
    </Frame>
  );
}

export function OnlyClaimDetails({
  comparison,
  claim,
  busy,
  onLinkByHand,
  onCheck,
  onClose,
}: Common & { readonly claim: Claim; readonly onLinkByHand: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const side = sideOf(claim.id);
  const other = side === 'left' ? 'right' : 'left';
  return (
    <Frame
      onClose={onClose}
      title={<MarkSample mark="only">{ONLY_IN[locale][side]}</MarkSample>}
      actions={
        <>
          <button type="button" onClick={onLinkByHand} disabled={busy || comparison[other].claims.length === 0}>
            {t(other === 'left' ? 'details.linkLeft' : 'details.linkRight')}
          </button>
          <button type="button" onClick={() => onCheck(claim.text)}>
            {t('details.check')}
          </button>
        </>
      }
    >
      <p dir="auto" className={styles.only}>
        {claim.text}
      </p>
      <p className={styles.suggestion}>{t('details.onlyHint')}</p>
    </Frame>
  );
}
