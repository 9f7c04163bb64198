// The self-contained HTML report a colleague can read: both reports' details and outlet notes, the summary
// counts, every linked claim with its verdict and reasons, what only one report says, the framing glossary,
// the researcher's corrections and notes marked as theirs, and both texts. No script, nothing remote; prints
// cleanly. In English or French.
import { framingGlossary, type CorrectedComparison } from '../compare/corrections';
import type { Claim } from '../compare/types';
import { reasonNote } from '../compare/notes';
import { comparisonCaution, linkReliabilityText } from '../presentation/reliability';
import { excerpt, formatDay, formatInstant, languageName } from '../presentation/format';
import type { Locale } from '../presentation/locale';
import {
  MARK_MEANING,
  MARK_NAME,
  MARK_STYLE,
  MARKS,
  ONLY_IN,
  POSSIBLE_NAME,
  linkMark,
  reasonName,
  type Mark,
} from '../presentation/verdicts';
import { claimText, type ReportArticle, type ReportInput } from './model';
import { REPORT_STRINGS, type ReportStrings } from './strings';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function highlighted(text: string, claims: readonly Claim[], markOf: (id: string) => Mark, locale: Locale): string {
  let out = '';
  let pos = 0;
  for (const c of claims) {
    out += escapeHtml(text.slice(pos, c.start));
    const m = markOf(c.id);
    out += `<mark class="v-${m}" title="${escapeHtml(MARK_NAME[locale][m])}" id="${c.id}">${escapeHtml(c.text)}</mark>`;
    pos = c.end;
  }
  return (out + escapeHtml(text.slice(pos))).replace(/\n/g, '<br>\n');
}

export function link(url: string | null | undefined): string {
  if (!url) return '—';
  // Only web addresses become links; anything else stays text.
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);
}

function sources(left: ReportArticle, right: ReportArticle, s: ReportStrings, locale: Locale): string {
  const row = (label: string, cell: (a: ReportArticle) => string) =>
    `<tr><th scope="row">${label}</th><td dir="auto">${cell(left)}</td><td dir="auto">${cell(right)}</td></tr>`;
  const note = (a: ReportArticle) => (a.outletNotes ? `<span class="note">${escapeHtml(a.outletNotes)}</span>` : '—');
  return `<table class="sources"><thead><tr><td></td><th scope="col">${s.left}</th><th scope="col">${s.right}</th></tr></thead><tbody>
${row(s.outlet, (a) => escapeHtml(a.outlet ?? s.unknownOutlet))}
${row(s.title, (a) => escapeHtml(a.title) + (a.isSummary ? ` <strong>(${s.summaryText})</strong>` : ''))}
${row(s.published, (a) => escapeHtml(formatDay(a.publishedAt, locale) || '—'))}
${row(s.url, (a) => link(a.url))}
${row(s.language, (a) => escapeHtml(languageName(a.language, locale)))}
${left.outletNotes || right.outletNotes ? row(s.researcherNote, note) : ''}
</tbody></table>`;
}

export function icon(m: Mark): string {
  return `<span class="icon v-${m}" aria-hidden="true">${MARK_STYLE[m].icon}</span>`;
}

function summary(c: CorrectedComparison, s: ReportStrings, locale: Locale): string {
  const counts: [Mark, string, number][] = [
    ['agree', MARK_NAME[locale].agree, c.counts.agree],
    ['conflict', MARK_NAME[locale].conflict, c.counts.conflict],
    ['framing', MARK_NAME[locale].framing, c.counts.framing],
    ['only', ONLY_IN[locale].left, c.counts.onlyLeft],
    ['only', ONLY_IN[locale].right, c.counts.onlyRight],
  ];
  const possible = c.counts.possible
    ? `<li>${icon('possible')} ${escapeHtml(POSSIBLE_NAME[locale])}${s.colon} <b>${c.counts.possible}</b></li>`
    : '';
  const stance = c.documentStance
    ? `<p class="caution"><strong>${escapeHtml(s.disputes(s[c.documentStance.side].toLowerCase(), c.documentStance.text))}</strong></p>`
    : '';
  const caution = comparisonCaution(c, locale);
  const notes = [...(caution ? [caution] : []), ...c.notes]
    .map((n) => `<p class="caution">${escapeHtml(n)}</p>`)
    .join('');
  return `<ul class="counts">${counts.map(([m, name, n]) => `<li>${icon(m)} ${escapeHtml(name)}${s.colon} <b>${n}</b></li>`).join('')}${possible}</ul>
${stance}${notes}<p class="caution">${escapeHtml(s.suggestions)} ${c.corrections.length ? escapeHtml(s.corrected(c.corrections.length)) : ''}</p>
<h3>${s.legend}</h3>
<dl class="legend">${MARKS.map((m) => `<dt><mark class="v-${m}">${icon(m)} ${escapeHtml(MARK_NAME[locale][m])}</mark></dt><dd>${escapeHtml(MARK_MEANING[locale][m])}</dd>`).join('')}</dl>`;
}

