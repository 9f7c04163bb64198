// FNC-1 bodies that ../shared/data/README.md keeps for an independent check of the project: no report pair, story
// or benchmark text may use them, nor another body on the same headlines. The evaluation refuses a fixture that does,
// so a pair built before the list grew cannot slip back in.
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';

export const KEPT_FOR_CHECK: ReadonlySet<number> = new Set([
  2558, 2560, 457, 1193, 2324, 1486, 1851, 1150, 2382, 914, 1546, 2146, 1118, 2253, 641, 2402, 2535, 2533, 2429, 1030,
  916, 1350, 2540, 2542, 1907, 2392, 378, 246, 1759, 1694, 2436, 1810,
]);

let near: Map<number, number> | undefined;

/** Bodies on a headline a kept body relates to (agree, disagree or discuss), each with the kept body it sits beside. */
function bodiesNearKept(data: string): Map<number, number> {
  if (near) return near;
  const byHeadline = new Map<string, number[]>();
  const stances = parseCsv(fs.readFileSync(path.join(data, 'fnc1', 'competition_test_stances.csv'), 'utf8'));
  for (const r of stances) {
    if (r.Stance === 'unrelated') continue;
    const list = byHeadline.get(r.Headline!) ?? [];
    list.push(Number(r['Body ID']));
    byHeadline.set(r.Headline!, list);
  }
  near = new Map();
  for (const ids of byHeadline.values()) {
    const kept = ids.find((id) => KEPT_FOR_CHECK.has(id));
    if (kept !== undefined) for (const id of ids) near.set(id, kept);
  }
  return near;
}

/** Throws when a fixture uses a kept FNC-1 body or a body on the same headline as one. */
export function assertNotKept(fixture: string, body: number, data: string): void {
  if (KEPT_FOR_CHECK.has(body)) {
    throw new Error(`${fixture}: FNC-1 body ${body} is kept for the independent check (../shared/data/README.md).`);
  }
  const kept = bodiesNearKept(data).get(body);
  if (kept !== undefined) {
    throw new Error(
      `${fixture}: FNC-1 body ${body} is on the same headline as body ${kept}, kept for the independent check.`,
    );
  }
}

let twins: Map<string, number> | undefined;

/**
 * Throws when a training body (train_bodies.csv, Body IDs of their own) repeats the text of a competition body that
 * is kept or sits on a kept body's headline: ten training bodies are copies of competition bodies.
 */
export function assertTrainBodyNotKept(
  fixture: string,
  body: number,
  trainBodies: ReadonlyMap<number, string>,
  competitionBodies: ReadonlyMap<number, string>,
  data: string,
): void {
  const text = trainBodies.get(body);
  twins ??= new Map([...competitionBodies].map(([id, t]) => [t, id]));
  const twin = text === undefined ? undefined : twins.get(text);
  if (twin !== undefined)
    assertNotKept(`${fixture} (training body ${body}, a copy of competition body ${twin})`, twin, data);
}
