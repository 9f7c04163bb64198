// Real news text for the benchmarks: FNC-1 article bodies from ../shared/data/fnc1 (read at benchmark time only,
// never committed), two bodies of each story side by side, concatenated to the length wanted. Bodies kept for the
// project's independent check (../shared/data/README.md) are left out.
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../eval/csv';
import { KEPT_FOR_CHECK } from '../eval/kept-bodies';

const DATA = path.resolve(process.env.PARALLAX_DATA ?? path.join(import.meta.dirname, '../../../shared/data'));
export function hasFnc1(): boolean {
  return fs.existsSync(path.join(DATA, 'fnc1', 'competition_test_bodies.csv'));
}

let stories: [string, string][] | undefined;

/** Pairs of bodies on the same story (a headline both were judged related to). */
function storyPairs(): [string, string][] {
  if (stories) return stories;
  const dir = path.join(DATA, 'fnc1');
  const bodies = new Map<number, string>();
  for (const f of ['train_bodies.csv', 'competition_test_bodies.csv']) {
    for (const r of parseCsv(fs.readFileSync(path.join(dir, f), 'utf8')))
      bodies.set(Number(r['Body ID']), r.articleBody!);
  }
  const byHeadline = new Map<string, number[]>();
  for (const r of parseCsv(fs.readFileSync(path.join(dir, 'competition_test_stances.csv'), 'utf8'))) {
    const id = Number(r['Body ID']);
    if (r.Stance === 'unrelated' || KEPT_FOR_CHECK.has(id)) continue;
    const list = byHeadline.get(r.Headline!) ?? [];
    if (!list.includes(id)) list.push(id);
    byHeadline.set(r.Headline!, list);
  }
  const used = new Set<number>();
  stories = [];
  for (const ids of byHeadline.values()) {
    const [a, b] = ids.filter((id) => !used.has(id));
    if (a === undefined || b === undefined) continue;
    used.add(a);
    used.add(b);
    stories.push([bodies.get(a)!, bodies.get(b)!]);
  }
  return stories;
}

/** Two reports of `words` words each: one body of each story on the left, the other on the right. */
export function fnc1ReportPair(words: number): [string, string] {
  const left: string[] = [];
  const right: string[] = [];
  let l = 0;
  let r = 0;
  for (const [a, b] of storyPairs()) {
    if (l < words) {
      left.push(a);
      l += a.split(/\s+/).length;
    }
    if (r < words) {
      right.push(b);
      r += b.split(/\s+/).length;
    }
    if (l >= words && r >= words) break;
  }
  const cut = (parts: string[]) =>
    parts
      .join('\n\n')
      .split(/(\s+)/)
      .slice(0, words * 2 - 1)
      .join('');
  return [cut(left), cut(right)];
}
