// The selected row's details: a fact's verdict across outlets and why (which outlets against which, on what),
// then each pairwise link inside it, with the researcher's corrections (change the verdict, unlink) kept on that
// pair's comparison, and a way to open the two reports side by side. A claim only one outlet reports says so.
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/compare/types';
import { VERDICTS } from '../../../shared/compare/types';
import type { CorrectionInput } from '../../../shared/compare/corrections';
import type { StoryView } from '../../../shared/domain';
import { reasonNote } from '../../../shared/compare/notes';
import { MARK_NAME, reasonName } from '../../../shared/presentation/verdicts';
import { outletName } from '../../../shared/report/story-strings';
import type { MatrixRow } from '../../../shared/story/coverage';
import type { FactLink, FactReason } from '../../../shared/story/types';
import { formatRoute } from '../app/routes';
import { MarkSample } from '../compare/MarkSample';
import { useLocale } from '../i18n';
import ui from '../shell/common.module.css';
import styles from './FactDetails.module.css';

interface Props {
  readonly view: StoryView;
  /** null: nothing chosen yet (the panel keeps its place and says what it will show). */
  readonly row: MatrixRow | null;
  readonly busy: boolean;
  readonly onCorrect: (leftId: number, rightId: number, input: CorrectionInput) => void;
  readonly onClose: () => void;
}

export function FactDetails({ view, row, busy, onCorrect, onClose }: Props) {
  const { t } = useTranslation();
  if (!row) {
    return (
      <aside className={styles.panel} aria-label={t('story.details')}>
        <p className={ui.meta}>{t('story.detailsHint')}</p>
      </aside>
    );
  }
  return <Details view={view} row={row} busy={busy} onCorrect={onCorrect} onClose={onClose} />;
}

function Details({ view, row, busy, onCorrect, onClose }: Props & { readonly row: MatrixRow }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const article = (id: number) => view.articles.find((a) => a.id === id)!;
  const name = (id: number) => outletName(article(id));
  const claim = (articleId: number, id: string) => article(articleId).claims.find((c) => c.id === id)!;
  const fact = view.facts.find((f) => f.id === row.id);

  const correction = (l: FactLink, kind: CorrectionInput['kind'], verdict?: Verdict): CorrectionInput => {
    const left = claim(l.leftId, l.leftClaims[0]!);
    const right = claim(l.rightId, l.rightClaims[0]!);
    return {
      kind,
      leftText: left.text,
      rightText: right.text,
      leftStart: left.start,
      rightStart: right.start,
      ...(verdict ? { verdict } : {}),
    };
  };
  const compareRoute = (l: FactLink) => {
    const ref = view.pairs.find(
      (p) => [p.leftId, p.rightId].includes(l.leftId) && [p.leftId, p.rightId].includes(l.rightId),
    );
    const left = ref?.leftId ?? l.leftId;
    const right = ref?.rightId ?? l.rightId;
    const first = left === l.leftId ? l.leftClaims[0]! : l.rightClaims[0]!;
    return formatRoute({ name: 'compare', left, right, claim: `L${first.slice(1)}` });
  };

  const side = (xs: FactReason['sides'][number]) =>
    xs.map((x, i) => (
      <span key={x.articleId}>
        {i > 0 && ', '}
        <b dir="auto">{name(x.articleId)}</b>
        {x.words && (
          <>
            {' '}
            <q dir="auto">{x.words}</q>
          </>
        )}
      </span>
    ));

  return (
    <aside className={styles.panel} aria-label={t('story.details')}>
      <header className={styles.head}>
        <h3>
          {fact ? (
            <>
              {row.id} <MarkSample mark={fact.verdict}>{MARK_NAME[locale][fact.verdict]}</MarkSample>
            </>
          ) : (
            <MarkSample mark="only">{t('story.exclusiveOf', { outlet: name(row.cells[0]!.articleId) })}</MarkSample>
          )}
        </h3>
        <button type="button" className={styles.close} aria-label={t('details.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {!fact && (
        <>
          <p dir="auto">{row.cells[0]!.claimIds.map((id) => claim(row.cells[0]!.articleId, id).text).join(' ')}</p>
          <p className={ui.meta}>{t('story.exclusiveDetail', { outlet: name(row.cells[0]!.articleId) })}</p>
          <p>
            <a
              href={formatRoute({
                name: 'check',
                claim: claim(row.cells[0]!.articleId, row.cells[0]!.claimIds[0]!).text,
                from: row.cells[0]!.articleId,
              })}
            >
              {t('details.check')}
            </a>
          </p>
        </>
      )}
      {fact && (
        <>
          <p className={ui.meta}>{t('details.suggestion')}</p>
          {fact.reasons.length > 0 && (
            <>
              <h4>{t('details.why')}</h4>
              <ul className={styles.reasons}>
                {fact.reasons.map((r, i) => (
                  <li key={i}>
                    <b>{r.kind === 'corrected' ? t('story.corrected') : reasonName(r.kind, locale)}</b>
                    {t('details.reasonNote', { note: '' })}
                    {side(r.sides[0])} {r.conflict ? t('story.against') : '/'} {side(r.sides[1])}
                    {r.notes.length > 0 && (
                      <span className={ui.meta}> ({r.notes.map((n) => reasonNote(n, locale)).join('; ')})</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('story.pairs')}</h4>
          <ul className={styles.links}>
            {fact.links.map((l) => (
              <li key={`${l.leftId}-${l.rightId}-${l.leftClaims.join()}`}>
                <span className={styles.pair}>
                  <b dir="auto">{name(l.leftId)}</b> ↔ <b dir="auto">{name(l.rightId)}</b>{' '}
                  <MarkSample mark={l.verdict}>{MARK_NAME[locale][l.verdict]}</MarkSample>
                  {l.edited && <span className={ui.badge}>{t('details.edited')}</span>}
                  {l.note && <span className={ui.meta}> ✎ {l.note}</span>}
                </span>
                <span className={styles.actions}>
                  <select
                    aria-label={t('story.changeVerdict', { left: name(l.leftId), right: name(l.rightId) })}
                    value={l.verdict}
                    disabled={busy}
                    onChange={(e) =>
                      onCorrect(l.leftId, l.rightId, correction(l, 'verdict', e.target.value as Verdict))
                    }
                  >
                    {VERDICTS.map((v) => (
                      <option key={v} value={v}>
                        {MARK_NAME[locale][v]}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => onCorrect(l.leftId, l.rightId, correction(l, 'unlink'))}
                    aria-label={t('story.unlink', { left: name(l.leftId), right: name(l.rightId) })}
                  >
                    {t('details.unlink')}
                  </button>
                  <a href={compareRoute(l)}>{t('story.compareThese')}</a>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
