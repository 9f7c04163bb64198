// One story across two to eight reports, fact by fact: the articles a selection names (a story, or ids), each
// analysed once (engine-memo.ts), every pair compared with the researcher's corrections of that pair in either
// direction, then grouped into facts by shared/story. In the app the engine worker first computes what the
// library's caches lack (`computeStoryInEngine`), so assembling the view reads cached results only. A correction
// made in the story view is stored on the pair's comparison like any other.
import { ENGINE_VERSION, judgeClaimPair } from '../../shared/compare';
import { applyCorrections, type CorrectionInput } from '../../shared/compare/corrections';
import type { Article, StoryArticle, StorySelection, StoryView } from '../../shared/domain';
import { ApiError } from '../../shared/errors';
import { storyClaims, storyFacts, type StoryPair } from '../../shared/story';
import { getArticle } from './articles';
import type { Engine } from '../engine/engine';
import { correctionHome, correctionsBetween, engineComparisonJson, mirrored, storeCorrections } from './comparisons';
import { articleAnalysis, baseComparison, type LexiconInUse } from './engine-memo';
import { userLexicon } from './lexicon';
import type { Db } from './open';

/** The most reports one view compares: 28 pairs; more would not fit a screen or a second. */
export const MAX_STORY_ARTICLES = 8;

type Dropped = StoryView['dropped'][number];

interface Chosen {
  readonly story: StoryView['story'];
  readonly articles: Article[];
  readonly dropped: Dropped[];
}

function storyRow(db: Db, selection: { story: string } | { storyId: number }) {
  const row =
    'story' in selection
      ? db.prepare('SELECT id, name FROM stories WHERE name = ?').get(selection.story)
      : db.prepare('SELECT id, name FROM stories WHERE id = ?').get(selection.storyId);
  if (!row) {
    const named = 'story' in selection ? `named “${selection.story}”` : `with id ${selection.storyId}`;
    throw new ApiError('not_found', `There is no story ${named} in this library.`);
  }
  return row as { id: number; name: string };
}

function choose(db: Db, selection: StorySelection): Chosen {
  if ('articleIds' in selection) {
    const articles: Article[] = [];
    const dropped: Dropped[] = [];
    for (const id of new Set(selection.articleIds)) {
      const row = db.prepare('SELECT title, deleted_at FROM articles WHERE id = ?').get(id) as
        { title: string; deleted_at: string | null } | undefined;
      if (!row) dropped.push({ id, title: null, why: 'missing' });
      else if (row.deleted_at) dropped.push({ id, title: row.title, why: 'trashed' });
      else articles.push(getArticle(db, id));
    }
    return { story: null, articles, dropped };
  }
  const story = storyRow(db, selection);
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.deleted_at FROM story_articles sa JOIN articles a ON a.id = sa.article_id
       WHERE sa.story_id = ? ORDER BY a.id`,
    )
    .all(story.id) as { id: number; title: string; deleted_at: string | null }[];
  return {
    story,
    articles: rows.filter((r) => !r.deleted_at).map((r) => getArticle(db, r.id)),
    dropped: rows.filter((r) => r.deleted_at).map((r) => ({ id: r.id, title: r.title, why: 'trashed' as const })),
  };
}

/** Columns by publication date, undated last, then by id. */
const byDate = (a: Article, b: Article) =>
  (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id - b.id;

function checkCount(chosen: Chosen): void {
  const n = chosen.articles.length;
  const what = chosen.story ? `The story “${chosen.story.name}” has` : 'The selection has';
  if (n < 2) {
    throw new ApiError(
      'invalid_input',
      `${what} ${n === 0 ? 'no report' : 'one report'} in the library; a story view needs two or more. Add reports to the story, or pick articles with --articles.`,
    );
  }
  if (n > MAX_STORY_ARTICLES) {
    throw new ApiError(
      'invalid_input',
      `${what} ${n} reports; a story view compares up to ${MAX_STORY_ARTICLES}. Choose up to ${MAX_STORY_ARTICLES} of them (--articles 1,2,3; \`parallax list\` shows their ids).`,
    );
  }
}

