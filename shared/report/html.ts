// The self-contained HTML report: both texts with highlighted claims, the table of links with verdicts,
// reasons and notes, the framing glossary and the corrections. No script, nothing remote; prints cleanly.
import { framingGlossary } from '../compare/corrections';
import type { Claim } from '../compare/types';
import { claimText, type ReportArticle, type ReportInput } from './model';
import { MARK_COLOURS } from './palette';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const LABELS = { agree: 'agree', conflict: 'conflict', framing: 'framing', only: 'only in this report' } as const;
type Mark = keyof typeof LABELS;

function highlighted(text: string, claims: readonly Claim[], markOf: (id: string) => Mark): string {
  let out = '';
  let pos = 0;
  for (const c of claims) {
    out += escapeHtml(text.slice(pos, c.start));
    const m = markOf(c.id);
    out += `<mark class="v-${m}" title="${escapeHtml(LABELS[m])}" id="${c.id}">${escapeHtml(c.text)}</mark>`;
    pos = c.end;
  }
  return (out + escapeHtml(text.slice(pos))).replace(/\n/g, '<br>\n');
}

function heading(a: ReportArticle): string {
  const meta = [a.outlet ?? 'Unknown outlet', a.publishedAt, a.language.toUpperCase()]
    .filter(Boolean)
    .map((x) => escapeHtml(String(x)));
  return `<h2 dir="auto">${escapeHtml(a.title)}</h2><p class="meta">${meta.join(' · ')}${a.isSummary ? ' · <strong>summary written for the sample library, not the outlet’s words</strong>' : ''}</p>`;
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#1d1f21;max-width:1200px;margin:2rem auto;padding:0 1rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
mark{background:none;padding:1px 0}
.v-agree{border-bottom:2px solid ${MARK_COLOURS.agree};background:#e3f0f9}
.v-conflict{border-bottom:3px double ${MARK_COLOURS.conflict};background:#fbe6d9}
.v-framing{border-bottom:2px dashed ${MARK_COLOURS.framing};background:#fdf1d6}
.v-only{border-bottom:2px dotted ${MARK_COLOURS.only};background:#f3e8f6}
table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:start}
.meta{color:#555}.edited{font-weight:bold}
@media print{body{margin:0}.cols{display:block}tr{break-inside:avoid}}
`;

export function comparisonHtml(input: ReportInput): string {
  const c = input.comparison;
  const markOf = new Map<string, Mark>();
  for (const l of c.links) for (const id of [...l.left, ...l.right]) markOf.set(id, l.verdict);
  const mark = (id: string): Mark => markOf.get(id) ?? 'only';
  const glossary = framingGlossary(c);
  const rows = c.links
    .map(
      (
        l,
      ) => `<tr><td dir="auto">${escapeHtml(claimText(c, l.left))}</td><td dir="auto">${escapeHtml(claimText(c, l.right))}</td>
<td class="v-${l.verdict}">${l.verdict}${l.edited ? ' <span class="edited">(edited)</span>' : ''}</td>
<td><ul>${l.reasons.map((r) => `<li><b>${r.kind}</b>: “${escapeHtml(r.left)}” / “${escapeHtml(r.right)}” (${escapeHtml(r.note)})</li>`).join('')}</ul></td>
<td>${escapeHtml(l.note ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Parallax report: ${escapeHtml(input.left.title)} / ${escapeHtml(input.right.title)}</title>
<style>${STYLE}</style></head><body>
<h1>Parallax comparison</h1>
<p class="meta">Generated ${escapeHtml(input.generatedAt)} by Parallax ${escapeHtml(input.appVersion)}, engine ${escapeHtml(c.engineVersion)}.
${c.counts.agree} agree · ${c.counts.conflict} conflict · ${c.counts.framing} framing · ${c.counts.onlyLeft} only left · ${c.counts.onlyRight} only right.
${c.corrections.length ? `${c.corrections.length} correction(s) by the researcher.` : ''}</p>
<p class="meta">Legend: <mark class="v-agree">agree</mark> <mark class="v-conflict">conflict</mark> <mark class="v-framing">framing</mark> <mark class="v-only">only in this report</mark></p>
<div class="cols"><section>${heading(input.left)}<p dir="auto">${highlighted(input.left.text, c.left.claims, mark)}</p></section>
<section>${heading(input.right)}<p dir="auto">${highlighted(input.right.text, c.right.claims, mark)}</p></section></div>
<h2>Links</h2>
<table><thead><tr><th>Left claim</th><th>Right claim</th><th>Verdict</th><th>Reasons</th><th>Note</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Framing glossary</h2>
${glossary.length ? `<table><thead><tr><th>Left says</th><th>Right says</th><th>Times</th></tr></thead><tbody>${glossary.map((g) => `<tr><td>${escapeHtml(g.left)}</td><td>${escapeHtml(g.right)}</td><td>${g.count}</td></tr>`).join('')}</tbody></table>` : '<p>No differing labels found.</p>'}
${c.stale.length ? `<h2>Corrections that no longer match the text</h2><ul>${c.stale.map((s) => `<li>${escapeHtml(s.correction.kind)}: “${escapeHtml(s.correction.leftText)}” / “${escapeHtml(s.correction.rightText)}”: ${escapeHtml(s.why)}</li>`).join('')}</ul>` : ''}
</body></html>
`;
}
