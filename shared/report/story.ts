// Exports of a story view: HTML (story-html.ts), CSV with one row per fact and outlet (then one per claim only
// one outlet reports), and JSON in the documented shape (README: `parallax story`). CSV and JSON keep English
// keys and verdicts in every language, so scripts can read any export.
import type { StoryView } from '../domain';
import { matrixRows } from '../story/coverage';
import { cell } from './csv';
import { reportFile, slug, type RenderedReport } from './index';
import type { ReportFormat } from './model';
import { describeReason, outletName } from './story-strings';
import { storyHtml, type StoryReportInput } from './story-html';

function claimText(view: StoryView, articleId: number, claimIds: readonly string[]): string {
  const claims = view.articles.find((a) => a.id === articleId)?.claims ?? [];
  return claimIds.map((id) => claims.find((c) => c.id === id)?.text ?? '').join(' ');
}

function nameOf(view: StoryView): (id: number) => string {
  const names = new Map(view.articles.map((a) => [a.id, outletName(a)]));
  return (id) => names.get(id) ?? String(id);
}

/** The JSON shape of issue 11: story, articles, facts with cells and reasons, and each article's exclusives. */
export function storyJson(view: StoryView) {
  const name = nameOf(view);
  return {
    story: { id: view.story?.id ?? null, name: view.story?.name ?? null },
    articles: view.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      publishedAt: a.publishedAt,
      language: a.language,
    })),
    facts: view.facts.map((f) => ({
      id: f.id,
      verdict: f.verdict,
      cells: f.cells.map((c) => ({
        articleId: c.articleId,
        claimIds: c.claimIds,
        text: claimText(view, c.articleId, c.claimIds),
      })),
      reasons: f.reasons.map((r) => ({
        kind: r.kind,
        articleIds: [...r.sides[0], ...r.sides[1]].map((x) => x.articleId),
        text: describeReason(r, name),
      })),
    })),
    exclusive: view.exclusive,
  };
}

export function storyCsv(view: StoryView): string {
  const name = nameOf(view);
  const rows = [
    [
      'fact',
      'verdict',
      'article id',
      'outlet',
      'published',
      'language',
      'reported',
      'mark',
      'claim ids',
      'text',
      'reasons',
    ],
  ];
  for (const r of matrixRows(view)) {
    const reasons = r.reasons.map((x) => describeReason(x, name)).join('; ');
    // A shared fact has a row for every compared outlet, reporting it or not; an exclusive only its outlet's.
    const columns = r.verdict === null ? view.articles.filter((a) => a.id === r.cells[0]!.articleId) : view.articles;
    for (const a of columns.filter((x) => x.compared)) {
      const c = r.cells.find((x) => x.articleId === a.id);
      rows.push([
        r.id,
        r.verdict ?? 'exclusive',
        String(a.id),
        name(a.id),
        a.publishedAt ?? '',
        a.language,
        c ? 'yes' : 'no',
        c ? (r.verdict === null ? 'only' : c.mark) : '',
        c ? c.claimIds.join(' ') : '',
        c ? claimText(view, a.id, c.claimIds) : '',
        reasons,
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function renderStory(input: StoryReportInput, format: ReportFormat): RenderedReport {
  const v = input.view;
  const base = `parallax-story-${slug(v.story?.name ?? v.articles.map((a) => a.id).join('-'))}`;
  const content = {
    html: () => storyHtml(input),
    csv: () => storyCsv(v),
    json: () => JSON.stringify(storyJson(v), null, 2),
  }[format]();
  return reportFile(base, format, content);
}

export type { StoryReportInput };
