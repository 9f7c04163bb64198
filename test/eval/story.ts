// `npm run eval:story`: the story view's facts against the gold stories (test/fixtures/report-pairs/stories:
// story-1 and story-3 dev, story-2 held-out), beside the naive grouping (every claim reachable through linked
// links in one fact: transitive closure). Prints fact precision/recall/F1, exact facts, purity (no transitive
// drift), cells, verdicts and conflicts per story and split. `--tune` searches the grouping parameters on the dev
// stories only and prints what it would choose; the held-out story is reported, never tuned on.
import fs from 'node:fs';
import path from 'node:path';
import { analyseArticle, compareAnalysed, type ArticleAnalysis } from '../../shared/compare';
import {
  GROUPING,
  storyClaims,
  storyFacts,
  type GroupingParameters,
  type StoryClaim,
  type StoryPair,
} from '../../shared/story';
import { storyClaimId } from '../../shared/story/group';
import { assertNotKept } from './kept-bodies';
import { DATA, FIXTURES, fingerprint, resolveText, type GoldSpan, type Side } from './report-pairs-data';

interface GoldFact {
  readonly cells: Readonly<Record<string, readonly GoldSpan[]>>;
  readonly verdict: 'agree' | 'framing' | 'conflict';
}

interface GoldStory {
  readonly id: string;
  readonly split: 'dev' | 'heldout';
  readonly articles: readonly (Side & { body: number })[];
  readonly facts: readonly GoldFact[];
}

interface Loaded {
  readonly story: GoldStory;
  readonly articles: readonly { id: number; text: string; analysis: ArticleAnalysis; claims: StoryClaim[] }[];
  readonly pairs: readonly StoryPair[];
}

/** A predicted fact as spans per article, with its verdict. */
interface Predicted {
  readonly cells: ReadonlyMap<number, readonly GoldSpan[]>;
  readonly verdict: string;
}

function load(): Loaded[] {
  const dir = path.join(FIXTURES, 'stories');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const story = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldStory;
      const articles = story.articles.map((side) => {
        assertNotKept(story.id, side.body, DATA);
        const text = resolveText(side);
        if (fingerprint(text) !== side.fingerprint) throw new Error(`${story.id}: body ${side.body} changed`);
        const analysis = analyseArticle(text, { language: side.language });
        return { id: side.body, text, analysis, claims: storyClaims(analysis, text) };
      });
      const pairs: StoryPair[] = [];
      for (let i = 0; i < articles.length; i++) {
        for (let j = i + 1; j < articles.length; j++) {
          const [a, b] = [articles[i]!, articles[j]!];
          const c = compareAnalysed({ analysis: a.analysis, text: a.text }, { analysis: b.analysis, text: b.text });
          pairs.push({ leftId: a.id, rightId: b.id, links: c.links });
        }
      }
      return { story, articles, pairs };
    });
}

const overlapLen = (x: GoldSpan, y: GoldSpan) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
const length = (s: readonly GoldSpan[]) => s.reduce((n, [a, b]) => n + (b - a), 0);
/** How much of the shorter of two span sets the other covers (the report-pair evaluation's rule). */
function cover(xs: readonly GoldSpan[], ys: readonly GoldSpan[]): number {
  let o = 0;
  for (const x of xs) for (const y of ys) o += overlapLen(x, y);
  return o / Math.max(1, Math.min(length(xs), length(ys)));
}
const MIN_COVER = 0.3;

function engineFacts(x: Loaded, params: GroupingParameters): Predicted[] {
  const spans = new Map(x.articles.map((a) => [a.id, new Map(a.claims.map((c) => [c.id, [c.start, c.end] as const]))]));
  const { facts } = storyFacts(
    x.articles.map((a) => ({ id: a.id, publishedAt: null, claims: a.claims })),
    x.pairs,
    params,
  );
  return facts.map((f) => ({
    verdict: f.verdict,
    cells: new Map(f.cells.map((c) => [c.articleId, c.claimIds.map((id) => spans.get(c.articleId)!.get(id)!)])),
  }));
}

