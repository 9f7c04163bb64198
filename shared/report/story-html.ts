// The story as a self-contained HTML page a colleague can read and print: the reports (outlet, title, date,
// language, address, the researcher's outlet notes, whether each was compared), the coverage per outlet with its
// bar chart and timeline (plain SVG), the matrix of facts across outlets with each fact's verdict and reasons,
// and what only one outlet reports (the legend leaves out "possibly related": such links make no fact). No script,
// nothing remote; in English or French.
import { storyCautions } from '../presentation/reliability';
import type { StoryView } from '../domain';
import { formatDay, formatInstant, languageName } from '../presentation/format';
import type { Locale } from '../presentation/locale';
import { MARK_MEANING, MARK_NAME, MARK_STYLE, MARKS, type Mark } from '../presentation/verdicts';
import { BAR_MARK, coverageChart, timelineChart } from '../story/charts';
import { coverage, matrixRows, type OutletCoverage } from '../story/coverage';
import { escapeHtml, icon, link, reportStyle } from './html';
import { STORY_STRINGS, describeReason, outletName } from './story-strings';
import { REPORT_STRINGS } from './strings';

export interface StoryReportInput {
  readonly view: StoryView;
  readonly generatedAt: string;
  readonly appVersion: string;
  readonly locale?: Locale;
}

function reportsTable(view: StoryView, locale: Locale): string {
  const s = REPORT_STRINGS[locale];
  const t = STORY_STRINGS[locale];
  const row = (label: string, cell: (a: StoryView['articles'][number]) => string) =>
    `<tr><th scope="row">${label}</th>${view.articles.map((a) => `<td dir="auto">${cell(a)}</td>`).join('')}</tr>`;
  return `<table class="sources"><tbody>
${row(s.outlet, (a) => escapeHtml(a.outlet ?? s.unknownOutlet))}
${row(s.title, (a) => escapeHtml(a.title) + (a.isSummary ? ` <strong>(${s.summaryText})</strong>` : ''))}
${row(s.published, (a) => escapeHtml(formatDay(a.publishedAt, locale) || '—'))}
${row(s.language, (a) => escapeHtml(languageName(a.language, locale)))}
${row(s.url, (a) => link(a.url))}
${view.articles.some((a) => a.outletNotes) ? row(s.researcherNote, (a) => (a.outletNotes ? `<span class="note">${escapeHtml(a.outletNotes)}</span>` : '—')) : ''}
${row(t.compared, (a) => (a.compared ? t.yes : `<strong>${escapeHtml(t.notCompared)}</strong>`))}
</tbody></table>`;
}

function svgText(x: number, y: number, text: string, anchor = 'start'): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}

function coverageSection(view: StoryView, cov: readonly OutletCoverage[], locale: Locale): string {
  const s = REPORT_STRINGS[locale];
  const t = STORY_STRINGS[locale];
  const name = new Map(view.articles.map((a) => [a.id, outletName(a)]));
  const nameOf = (id: number) => name.get(id) ?? String(id);
  const chart = coverageChart(cov, nameOf);
  const bars = chart.rows
    .map(
      (r) =>
        svgText(4, r.y, r.name) +
        r.bars
          .map(
            (b) =>
              `<rect x="${b.x}" y="${b.y.toFixed(1)}" width="${b.width.toFixed(1)}" height="${b.height}" fill="${MARK_STYLE[BAR_MARK[b.kind]].light.ink}"/>` +
              svgText(b.x + b.width + 4, b.y + b.height - 1, String(b.value)),
          )
          .join(''),
    )
    .join('\n');
  const line = timelineChart(view.articles, cov, nameOf);
  const timeline = [
    `<line x1="${line.labelWidth}" y1="${line.axisY}" x2="${line.width - 8}" y2="${line.axisY}" stroke="#888"/>`,
    ...line.ticks.map(
      (k) =>
        `<line x1="${k.x.toFixed(1)}" y1="${line.axisY}" x2="${k.x.toFixed(1)}" y2="${line.axisY + 4}" stroke="#888"/>` +
        (k.label ? svgText(k.x, line.axisY + 18, k.day ? formatDay(k.day, locale, 'medium') : '—', k.anchor) : ''),
    ),
    ...line.marks.map(
      (m) =>
        svgText(4, m.laneY + 4, m.name) +
        `<circle cx="${m.x.toFixed(1)}" cy="${m.laneY}" r="${m.r.toFixed(1)}" fill="${MARK_STYLE.agree.light.ink}"><title>${escapeHtml(`${m.name}: ${m.facts} ${t.facts.toLowerCase()}, ${t.first.toLowerCase()} ${m.first}`)}</title></circle>`,
    ),
  ].join('\n');
  const legend = (['facts', 'exclusive', 'contradicts'] as const)
    .map(
      (k) =>
        `<span class="key"><span class="swatch" style="background:${MARK_STYLE[BAR_MARK[k]].light.ink}"></span>${escapeHtml(t[k])}</span>`,
    )
    .join(' ');
  return `<table class="coverage"><caption>${escapeHtml(t.coverageCaption)}</caption>
<thead><tr><th scope="col">${s.outlet}</th><th scope="col">${t.facts}</th><th scope="col">${t.exclusive}</th><th scope="col">${t.contradicts}</th><th scope="col">${t.first}</th></tr></thead><tbody>
${cov.map((c) => `<tr><th scope="row" dir="auto">${escapeHtml(nameOf(c.articleId))}</th><td>${c.facts}</td><td>${c.exclusive}</td><td>${c.contradicts}</td><td>${c.first}</td></tr>`).join('\n')}
</tbody></table>
<p class="charts-key">${legend}</p>
<div class="charts"><svg role="img" aria-label="${escapeHtml(t.coverage)}" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}">${bars}</svg>
<svg role="img" aria-label="${escapeHtml(t.firstReported)}" viewBox="0 0 ${line.width} ${line.height}" width="${line.width}" height="${line.height}">${timeline}</svg></div>`;
}