/** One pair as the story reads it: the engine's comparison with the pair's corrections from either direction. */
function storyPair(db: Db, left: Article, right: Article, lexicon: LexiconInUse) {
  const base = baseComparison(db, left, right, lexicon);
  const corrected = applyCorrections(base, correctionsBetween(db, left.id, right.id), (l, r) =>
    judgeClaimPair(l, r, base.left.language, base.right.language, lexicon.lexicon),
  );
  return { pair: { leftId: left.id, rightId: right.id, links: corrected.links } as StoryPair, stale: corrected.stale };
}

/** Where each pair's corrections live (the comparison to open to see them), without recording anything. */
function pairRefs(db: Db, articles: readonly Article[]): StoryView['pairs'] {
  const has = db.prepare(
    'SELECT 1 FROM corrections k JOIN comparisons c ON c.id = k.comparison_id WHERE c.left_id = ? AND c.right_id = ?',
  );
  const refs: StoryView['pairs'][number][] = [];
  articles.forEach((a, i) =>
    articles.slice(i + 1).forEach((b) => {
      const reverse = !has.pluck().get(a.id, b.id) && has.pluck().get(b.id, a.id) !== undefined;
      refs.push(reverse ? { leftId: b.id, rightId: a.id } : { leftId: a.id, rightId: b.id });
    }),
  );
  return refs;
}

/**
 * Has the engine (in the app, its worker) compute every pair of the story the library's cache lacks, and keeps
 * them with the analyses it made, so `openStory` then only reads: the thread that answers the window or the
 * browser-mode server does not compare reports. Pairs in the order and direction `openStory` reads them.
 */
export async function computeStoryInEngine(
  db: Db,
  selection: StorySelection,
  engine: Engine,
  view?: string,
): Promise<void> {
  const chosen = choose(db, selection);
  checkCount(chosen);
  const ordered = [...chosen.articles].sort(byDate);
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      await engineComparisonJson(db, ordered[i]!, ordered[j]!, { engine, ...(view ? { view } : {}), record: true });
    }
  }
}

export function openStory(db: Db, selection: StorySelection): StoryView {
  const chosen = choose(db, selection);
  checkCount(chosen);
  const lexicon = userLexicon(db);
  const ordered = [...chosen.articles].sort(byDate);
  const columns: StoryArticle[] = ordered.map((a) => {
    const analysis = articleAnalysis(db, a, lexicon);
    const {
      text: _text,
      provenance: _provenance,
      authors: _authors,
      addedAt: _added,
      updatedAt: _updated,
      ...rest
    } = a;
    return { ...rest, compared: analysis.language !== 'und', claims: storyClaims(analysis, a.text) };
  });
  const compared = ordered.filter((_, i) => columns[i]!.compared);
  const pairs: StoryPair[] = [];
  let stale = 0;
  compared.forEach((a, i) =>
    compared.slice(i + 1).forEach((b) => {
      const p = storyPair(db, a, b, lexicon);
      pairs.push(p.pair);
      stale += p.stale.length;
    }),
  );
  const { facts, exclusive } = storyFacts(
    columns.filter((c) => c.compared),
    pairs,
  );
  return {
    story: chosen.story,
    articles: columns,
    facts,
    exclusive,
    dropped: chosen.dropped,
    pairs: pairRefs(db, compared),
    stale,
    engineVersion: ENGINE_VERSION,
  };
}

/**
 * A correction made in the story view, kept on the pair's comparison like one made beside the two texts: in the
 * direction that already holds the pair's corrections, else as asked (recorded now, as opening it would).
 */
export function correctStoryPair(
  db: Db,
  leftId: number,
  rightId: number,
  input: CorrectionInput,
): { readonly comparisonId: number } {
  if (leftId === rightId) throw new ApiError('invalid_input', 'A correction links claims of two different articles.');
  const left = getArticle(db, leftId);
  const right = getArticle(db, rightId);
  const home = correctionHome(db, leftId, rightId, baseComparison(db, left, right, userLexicon(db)).counts);
  storeCorrections(db, home.comparisonId, [home.leftId !== leftId ? mirrored(input) : input]);
  return { comparisonId: home.comparisonId };
}
