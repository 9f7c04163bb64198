// The selected link: its reasons with both spans marked, the word diff, and the researcher's corrections.
import { useState } from 'react';
import type { CorrectedComparison, CorrectedLink } from '../../../shared/compare/corrections';
import type { Claim, Reason, Span, Verdict } from '../../../shared/compare/types';
import { MARK_ICON, MARK_LABEL } from './model';

interface Props {
  readonly comparison: CorrectedComparison;
  readonly link: CorrectedLink;
  readonly busy: boolean;
  readonly onVerdict: (v: Verdict) => void;
  readonly onUnlink: () => void;
  readonly onNote: (note: string) => void;
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

export function LinkDetails({ comparison, link, busy, onVerdict, onUnlink, onNote, onCheck }: Props) {
  const [note, setNote] = useState(link.note ?? '');
  const left = comparison.left.claims.filter((c) => link.left.includes(c.id));
  const right = comparison.right.claims.filter((c) => link.right.includes(c.id));
  const spans = (pick: (r: Reason) => Span | null) => link.reasons.map(pick).filter((s): s is Span => s !== null);
  return (
    <aside className="link-details" aria-label="Selected link">
      <div className="details-head">
        <h3>
          <span className={`verdict-chip m-${link.verdict}`}>
            {MARK_ICON[link.verdict]} {MARK_LABEL[link.verdict]}
          </span>{' '}
          {link.edited && <span className="badge">edited</span>}{' '}
          <span className="score">match {Math.round(link.score * 100)}%</span>
        </h3>
        <div className="details-actions">
          <label>
            Verdict{' '}
            <select
              aria-label="Change verdict"
              value={link.verdict}
              disabled={busy}
              onChange={(e) => onVerdict(e.target.value as Verdict)}
            >
              <option value="agree">agree</option>
              <option value="conflict">conflict</option>
              <option value="framing">framing</option>
            </select>
          </label>
          <button type="button" onClick={onUnlink} disabled={busy}>
            Unlink
          </button>
          <button type="button" onClick={() => onCheck(left.map((c) => c.text).join(' '))}>
            Check across the library
          </button>
        </div>
      </div>
      <div className="details-claims">
        <div>
          <h4>Left</h4>
          <Marked claims={left} spans={spans((r) => r.leftSpan)} />
        </div>
        <div>
          <h4>Right</h4>
          <Marked claims={right} spans={spans((r) => r.rightSpan)} />
        </div>
      </div>
      <h4>Why</h4>
      {link.reasons.length === 0 ? (
        <p className="status">No difference found: the two claims say the same thing.</p>
      ) : (
        <ul className="reasons">
          {link.reasons.map((r, i) => (
            <li key={i}>
              <span className={`reason-kind k-${r.kind}`}>{r.kind}</span> <q dir="auto">{r.left || '—'}</q> /{' '}
              <q dir="auto">{r.right || '—'}</q>: {r.note}
            </li>
          ))}
        </ul>
      )}
      <h4>Word by word</h4>
      <p className="diff" dir="auto" aria-label="Word differences between the two claims">
        {link.diff.map((d, i) =>
          d.op === 'equal' ? (
            <span key={i}>{d.text}</span>
          ) : d.op === 'removed' ? (
            <del key={i} title="only on the left">
              {d.text}
            </del>
          ) : (
            <ins key={i} title="only on the right">
              {d.text}
            </ins>
          ),
        )}
      </p>
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          onNote(note);
        }}
      >
        <label htmlFor="link-note">Note</label>
        <textarea id="link-note" value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={busy || note === (link.note ?? '')}>
          Save note
        </button>
      </form>
    </aside>
  );
}
