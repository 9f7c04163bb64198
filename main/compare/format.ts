// The terminal report of a comparison: counts, then each link with its verdict and reasons, then what only
// one side reports. Colours only on a terminal.
import type { Claim, Comparison, Verdict } from '../../shared/compare';

const COLOURS: Readonly<Record<Verdict | 'only', string>> = {
  agree: '\x1b[32m',
  conflict: '\x1b[31m',
  framing: '\x1b[33m',
  only: '\x1b[36m',
};
const RESET = '\x1b[0m';
const SYMBOL: Readonly<Record<Verdict, string>> = { agree: '=', conflict: '≠', framing: '~' };

function clip(text: string, n = 160): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}

export function formatComparison(c: Comparison, leftName: string, rightName: string, colour: boolean): string {
  const paint = (kind: Verdict | 'only', s: string) => (colour ? COLOURS[kind] + s + RESET : s);
  const byId = new Map<string, Claim>([...c.left.claims, ...c.right.claims].map((cl) => [cl.id, cl]));
  const text = (ids: readonly string[]) => ids.map((id) => byId.get(id)?.text ?? '').join(' ');
  const lines: string[] = [
    `Left  (${c.left.language}): ${leftName}`,
    `Right (${c.right.language}): ${rightName}`,
    `${c.counts.agree} agree · ${c.counts.conflict} conflict · ${c.counts.framing} framing · ${c.counts.onlyLeft} only left · ${c.counts.onlyRight} only right`,
    '',
  ];
  for (const l of c.links) {
    lines.push(
      paint(
        l.verdict,
        `${SYMBOL[l.verdict]} ${l.verdict.toUpperCase()} ${l.left.join('+')} ↔ ${l.right.join('+')} (score ${l.score})`,
      ),
    );
    lines.push(`    L: ${clip(text(l.left))}`);
    lines.push(`    R: ${clip(text(l.right))}`);
    for (const r of l.reasons) lines.push(`    · ${r.kind}: "${r.left}" / "${r.right}": ${r.note}`);
  }
  const only = (label: string, ids: readonly string[]) => {
    if (!ids.length) return;
    lines.push('', paint('only', `Only in the ${label} report:`));
    for (const id of ids) lines.push(`    ${id}: ${clip(text([id]))}`);
  };
  only('left', c.onlyLeft);
  only('right', c.onlyRight);
  return lines.join('\n');
}
