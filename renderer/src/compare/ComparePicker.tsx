// Choosing two reports: a searchable list for each side, swap, and the recent comparisons.
import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain';
import { getApi } from '../api/client';
import { useApi } from '../api/useApi';
import { LoadError, Loading } from '../shell/Status';

interface Props {
  readonly initialLeft?: number | null;
  readonly onOpen: (leftId: number, rightId: number) => void;
}

function label(a: ArticleSummary): string {
  return `${a.outlet ?? 'Unknown outlet'}: ${a.title}${a.publishedAt ? ` (${a.publishedAt})` : ''}`;
}

function SidePicker(props: {
  readonly side: 'Left' | 'Right';
  readonly articles: readonly ArticleSummary[];
  readonly value: number | null;
  readonly onChange: (id: number) => void;
}) {
  const [filter, setFilter] = useState('');
  const f = filter.trim().toLowerCase();
  const shown = props.articles.filter(
    (a) => !f || label(a).toLowerCase().includes(f) || a.stories.some((s) => s.toLowerCase().includes(f)),
  );
  return (
    <fieldset className="side-picker">
      <legend>{props.side} report</legend>
      <input
        type="search"
        placeholder="Search title, outlet or story"
        aria-label={`Search for the ${props.side.toLowerCase()} report`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <select
        size={Math.min(8, Math.max(3, shown.length))}
        aria-label={`${props.side} report`}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {shown.map((a) => (
          <option key={a.id} value={a.id}>
            {label(a)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

export function ComparePicker({ initialLeft, onOpen }: Props) {
  const [articles, reload] = useApi(() => getApi().listArticles({ sort: 'date' }), []);
  const [recent] = useApi(() => getApi().recentComparisons({}), []);
  const [left, setLeft] = useState<number | null>(initialLeft ?? null);
  const [right, setRight] = useState<number | null>(null);
  return (
    <main className="workspace picker">
      <h2>Compare two reports</h2>
      {articles.state === 'loading' && <Loading what="the library" />}
      {articles.state === 'error' && <LoadError message={articles.message} onRetry={reload} />}
      {articles.state === 'ready' && (
        <form
          className="picker-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (left !== null && right !== null && left !== right) onOpen(left, right);
          }}
        >
          <SidePicker side="Left" articles={articles.value} value={left} onChange={setLeft} />
          <button
            type="button"
            className="swap"
            aria-label="Swap left and right"
            onClick={() => {
              setLeft(right);
              setRight(left);
            }}
          >
            ⇄
          </button>
          <SidePicker side="Right" articles={articles.value} value={right} onChange={setRight} />
          <div className="picker-go">
            <button type="submit" className="primary" disabled={left === null || right === null || left === right}>
              Compare
            </button>
            {left !== null && left === right && <p className="error">Choose two different reports.</p>}
          </div>
        </form>
      )}
      <h3>Recent comparisons</h3>
      {recent.state === 'ready' && recent.value.length === 0 && <p className="status">None yet.</p>}
      {recent.state === 'ready' && recent.value.length > 0 && (
        <ul className="recent">
          {recent.value.map((r) => (
            <li key={r.comparisonId}>
              <button type="button" onClick={() => onOpen(r.leftId, r.rightId)}>
                {r.leftOutlet ?? r.leftTitle} ↔ {r.rightOutlet ?? r.rightTitle}
              </button>{' '}
              <span className="article-meta">
                {r.counts.conflict ?? 0} conflict · {r.counts.framing ?? 0} framing · {r.counts.agree ?? 0} agree
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
