// "Check across the library": a claim, typed or taken from a comparison, against every saved report, grouped
// by stance with the sentence that decided it; opening one shows it beside the claim.
import { useState } from 'react';
import type { ClaimCheck, ClaimCheckHit } from '../../../shared/domain';
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { Loading, LoadError } from '../shell/Status';
import { viewId, WorkProgress } from '../shell/WorkProgress';

const GROUPS = [
  { stance: 'agree', title: 'Support it', icon: '=' },
  { stance: 'disagree', title: 'Contradict it', icon: '≠' },
  { stance: 'discuss', title: 'Discuss it without taking a side', icon: '≈' },
] as const;

export function CheckClaim({ initialClaim }: { readonly initialClaim: string }) {
  const [draft, setDraft] = useState(initialClaim);
  const [claim, setClaim] = useState(initialClaim);
  const [open, setOpen] = useState<ClaimCheckHit | null>(null);
  return (
    <main className="workspace check">
      <h2>Check a claim across the library</h2>
      <form
        className="check-form"
        onSubmit={(e) => {
          e.preventDefault();
          setOpen(null);
          setClaim(draft.trim());
        }}
      >
        <textarea
          aria-label="Claim to check"
          rows={2}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="For example: Trump wants to pull US troops out of Syria quickly"
        />
        <button type="submit" className="primary" disabled={draft.trim().length < 3}>
          Check across the library
        </button>
      </form>
      {claim.length >= 3 && <Results key={claim} claim={claim} open={open} onOpen={setOpen} />}
    </main>
  );
}

function Results(props: {
  readonly claim: string;
  readonly open: ClaimCheckHit | null;
  readonly onOpen: (h: ClaimCheckHit) => void;
}) {
  const [result, reload] = useApi(
    () => getApi().checkClaim({ claim: props.claim, view: viewId('check') }),
    [props.claim],
  );
  if (result.state === 'loading')
    return (
      <>
        <Loading what="the library" />
        <WorkProgress view="check" what="the claim check" />
      </>
    );
  if (result.state === 'error') return <LoadError message={result.message} onRetry={reload} />;
  return (
    <div className="check-results">
      <div>
        {GROUPS.map((g) => (
          <Group key={g.stance} {...g} check={result.value} onOpen={props.onOpen} />
        ))}
        <p className="status">
          {result.value.unrelated} other article{result.value.unrelated === 1 ? '' : 's'} do not address it.
        </p>
      </div>
      {props.open && <Beside claim={props.claim} hit={props.open} />}
    </div>
  );
}

function Group(props: {
  readonly stance: string;
  readonly title: string;
  readonly icon: string;
  readonly check: ClaimCheck;
  readonly onOpen: (h: ClaimCheckHit) => void;
}) {
  const hits = props.check.hits.filter((h) => h.stance === props.stance);
  return (
    <section className={`check-group s-${props.stance}`} aria-label={`${props.title} (${hits.length})`}>
      <h3>
        <span aria-hidden="true">{props.icon}</span> {props.title} <span className="count">{hits.length}</span>
      </h3>
      {hits.length === 0 && <p className="status">None.</p>}
      <ul>
        {hits.map((h) => (
          <li key={h.article.id}>
            <button type="button" className="article-item" onClick={() => props.onOpen(h)}>
              <span className="article-title" dir="auto">
                {h.article.title}
              </span>
              <span className="article-meta">
                {[h.article.outlet ?? 'Unknown outlet', h.article.publishedAt].filter(Boolean).join(' · ')}
              </span>
              {h.evidence[0] && (
                <span className="snippet" dir="auto">
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
  const [article] = useApi(() => getApi().getArticle({ id: hit.article.id }), [hit.article.id]);
  return (
    <aside className="beside" aria-label="The report beside the claim">
      <p className="beside-claim">
        <strong>Claim:</strong> <span dir="auto">{claim}</span>
      </p>
      <h3 dir="auto">{hit.article.title}</h3>
      <p className="article-meta">
        {hit.stance} ·{' '}
        {hit.evidence[0]?.reasons.map((r) => `${r.kind}: ${r.note}`).join('; ') ||
          'no difference in the closest sentence'}
      </p>
      {article.state === 'ready' && (
        <Highlighted text={article.value.text} spans={hit.evidence.map((e) => [e.start, e.end] as const)} />
      )}
    </aside>
  );
}

function Highlighted({
  text,
  spans,
}: {
  readonly text: string;
  readonly spans: readonly (readonly [number, number])[];
}) {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: React.ReactNode[] = [];
  let pos = 0;
  sorted.forEach(([s, e], i) => {
    if (s < pos) return;
    out.push(text.slice(pos, s), <mark key={i}>{text.slice(s, e)}</mark>);
    pos = e;
  });
  out.push(text.slice(pos));
  return (
    <p className="beside-text" dir="auto">
      {out}
    </p>
  );
}
