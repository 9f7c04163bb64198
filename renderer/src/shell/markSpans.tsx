// A text with some of its spans in <mark>: the words that decided a verdict or a stance. Spans are offsets into
// the text as it is in its article (`base` is where this piece starts there); overlapping spans keep the first.
import type { ReactNode } from 'react';

export function markSpans(text: string, spans: readonly (readonly [number, number])[], base = 0): ReactNode[] {
  const inside = spans
    .filter(([s, e]) => s < base + text.length && e > base)
    .map(([s, e]) => [Math.max(s, base) - base, Math.min(e, base + text.length) - base] as const)
    .sort((x, y) => x[0] - y[0]);
  const out: ReactNode[] = [];
  let pos = 0;
  inside.forEach(([s, e], i) => {
    if (s < pos) return;
    out.push(text.slice(pos, s), <mark key={i}>{text.slice(s, e)}</mark>);
    pos = e;
  });
  out.push(text.slice(pos));
  return out;
}