/** The naive grouping: connected components of the linked links, whatever they chain. */
function transitiveFacts(x: Loaded): Predicted[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    while (parent.has(k) && parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  for (const p of x.pairs) {
    for (const l of p.links) {
      if (l.strength !== 'linked') continue;
      const all = [
        ...l.left.map((id) => `${p.leftId}:${storyClaimId(id)}`),
        ...l.right.map((id) => `${p.rightId}:${storyClaimId(id)}`),
      ];
      for (const k of all) union(all[0]!, k);
    }
  }
  const spans = new Map(x.articles.map((a) => [a.id, new Map(a.claims.map((c) => [c.id, [c.start, c.end] as const]))]));
  const groups = new Map<string, Map<number, GoldSpan[]>>();
  for (const k of parent.keys()) {
    const [article, claim] = k.split(':') as [string, string];
    const g = groups.get(find(k)) ?? new Map<number, GoldSpan[]>();
    const id = Number(article);
    g.set(id, [...(g.get(id) ?? []), spans.get(id)!.get(claim)!]);
    groups.set(find(k), g);
  }
  return [...groups.values()].map((cells) => ({ cells, verdict: 'agree' }));
}

interface Counts {
  predicted: number;
  gold: number;
  matched: number;
  exact: number;
  pure: number;
  predictedCells: number;
  goldCells: number;
  matchedCells: number;
  verdictRight: number;
  predictedConflicts: number;
  goldConflicts: number;
  conflictsFound: number;
}

const zero = (): Counts => ({
  predicted: 0,
  gold: 0,
  matched: 0,
  exact: 0,
  pure: 0,
  predictedCells: 0,
  goldCells: 0,
  matchedCells: 0,
  verdictRight: 0,
  predictedConflicts: 0,
  goldConflicts: 0,
  conflictsFound: 0,
});

function add(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

/** Articles whose cells in a predicted and a gold fact overlap. */
function aligned(p: Predicted, g: GoldFact): number[] {
  return [...p.cells].filter(([id, s]) => g.cells[id] && cover(s, g.cells[id]) >= MIN_COVER).map(([id]) => id);
}

/**
 * Facts of two or more outlets, matched one to one when they share two or more aligned cells (most first). Exact:
 * the same outlets, every cell aligned. Pure: every cell of a predicted fact lies in one gold fact (no drift).
 */
function scoreStory(story: GoldStory, predicted: readonly Predicted[]): Counts {
  const gold = story.facts.filter((f) => Object.keys(f.cells).length >= 2);
  const c = zero();
  c.predicted = predicted.length;
  c.gold = gold.length;
  c.predictedCells = predicted.reduce((n, p) => n + p.cells.size, 0);
  c.goldCells = gold.reduce((n, g) => n + Object.keys(g.cells).length, 0);
  c.predictedConflicts = predicted.filter((p) => p.verdict === 'conflict').length;
  c.goldConflicts = gold.filter((g) => g.verdict === 'conflict').length;
  const options: { p: number; g: number; w: number }[] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const n = aligned(p, g).length;
      if (n >= 2) options.push({ p: i, g: j, w: n });
    }),
  );
  options.sort((a, b) => b.w - a.w || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const o of options) {
    if (usedP.has(o.p) || usedG.has(o.g)) continue;
    usedP.add(o.p);
    usedG.add(o.g);
    const p = predicted[o.p]!;
    const g = gold[o.g]!;
    c.matched++;
    c.matchedCells += o.w;
    if (o.w === p.cells.size && o.w === Object.keys(g.cells).length) c.exact++;
    if (p.verdict === g.verdict) c.verdictRight++;
    if (p.verdict === 'conflict' && g.verdict === 'conflict') c.conflictsFound++;
  }
  // Purity over every gold fact, exclusives included: which gold fact each predicted cell lies in.
  for (const p of predicted) {
    const homes = new Set<number>();
    for (const [id, spans] of p.cells) {
      let best = { j: -1, w: 0 };
      story.facts.forEach((g, j) => {
        const w = g.cells[id] ? cover(spans, g.cells[id]) : 0;
        if (w >= MIN_COVER && w > best.w) best = { j, w };
      });
      homes.add(best.j);
    }
    if (homes.size === 1 && !homes.has(-1)) c.pure++;
  }
  return c;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f2 = (x: number) => x.toFixed(2);