function linksTable(c: CorrectedComparison, s: ReportStrings, locale: Locale): string {
  const rows = c.links
    .map((l) => {
      const reasons = l.reasons
        .map(
          (r) =>
            `<li><b>${escapeHtml(reasonName(r.kind, locale))}</b>${s.colon} ${escapeHtml(s.quote(r.left))} / ${escapeHtml(s.quote(r.right))} (${escapeHtml(reasonNote(r, locale))})</li>`,
        )
        .join('');
      const reliability = linkReliabilityText(l, c, locale);
      return `<tr><td dir="auto">${escapeHtml(claimText(c, l.left))}</td><td dir="auto">${escapeHtml(claimText(c, l.right))}</td>
<td class="v-${linkMark(l)}">${icon(linkMark(l))} ${escapeHtml(MARK_NAME[locale][linkMark(l)])} <span class="meta">${escapeHtml(s.sameFact(Math.round(l.score * 100)))}</span>${l.strength === 'possible' ? `<br><i>${escapeHtml(s.ifOneFact(MARK_NAME[locale][l.verdict]))}</i>` : ''}${l.edited ? `<br><span class="edited">${s.correctedMark}</span>` : ''}${reliability ? `<br><small>${escapeHtml(reliability)}</small>` : ''}</td>
<td>${reasons ? `<ul>${reasons}</ul>` : ''}</td>
<td>${l.note ? `<span class="note">${escapeHtml(l.note)}</span>` : ''}</td></tr>`;
    })
    .join('\n');
  return `<table class="links"><thead><tr><th>${s.leftClaim}</th><th>${s.rightClaim}</th><th>${s.verdict}</th><th>${s.reasons}</th><th>${s.researcherNote}</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function onlyList(c: CorrectedComparison, ids: readonly string[], s: ReportStrings): string {
  if (!ids.length) return `<p>${s.none}</p>`;
  return `<ol class="only">${ids.map((id) => `<li dir="auto">${escapeHtml(claimText(c, [id]))}</li>`).join('')}</ol>`;
}

function correctionsList(c: CorrectedComparison, s: ReportStrings, locale: Locale): string {
  if (!c.corrections.length) return `<p>${s.none}</p>`;
  return `<ol class="corrections">${c.corrections
    .map(
      (k) =>
        `<li><span class="meta">${escapeHtml(formatInstant(k.createdAt, locale))}</span> ${escapeHtml(s.quote(excerpt(k.leftText)))} / ${escapeHtml(s.quote(excerpt(k.rightText)))}${s.colon} ${escapeHtml(s.correction(k.kind, k.verdict ? MARK_NAME[locale][k.verdict] : '', k.note ?? ''))}</li>`,
    )
    .join('')}</ol>`;
}

export function reportStyle(): string {
  const marks = MARKS.map((m) => {
    const { ink, wash } = MARK_STYLE[m].light;
    return `.v-${m}{border-bottom:2px ${MARK_STYLE[m].underline === 'wavy' ? 'double' : MARK_STYLE[m].underline} ${ink};background:${wash}}
.icon.v-${m}{color:${ink};background:none;border:0;font-weight:bold}`;
  }).join('\n');
  return `
body{font:15px/1.5 system-ui,sans-serif;color:#1d1f21;background:#fff;max-width:1200px;margin:2rem auto;padding:0 1rem;color-scheme:light}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
mark{background:none;color:inherit;padding:1px 0}
${marks}
table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:start}
.sources th[scope=row]{width:10rem;background:#f4f3ef}
.counts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}
.legend dt{margin-top:.4rem}.legend dd{margin-inline-start:1.5rem}
.caution{border-inline-start:4px solid #8a5c00;padding:.4rem .8rem;background:#fdf8ea}
.meta{color:#555}.edited{font-weight:bold}.note{font-style:italic}
.note::before{content:"✎ "}
@media print{body{margin:0}.cols{display:block}tr,li{break-inside:avoid}}
`;
}

export function comparisonHtml(input: ReportInput): string {
  const locale = input.locale ?? 'en';
  const s = REPORT_STRINGS[locale];
  const c = input.comparison;
  const markOf = new Map<string, Mark>();
  for (const l of c.links) for (const id of [...l.left, ...l.right]) markOf.set(id, linkMark(l));
  const mark = (id: string): Mark => markOf.get(id) ?? 'only';
  const glossary = framingGlossary(c);
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${s.heading}: ${escapeHtml(input.left.title)} / ${escapeHtml(input.right.title)}</title>
<style>${reportStyle()}</style></head><body>
<h1>${s.heading}</h1>
<p class="meta">${escapeHtml(s.exported(formatInstant(input.generatedAt, locale), input.appVersion, c.engineVersion))}</p>
<h2>${s.reports}</h2>
${sources(input.left, input.right, s, locale)}
<h2>${s.summary}</h2>
${summary(c, s, locale)}
<h2>${s.links}</h2>
${linksTable(c, s, locale)}
<h2>${escapeHtml(ONLY_IN[locale].left)}</h2>
${onlyList(c, c.onlyLeft, s)}
<h2>${escapeHtml(ONLY_IN[locale].right)}</h2>
${onlyList(c, c.onlyRight, s)}
<h2>${s.glossary}</h2>
${glossary.length ? `<table><thead><tr><th>${s.leftSays}</th><th>${s.rightSays}</th><th>${s.times}</th></tr></thead><tbody>${glossary.map((g) => `<tr><td>${escapeHtml(g.left)}</td><td>${escapeHtml(g.right)}</td><td>${g.count}</td></tr>`).join('')}</tbody></table>` : `<p>${s.noGlossary}</p>`}
<h2>${s.corrections}</h2>
${correctionsList(c, s, locale)}
${c.stale.length ? `<h2>${s.stale}</h2><ul>${c.stale.map((x) => `<li>${escapeHtml(s.quote(excerpt(x.correction.leftText)))} / ${escapeHtml(s.quote(excerpt(x.correction.rightText)))}${s.colon} ${escapeHtml(x.why)}</li>`).join('')}</ul>` : ''}
<h2>${s.texts}</h2>
<div class="cols"><section><h3 dir="auto">${escapeHtml(input.left.title)}</h3><p dir="auto">${highlighted(input.left.text, c.left.claims, mark, locale)}</p></section>
<section><h3 dir="auto">${escapeHtml(input.right.title)}</h3><p dir="auto">${highlighted(input.right.text, c.right.claims, mark, locale)}</p></section></div>
</body></html>
`;
}
