// Coverage at a glance: per outlet, the facts it shares, the claims only it reports, the facts it contradicts and
// those it reported first, as a table and a small bar chart; and a timeline of when each outlet published (from
// the articles' dates), each mark sized by how much it reported. Plain SVG, coloured by the verdict palette.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryView } from '../../../shared/domain';
import { outletName } from '../../../shared/report/story-strings';
import { BAR_KINDS, BAR_MARK, coverageChart, timelineChart } from '../../../shared/story/charts';
import { coverage } from '../../../shared/story/coverage';
import { useFormat } from '../shell/format';
import styles from './StoryCoverage.module.css';

/** A name short enough for the charts' label column (the whole name is in the table and the tooltips). */
const short = (name: string) => (name.length > 22 ? `${name.slice(0, 21)}…` : name);

function Chart({
  label,
  width,
  height,
  children,
}: {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      className={styles.chart}
    >
      {children}
    </svg>
  );
}

export function StoryCoverage({ view }: { readonly view: StoryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = view.articles.filter((a) => a.compared);
  const counts = coverage({ ...view, articles: columns });
  const names = new Map(view.articles.map((a) => [a.id, outletName(a)]));
  const nameOf = (id: number) => names.get(id) ?? String(id);
  const size = { width: 440, labelWidth: 150 };
  const bars = coverageChart(counts, nameOf, size);
  const line = timelineChart(columns, counts, nameOf, size);
  const label = {
    facts: t('story.col.facts'),
    exclusive: t('story.col.exclusive'),
    contradicts: t('story.col.contradicts'),
  };
  return (
    <section className={styles.coverage} aria-labelledby="story-coverage">
      <h3 id="story-coverage">{t('story.coverage')}</h3>
      <div className={styles.parts}>
        <figure className={styles.figure}>
          <Chart label={t('story.chartBars')} width={bars.width} height={bars.height}>
            {bars.rows.map((r) => (
              <g key={r.articleId}>
                <text x={4} y={r.y} className={styles.label}>
                  {short(r.name)}
                </text>
                {r.bars.map((b) => (
                  <g key={b.kind} data-mark={BAR_MARK[b.kind]}>
                    <rect x={b.x} y={b.y} width={b.width} height={b.height} className={styles.bar}>
                      <title>{`${r.name}: ${label[b.kind]} ${b.value}`}</title>
                    </rect>
                    <text x={b.x + b.width + 4} y={b.y + b.height - 1} className={styles.value}>
                      {b.value}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </Chart>
          <figcaption className={styles.key}>
            {BAR_KINDS.map((k) => (
              <span key={k} data-mark={BAR_MARK[k]}>
                <span className={styles.swatch} aria-hidden="true" />
                {label[k]}
              </span>
            ))}
          </figcaption>
        </figure>
        <figure className={styles.figure}>
          <Chart label={t('story.chartTimeline')} width={line.width} height={line.height}>
            <line x1={line.labelWidth} y1={line.axisY} x2={line.width - 8} y2={line.axisY} className={styles.axis} />
            {line.ticks.map((k) => (
              <g key={k.day ?? 'undated'}>
                <line x1={k.x} y1={line.axisY} x2={k.x} y2={line.axisY + 4} className={styles.axis} />
                {k.label && (
                  <text x={k.x} y={line.axisY + 18} textAnchor={k.anchor} className={styles.value}>
                    {k.day ? format.day(k.day) : t('story.undated')}
                  </text>
                )}
              </g>
            ))}
            {line.marks.map((m) => (
              <g key={m.articleId} data-mark="agree">
                <text x={4} y={m.laneY + 4} className={styles.label}>
                  {short(m.name)}
                </text>
                <line x1={line.labelWidth} y1={m.laneY} x2={line.width - 8} y2={m.laneY} className={styles.lane} />
                <circle cx={m.x} cy={m.laneY} r={m.r} className={styles.bar}>
                  <title>
                    {t('story.timelineMark', {
                      outlet: m.name,
                      day: m.day ? format.day(m.day) : t('story.undated'),
                      facts: m.facts,
                      first: m.first,
                    })}
                  </title>
                </circle>
              </g>
            ))}
          </Chart>
          <figcaption className={styles.key}>{t('story.timelineCaption')}</figcaption>
        </figure>
      </div>
      <details className={styles.counts}>
        <summary>{t('story.countsTable')}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('article.field.outlet')}</th>
              <th scope="col">{label.facts}</th>
              <th scope="col">{label.exclusive}</th>
              <th scope="col">{label.contradicts}</th>
              <th scope="col">{t('story.col.first')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.articleId}>
                <th scope="row" dir="auto">
                  {nameOf(c.articleId)}
                </th>
                <td>{format.number(c.facts)}</td>
                <td>{format.number(c.exclusive)}</td>
                <td>{format.number(c.contradicts)}</td>
                <td>{format.number(c.first)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
