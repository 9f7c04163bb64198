// "Check across the library": a claim, typed or taken from a comparison, against every saved report, grouped
// by stance with the sentence that decided it, and under each group how often such listings were right where that
// was measured (English claims); opening one shows it beside the claim. The claim is in the
// address (#/check?claim=…), so a check can be bookmarked and comes back on reload.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimCheck, ClaimCheckHit } from '../../../shared/domain';
import { reasonNote } from '../../../shared/compare/notes';
import { stanceReliabilityText } from '../../../shared/presentation/reliability';
import { MARK_STYLE, reasonName, type Mark } from '../../../shared/presentation/verdicts';
import { useArticle, useClaimCheck } from '../api/queries';
import { navigate } from '../app/useRoute';
import { useLocale } from '../i18n';
import screens from '../app/Screens.module.css';
import { useFormat } from '../shell/format';
import { markSpans } from '../shell/markSpans';
import { Loading, LoadError } from '../shell/Status';
import { WorkProgress } from '../shell/WorkProgress';
import ui from '../shell/common.module.css';
import styles from './CheckClaim.module.css';

type Stance = ClaimCheckHit['stance'];
/** Each stance is drawn with the verdict it corresponds to. */
const GROUPS: readonly { readonly stance: Stance; readonly mark: Mark }[] = [
  { stance: 'agree', mark: 'agree' },
  { stance: 'disagree', mark: 'conflict' },
  { stance: 'discuss', mark: 'framing' },
];

export function CheckClaim({
  initialClaim,
  from,
}: {
  readonly initialClaim: string;
  /** The article the claim was taken from: never evidence for it. */
  readonly from?: number | undefined;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initialClaim);
  const [open, setOpen] = useState<ClaimCheckHit | null>(null);
  const claim = initialClaim.trim();
  return (
    <main className={screens.workspace}>
      <h2>{t('check.title')}</h2>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          setOpen(null);
          navigate({ name: 'check', claim: draft.trim() });
        }}
      >
        <textarea
          aria-label={t('check.claim')}
          rows={2}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t('check.placeholder')}
        />
        <button type="submit" className="primary" disabled={draft.trim().length < 3}>
          {t('check.submit')}
        </button>
      </form>
      {claim.length >= 3 && <Results key={claim} claim={claim} from={from} open={open} onOpen={setOpen} />}
    </main>
  );
}

function Results(props: {
  readonly claim: string;
  readonly from: number | undefined;
  readonly open: ClaimCheckHit | null;
  readonly onOpen: (h: ClaimCheckHit) => void;
}) {
  const { t } = useTranslation();
  const result = useClaimCheck(props.claim, props.from);
  if (result.isPending) {
    return (
      <>
        <Loading what={t('status.what.library')} />
        <WorkProgress view="check" />
      </>
    );
  }
  if (result.isError) return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  return (
    <div className={styles.results}>
      <div>
        {GROUPS.map((g) => (
          <Group key={g.stance} {...g} check={result.data} onOpen={props.onOpen} />
        ))}
        <p className={ui.status}>{t('check.unrelated', { count: result.data.unrelated })}</p>
      </div>
      {props.open && <Beside claim={props.claim} hit={props.open} />}
    </div>
  );
}

function Group(props: {
  readonly stance: Stance;
  readonly mark: Mark;
  readonly check: ClaimCheck;
  readonly onOpen: (h: ClaimCheckHit) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const hits = props.check.hits.filter((h) => h.stance === props.stance);
  const title = t(`check.group.${props.stance}`);
  const reliability = stanceReliabilityText(
    props.check,
    props.stance,
    locale,
    hits.some((h) => h.article.language !== 'en'),
  );
  return (
    <section className={styles.group} data-mark={props.mark} aria-label={`${title} (${hits.length})`}>
      <h3>
        <span aria-hidden="true" className={styles.icon}>
          {MARK_STYLE[props.mark].icon}
        </span>{' '}
        {title} <span className={styles.count}>{hits.length}</span>
      </h3>
      {hits.length > 0 && reliability && <p className={styles.reliability}>{reliability}</p>}
      {hits.length === 0 && <p className={ui.status}>{t('check.none')}</p>}
      <ul>
        {hits.map((h) => (
          <li key={h.article.id}>
            <button type="button" className={styles.item} onClick={() => props.onOpen(h)}>
              <span className={ui.itemTitle} dir="auto">
                {h.article.title}
              </span>
              <span className={ui.meta}>
                {[format.outlet(h.article.outlet), format.day(h.article.publishedAt)].filter(Boolean).join(' · ')}
              </span>
              {h.evidence[0] && (
                <span className={ui.snippet} dir="auto">
                  <mark>{h.evidence[0].text}</mark>
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Beside({ claim, hit }: { readonly claim: string; readonly hit: ClaimCheckHit }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const article = useArticle(hit.article.id);
  return (
    <aside className={styles.beside} aria-label={t('check.beside')}>
      <p className={styles.besideClaim}>
        <strong>{t('check.claimLabel')}</strong> <span dir="auto">{claim}</span>
      </p>
      <h3 dir="auto">{hit.article.title}</h3>
      <p className={ui.meta}>
        {t(`check.stance.${hit.stance}`)} ·{' '}
        {hit.evidence[0]?.reasons.map((r) => `${reasonName(r.kind, locale)}: ${reasonNote(r, locale)}`).join('; ') ||
          t('check.noDifference')}
      </p>
      {article.isSuccess && (
        <p className={styles.besideText} dir="auto">
          {markSpans(
            article.data.text,
            hit.evidence.map((e) => [e.start, e.end] as const),
          )}
        </p>
      )}
    </aside>
  );
}
