// The REFI-QDA export (.qdpx): the chosen articles (a story, a list of ids, or the whole library) with their
// comparisons, as project.qde and Sources/ in one zip. Reads only: comparisons are computed as when opened, with
// the researcher's corrections, and nothing is recorded, so a read-only library exports too.
import yazl from 'yazl';
import { buildQdaProject, type QdaArticle, type QdaComparison } from '../../shared/qda/project';
import { ApiError } from '../../shared/errors';
import { slug } from '../../shared/report';
import { getArticle, listArticles } from '../library/articles';
import { openComparison, type ComparisonRun } from '../library/comparisons';
import type { Db } from '../library/open';
import { guidsFor } from './guid';

/** A story (or list) of up to this many articles is exported with every pair compared, as a story view shows it. */
export const ALL_PAIRS_MAX_ARTICLES = 12;

export interface QdpxSelection {
  /** The articles of this story. */
  readonly story?: string;
  /** These articles. */
  readonly articleIds?: readonly number[];
}

export interface QdpxFile {
  readonly filename: string;
  readonly bytes: Buffer;
  readonly articles: number;
  readonly comparisons: number;
}

function chosenArticles(db: Db, selection: QdpxSelection): QdaArticle[] {
  const ids = selection.articleIds
    ? [...new Set(selection.articleIds)]
    : listArticles(db, 'date', selection.story ? { story: selection.story } : {}).map((a) => a.id);
  if (selection.story && !ids.length)
    throw new ApiError('not_found', `There is no article in the story "${selection.story}".`);
  return ids
    .sort((a, b) => a - b)
    .map((id) => {
      const a = getArticle(db, id);
      return {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        outletNotes: a.outletNotes,
        publishedAt: a.publishedAt,
        language: a.language,
        url: a.url,
        authors: a.authors,
        stories: a.stories,
        text: a.text,
      };
    });
}

/** The pairs to export: those the researcher opened among the articles, and every pair of a small selection. */
function chosenPairs(db: Db, ids: readonly number[], selection: QdpxSelection): [number, number][] {
  const chosen = new Set(ids);
  const seen = new Set<string>();
  const pairs: [number, number][] = [];
  const add = (l: number, r: number) => {
    const key = l < r ? `${l}:${r}` : `${r}:${l}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push([l, r]);
  };
  const opened = db.prepare('SELECT left_id AS l, right_id AS r FROM comparisons ORDER BY id').all() as {
    l: number;
    r: number;
  }[];
  for (const { l, r } of opened) if (chosen.has(l) && chosen.has(r)) add(l, r);
  if ((selection.story || selection.articleIds) && ids.length <= ALL_PAIRS_MAX_ARTICLES) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) add(ids[i]!, ids[j]!);
  }
  return pairs;
}

function zip(files: readonly { name: string; data: Buffer }[]): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  // A fixed time, so the same library gives the same archive entries.
  const mtime = new Date('2000-01-01T00:00:00Z');
  for (const f of files) archive.addBuffer(f.data, f.name, { mtime, compress: true });
  archive.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (c: Buffer) => chunks.push(c));
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    archive.outputStream.on('error', reject);
  });
}

export async function exportQdpx(
  db: Db,
  selection: QdpxSelection,
  appVersion: string,
  run: ComparisonRun = {},
): Promise<QdpxFile> {
  const articles = chosenArticles(db, selection);
  if (!articles.length) throw new ApiError('not_found', 'There is no article to export.');
  const comparisons: QdaComparison[] = [];
  // Each pair from the comparison cache, or computed by the engine (in its worker, in the app) and kept.
  for (const [leftId, rightId] of chosenPairs(
    db,
    articles.map((a) => a.id),
    selection,
  )) {
    const { comparison } = await openComparison(db, leftId, rightId, { ...run, record: false });
    comparisons.push({ leftId, rightId, comparison });
  }
  const name = selection.story ?? (selection.articleIds ? 'Parallax articles' : 'Parallax library');
  const project = buildQdaProject(
    { name, origin: `Parallax ${appVersion}`, createdAt: new Date().toISOString(), articles, comparisons },
    guidsFor(db),
  );
  const bytes = await zip([
    { name: 'project.qde', data: Buffer.from(project.xml, 'utf8') },
    ...project.sources.map((s) => ({ name: `Sources/${s.name}`, data: Buffer.from(s.text, 'utf8') })),
  ]);
  return {
    filename: `parallax-${slug(selection.story ?? (selection.articleIds ? 'articles' : 'library'))}.qdpx`,
    bytes,
    articles: articles.length,
    comparisons: comparisons.length,
  };
}