function matrix(view: StoryView, locale: Locale): string {
  const t = STORY_STRINGS[locale];
  const names = new Map(view.articles.map((a) => [a.id, outletName(a)]));
  const nameOf = (id: number) => names.get(id) ?? String(id);
  const columns = view.articles.filter((a) => a.compared);
  const text = (articleId: number, ids: readonly string[]) => {
    const claims = view.articles.find((a) => a.id === articleId)!.claims;
    return ids.map((id) => claims.find((c) => c.id === id)?.text ?? '').join(' ');
  };
  const rows = matrixRows(view)
    .filter((r) => r.verdict !== null)
    .map((r) => {
      const cells = columns
        .map((a) => {
          const c = r.cells.find((x) => x.articleId === a.id);
          if (!c) return `<td class="empty">${t.notReported}</td>`;
          return `<td dir="auto"><mark class="v-${c.mark}">${escapeHtml(text(a.id, c.claimIds))}</mark></td>`;
        })
        .join('');
      const reasons = r.reasons.map((x) => `<li>${escapeHtml(describeReason(x, nameOf, locale))}</li>`).join('');
      return `<tr><th scope="row">${r.id}<br><span class="v-${r.verdict}">${icon(r.verdict!)} ${escapeHtml(MARK_NAME[locale][r.verdict!])}</span><br><span class="meta">${escapeHtml(formatDay(r.firstReported, locale, 'medium'))}</span>${reasons ? `<ul>${reasons}</ul>` : ''}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="matrix"><thead><tr><th scope="col">${t.fact}</th>${columns.map((a) => `<th scope="col" dir="auto">${escapeHtml(nameOf(a.id))}<br><span class="meta">${escapeHtml(formatDay(a.publishedAt, locale, 'medium'))}</span></th>`).join('')}</tr></thead><tbody>
${rows}
</tbody></table>`;
}

function exclusives(view: StoryView, locale: Locale): string {
  const s = REPORT_STRINGS[locale];
  return view.articles
    .filter((a) => a.compared)
    .map((a) => {
      const ids = view.exclusive[String(a.id)] ?? [];
      const items = ids.map((id) => `<li dir="auto">${escapeHtml(a.claims.find((c) => c.id === id)?.text ?? '')}</li>`);
      return `<h3 dir="auto">${escapeHtml(outletName(a))}</h3>${items.length ? `<ol class="only">${items.join('')}</ol>` : `<p>${s.none}</p>`}`;
    })
    .join('\n');
}

const STORY_STYLE = `
.matrix th[scope=row]{width:14rem;font-weight:normal;background:#f4f3ef}
.matrix td{font-size:.9rem}.matrix .empty{color:#595d64;font-style:italic;background:repeating-linear-gradient(135deg,#fff,#fff 6px,#f4f3ef 6px,#f4f3ef 12px)}
.matrix ul{margin:.3rem 0 0;padding-inline-start:1rem;font-size:.85rem}
.coverage{width:auto}.coverage caption{text-align:start;color:#555;margin-bottom:.3rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem;margin-top:.5rem}.charts svg{font:12px system-ui,sans-serif;fill:#1d1f21}
.charts-key .key{margin-inline-end:1rem}.swatch{display:inline-block;width:.8rem;height:.8rem;margin-inline-end:.3rem;vertical-align:-.1rem}
`;

export function storyHtml(input: StoryReportInput): string {
  const locale = input.locale ?? 'en';
  const s = REPORT_STRINGS[locale];
  const t = STORY_STRINGS[locale];
  const v = input.view;
  const title = v.story?.name ?? t.selection;
  const cov = coverage(v);
  const count = (verdict: Mark) => v.facts.filter((f) => f.verdict === verdict).length;
  const notices = [
    ...(v.dropped.length ? [t.dropped(v.dropped.length)] : []),
    ...(v.stale ? [t.stale(v.stale)] : []),
    ...storyCautions(v, locale),
  ];
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${t.heading}: ${escapeHtml(title)}</title>
<style>${reportStyle()}${STORY_STYLE}</style></head><body>
<h1>${t.heading}: <span dir="auto">${escapeHtml(title)}</span></h1>
<p class="meta">${escapeHtml(s.exported(formatInstant(input.generatedAt, locale), input.appVersion, v.engineVersion))}</p>
${notices.map((n) => `<p class="caution">${escapeHtml(n)}</p>`).join('\n')}
<h2>${t.reports}</h2>
${reportsTable(v, locale)}
<h2>${s.summary}</h2>
<p>${escapeHtml(t.counts(v.facts.length, count('conflict'), count('framing')))}</p>
<p class="caution">${escapeHtml(s.suggestions)}</p>
<h3>${s.legend}</h3>
<dl class="legend">${MARKS.filter((m) => m !== 'possible')
    .map(
      (m) =>
        `<dt><mark class="v-${m}">${icon(m)} ${escapeHtml(MARK_NAME[locale][m])}</mark></dt><dd>${escapeHtml(MARK_MEANING[locale][m])}</dd>`,
    )
    .join('')}</dl>
<h2>${t.coverage}</h2>
${coverageSection(v, cov, locale)}
<h2>${t.matrix}</h2>
${matrix(v, locale)}
<h2>${t.exclusives}</h2>
${exclusives(v, locale)}
</body></html>
`;
}
