// A link's details: its verdict (a computed suggestion) with the researcher's corrections, the reasons with both
// spans marked, the word-by-word difference, and a note.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectedLink } from '../../../shared/compare/corrections';
import type { Reason, Span, Verdict } from '../../../shared/compare/types';
import { VERDICTS } from '../../../shared/compare/types';
import { reasonNote } from '../../../shared/compare/notes';
import { linkReliabilityText } from '../../../shared/presentation/reliability';
import { linkMark, MARK_NAME, reasonName } from '../../../shared/presentation/verdicts';
import { useLocale } from '../i18n';
import ui from '../shell/common.module.css';
import { markSpans } from '../shell/markSpans';
import { DetailsFrame, type DetailsProps } from './DetailsPanel';
import { TreatAsSame } from '../lexicon/TreatAsSame';
import { MarkSample } from './MarkSample';
import { linkClaims } from './model';
import styles from './DetailsPanel.module.css';

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
}: DetailsProps & {
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
  const reliability = linkReliabilityText(link, comparison, locale);
  const spans = (pick: (r: Reason) => Span | null) => link.reasons.map(pick).filter((s): s is Span => s !== null);
  return (
    <DetailsFrame
      onClose={onClose}
      title={
        <>
          <MarkSample mark={linkMark(link)}>{MARK_NAME[locale][linkMark(link)]}</MarkSample>
          {link.edited && <span className={ui.badge}>{t('details.edited')}</span>}{' '}
          <span className={styles.score} title={t('details.confidenceHint')}>
            {t('details.confidence', { percent: Math.round(link.score * 100) })}
          </span>
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
          {link.strength === 'possible' && (
            <button type="button" className="primary" onClick={() => onVerdict(link.verdict)} disabled={busy}>
              {t('details.confirm')}
            </button>
          )}
          <button type="button" onClick={onUnlink} disabled={busy}>
            {t('details.unlink')}
          </button>
          <button type="button" onClick={() => onCheck(left.map((c) => c.text).join(' '), 'left')}>
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
      {link.strength === 'possible' ? (
        <p className={ui.notice} role="note">
          {t('details.possible', { verdict: MARK_NAME[locale][link.verdict] })}
        </p>
      ) : (
        <p className={styles.suggestion}>{t('details.suggestion')}</p>
      )}
      {reliability && (
        <p className={styles.reliability} role="note">
          {reliability}
        </p>
      )}
      <div className={styles.claims}>
        {(['left', 'right'] as const).map((side) => (
          <div key={side}>
            <h4>{t(`details.${side}`)}</h4>
            {linkClaims(comparison, link, side).map((c) => (
              <p key={c.id} dir="auto">
                {markSpans(c.text, spans(side === 'left' ? (r) => r.leftSpan : (r) => r.rightSpan), c.start)}
              </p>
            ))}
          </div>
        ))}
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
              <q dir="auto">{r.left || '—'}</q> / <q dir="auto">{r.right || '—'}</q>
              {t('details.reasonNote', { note: reasonNote(r, locale) })}
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
      <TreatAsSame left={left} right={linkClaims(comparison, link, 'right')} />
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
    </DetailsFrame>
  );
}
