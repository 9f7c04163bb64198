// Loads the report-pair evaluation set (test/fixtures/report-pairs): resolves each side's recipe from
// ../shared/data and ../shared/samples (read at evaluation time only) and checks its fingerprint.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';
import { assertNotKept, assertTrainBodyNotKept } from './kept-bodies';
import { parseTsv } from './metrics';

export const FIXTURES = path.join(import.meta.dirname, '../fixtures/report-pairs');
export const SHARED = path.resolve(process.env.PARALLAX_SHARED ?? path.join(import.meta.dirname, '../../../shared'));
export const DATA = path.resolve(process.env.PARALLAX_DATA ?? path.join(SHARED, 'data'));

export type Recipe =
  | { source: 'fnc1'; body: number }
  | { source: 'fnc1-train'; body: number }
  | { source: 'sample-fr' }
  | { source: 'sample-voa' }
  | { source: 'rte3-fr'; split: 'dev' | 'test'; ids: string[] }
  | { source: 'daccord'; ids: string[]; field: 'premise' | 'hypothesis' }
  | { source: 'file'; file: string };

export type Side = Recipe & { language: string; fingerprint: string };
export type GoldSpan = readonly [number, number];

export interface GoldLink {
  readonly left: readonly GoldSpan[];
  readonly right: readonly GoldSpan[];
  readonly verdict: 'agree' | 'conflict' | 'framing';
  readonly kinds: readonly string[];
}

export interface GoldPair {
  readonly id: string;
  readonly split: 'dev' | 'heldout';
  readonly left: Side;
  readonly right: Side;
  readonly documentStance: { side: 'left' | 'right'; span: GoldSpan } | null;
  readonly links: readonly GoldLink[];
}

export interface LoadedPair extends GoldPair {
  readonly group: 'en-en' | 'fr-en' | 'fr-fr';
  readonly leftText: string;
  readonly rightText: string;
}

const cache = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** FNC-1 bodies by Body ID: the competition set (with stances) or the training bodies (without). */
export function fnc1Bodies(file: 'competition_test_bodies.csv' | 'train_bodies.csv'): Map<number, string> {
  return once(
    file,
    () =>
      new Map(
        parseCsv(fs.readFileSync(path.join(DATA, 'fnc1', file), 'utf8')).map((x) => [
          Number(x['Body ID']),
          x.articleBody!,
        ]),
      ),
  );
}

export function resolveText(r: Recipe): string {
  switch (r.source) {
    case 'fnc1':
    case 'fnc1-train': {
      const file = r.source === 'fnc1' ? 'competition_test_bodies.csv' : 'train_bodies.csv';
      const text = fnc1Bodies(file).get(r.body);
      if (text === undefined) throw new Error(`No FNC-1 body ${r.body} in ${file}`);
      return text;
    }
    case 'sample-fr':
      return fs.readFileSync(path.join(SHARED, 'samples/000_018f6538034a5d44.txt'), 'utf8');
    case 'sample-voa':
      return fs.readFileSync(path.join(SHARED, 'samples/voa-daraa-offensive-2018-06.txt'), 'utf8');
    case 'rte3-fr': {
      const file = r.split === 'dev' ? 'RTE3-FR-dev-set-3class.tsv' : 'RTE3-FR-test-gold-3class.tsv';
      const rows = once(`rte3-${r.split}`, () => parseTsv(fs.readFileSync(path.join(DATA, 'rte3-fr', file), 'utf8')));
      return r.ids.map((id) => rows.find((x) => x.id === id)!.premise!).join('\n\n');
    }
    case 'daccord': {
      const rows = once('daccord', () =>
        parseTsv(fs.readFileSync(path.join(DATA, 'daccord/daccord_dataset.tsv'), 'utf8')),
      );
      return r.ids.map((id) => rows.find((x) => x.id === id)![r.field]!).join('\n\n');
    }
    case 'file':
      return fs.readFileSync(path.join(FIXTURES, 'texts', r.file), 'utf8');
  }
}

export function fingerprint(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function resolved(side: Side, id: string): string {
  if (side.source === 'fnc1') assertNotKept(id, side.body, DATA);
  if (side.source === 'fnc1-train') {
    const [train, competition] = [fnc1Bodies('train_bodies.csv'), fnc1Bodies('competition_test_bodies.csv')];
    assertTrainBodyNotKept(id, side.body, train, competition, DATA);
  }
  const text = resolveText(side);
  if (fingerprint(text) !== side.fingerprint) {
    throw new Error(`${id}: the ${side.source} text does not match its fingerprint; the data in ${DATA} changed.`);
  }
  return text;
}

export function loadPairs(): LoadedPair[] {
  if (!fs.existsSync(DATA)) {
    console.error(
      `No evaluation data at ${DATA}. Set PARALLAX_DATA to the folder holding fnc1/, rte3-fr/ and daccord/.`,
    );
    process.exit(2);
  }
  return fs
    .readdirSync(path.join(FIXTURES, 'pairs'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const p = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'pairs', f), 'utf8')) as GoldPair;
      const group = p.id.startsWith('fr-en') ? 'fr-en' : p.id.startsWith('fr-fr') ? 'fr-fr' : 'en-en';
      return { ...p, group, leftText: resolved(p.left, p.id), rightText: resolved(p.right, p.id) };
    });
}