function summary(c: Counts) {
  const p = ratio(c.matched, c.predicted);
  const r = ratio(c.matched, c.gold);
  return {
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    exactP: ratio(c.exact, c.predicted),
    exactR: ratio(c.exact, c.gold),
    purity: ratio(c.pure, c.predicted),
    cellP: ratio(c.matchedCells, c.predictedCells),
    cellR: ratio(c.matchedCells, c.goldCells),
    verdict: ratio(c.verdictRight, c.matched),
    conflictP: ratio(c.conflictsFound, c.predictedConflicts),
    conflictR: ratio(c.conflictsFound, c.goldConflicts),
  };
}

const HEADER =
  '| grouping | stories | gold facts | predicted | fact P | fact R | fact F1 | exact P | exact R | pure | cell P | cell R | verdict acc. | conflict P | conflict R |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';

function row(name: string, which: string, c: Counts): string {
  const s = summary(c);
  return `| ${name} | ${which} | ${c.gold} | ${c.predicted} | ${f2(s.p)} | ${f2(s.r)} | ${f2(s.f1)} | ${f2(s.exactP)} | ${f2(s.exactR)} | ${f2(s.purity)} | ${f2(s.cellP)} | ${f2(s.cellR)} | ${f2(s.verdict)} | ${f2(s.conflictP)} | ${f2(s.conflictR)} |`;
}

const total = (xs: readonly Loaded[], facts: (x: Loaded) => Predicted[]) =>
  xs.reduce((acc, x) => add(acc, scoreStory(x.story, facts(x))), zero());

function tune(dev: readonly Loaded[]): GroupingParameters {
  let best: { params: GroupingParameters; f1: number; purity: number } | null = null;
  console.log(
    '\nTuning on the dev stories only:\n\n| majority | min score | fact F1 | pure |\n| --- | --- | --- | --- |',
  );
  for (const majority of [0.5, 0.6, 0.67, 0.75, 0.99]) {
    for (const minScore of [0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
      const params = { majority, minScore };
      const s = summary(total(dev, (x) => engineFacts(x, params)));
      console.log(`| ${majority} | ${minScore} | ${f2(s.f1)} | ${f2(s.purity)} |`);
      // Best F1; on a tie, the purer, then the more permissive (fewer claims dropped by the threshold).
      if (!best || s.f1 > best.f1 + 1e-9 || (Math.abs(s.f1 - best.f1) < 1e-9 && s.purity > best.purity + 1e-9)) {
        best = { params, f1: s.f1, purity: s.purity };
      }
    }
  }
  console.log(`\nChosen on dev: majority ${best!.params.majority}, min score ${best!.params.minScore}`);
  return best!.params;
}

function main(): void {
  // `--dev`: the dev stories only, for tuning without reading the held-out story's figures.
  const stories = load().filter((x) => !process.argv.includes('--dev') || x.story.split === 'dev');
  const dev = stories.filter((x) => x.story.split === 'dev');
  const heldout = stories.filter((x) => x.story.split === 'heldout');
  const params = process.argv.includes('--tune') ? tune(dev) : GROUPING;
  console.log(
    `\nStory facts (two or more outlets) against the gold stories; grouping: majority ${params.majority}, min score ${params.minScore}.\n`,
  );
  console.log(HEADER);
  for (const [which, xs] of [
    ['dev (story-1, story-3)', dev],
    ['held-out (story-2)', heldout],
  ] as const) {
    if (!xs.length) continue;
    console.log(
      row(
        'story view (majority rule)',
        which,
        total(xs, (x) => engineFacts(x, params)),
      ),
    );
    console.log(
      row(
        'one group per article, no majority rule',
        which,
        total(xs, (x) => engineFacts(x, { ...params, majority: -1 })),
      ),
    );
    console.log(row('transitive closure (naive)', which, total(xs, transitiveFacts)));
  }
  console.log('\nPer story:\n');
  console.log(HEADER);
  for (const x of stories) {
    console.log(row('story view', `${x.story.id} (${x.story.split})`, scoreStory(x.story, engineFacts(x, params))));
  }
}

main();
