// The terminal report of a comparison: counts, then each link with its verdict and reasons, then what only
// one side reports. Colours only on a terminal.
import type { Claim, Comparison } from '../../shared/compare';
import { comparisonCaution, linkReliabilityText } from '../../shared/presentation/reliability';
import { linkMark, MARK_NAME, MARK_STYLE, ONLY_IN, type Mark } from '../../shared/presentation/verdicts';

const RESET = '\x1b[0m';

function clip(text: string, n = 160): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > n ? flat.slice(0, n - 1) + '…' : flat;
}

export function formatComparison(c: Comparison, leftName: string, rightName: string, colour: boolean): string {
  const paint = (kind: Mark, s: string) => (colour ? MARK_STYLE[kind].ansi + s + RESET : s);
  const byId = new Map<string, Claim>([...c.left.claims, ...c.right.claims].map((cl) => [cl.id, cl]));
  const text = (ids: readonly string[]) => ids.map((id) => byId.get(id)?.text ?? '').join(' ');
  const lines: string[] = [
    `Left  (${c.left.language}): ${leftName}`,
    `Right (${c.right.language}): ${rightName}`,
    `${c.counts.agree} agree · ${c.counts.conflict} conflict · ${c.counts.framing} framing · ${c.counts.possible} possibly related · ${c.counts.onlyLeft} only left · ${c.counts.onlyRight} only right`,
    'Verdicts are computed suggestions: check them against the texts.',
    ...(c.documentStance
      ? [`The ${c.documentStance.side} report calls the other's story false: "${clip(c.documentStance.text)}"`]
      : []),
    ...[comparisonCaution(c, 'en')].filter((x) => x !== null),
    ...c.notes,
    '',
  ];
  for (const l of c.links) {
    const mark = linkMark(l);
    const ifOne = l.strength === 'possible' ? ` if one fact: ${l.verdict}` : '';
    lines.push(
      paint(
        mark,
        `${MARK_STYLE[mark].icon} ${MARK_NAME.en[mark].toUpperCase()} ${l.left.join('+')} ↔ ${l.right.join('+')} (same fact ${Math.round(l.score * 100)}%${ifOne})`,
      ),
    );
    lines.push(`    L: ${clip(text(l.left))}`);
    lines.push(`    R: ${clip(text(l.right))}`);
    for (const r of l.reasons) lines.push(`    · ${r.kind}: "${r.left}" / "${r.right}": ${r.note}`);
    const reliability = linkReliabilityText(l, c, 'en');
    if (reliability) lines.push(`    ${reliability}`);
  }
  const only = (side: 'left' | 'right', ids: readonly string[]) => {
    if (!ids.length) return;
    lines.push('', paint('only', `${MARK_STYLE.only.icon} ${ONLY_IN.en[side]}:`));
    for (const id of ids) lines.push(`    ${id}: ${clip(text([id]))}`);
  };
  only('left', c.onlyLeft);
  only('right', c.onlyRight);
  return lines.join('\n');
}
