// The engine against hand-labelled report pairs (test/fixtures/report-pairs.json): link precision and recall,
// and verdict accuracy on the links it finds. Thresholds sit just under what the engine scores today, so a
// change that makes it worse fails here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../shared/compare';

interface Pair {
  id: string;
  left: string;
  right: string;
  gold: [number, number, string][];
}

const pairs = (
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/report-pairs.json'), 'utf8')) as {
    pairs: Pair[];
  }
).pairs;

function scoreFixtures() {
  let found = 0;
  let correctLinks = 0;
  let gold = 0;
  let correctVerdicts = 0;
  const misses: string[] = [];
  for (const p of pairs) {
    const c = compareTexts(p.left, p.right);
    const predicted = c.links.flatMap((l) => l.left.flatMap((a) => l.right.map((b) => ({ a, b, verdict: l.verdict }))));
    found += predicted.length;
    gold += p.gold.length;
    for (const [li, ri, verdict] of p.gold) {
      const hit = predicted.find((x) => x.a === `L${li}` && x.b === `R${ri}`);
      if (!hit) {
        misses.push(`${p.id}: L${li}-R${ri} not linked`);
        continue;
      }
      correctLinks++;
      if (hit.verdict === verdict) correctVerdicts++;
      else misses.push(`${p.id}: L${li}-R${ri} ${hit.verdict}, gold ${verdict}`);
    }
  }
  return {
    precision: correctLinks / found,
    recall: correctLinks / gold,
    verdictAccuracy: correctVerdicts / correctLinks,
    misses,
  };
}

describe('hand-labelled report pairs', () => {
  it('finds the gold links and judges them', () => {
    const s = scoreFixtures();
    console.log(
      `fixtures: link precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}, verdict accuracy ${s.verdictAccuracy.toFixed(2)}${s.misses.length ? '\n  ' + s.misses.join('\n  ') : ''}`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.verdictAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
