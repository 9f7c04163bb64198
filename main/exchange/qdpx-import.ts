// Importing a REFI-QDA project (.qdpx): each text source becomes an article (its variables its outlet, date,
// language, URL and authors; its sets its stories), each all or nothing. A project Parallax exported brings the
// researcher's work back: the links, verdicts and notes it carries become corrections of the comparisons between
// the imported articles, so a new export gives the same selections and codes. What Parallax does not use
// (another tool's codes and selections, pictures, audio, cases, graphs) is listed, not imported.
import type { CorrectionInput } from '../../shared/compare/corrections';
import type { Claim, Verdict } from '../../shared/compare/types';
import type { ImportResult, QdpxImport } from '../../shared/domain';
import { CodePointIndex } from '../../shared/qda/positions';
import { allCodes } from '../../shared/qda/codebook';
import { insertArticle, setOutletNotes } from '../library/articles';
import { openComparison, storeCorrections } from '../library/comparisons';
import type { Db } from '../library/open';
import { normaliseMetadata } from '../ingest/metadata';
import { MAX_ARTICLE_CHARS, tooLongMessage } from '../ingest/limits';
import { guidsFor } from './guid';
import type { QdpxProjectData, QdpxSelection, QdpxSource } from './qdpx-read';
import { readQdpxInWorker } from './read-pool';

const KNOWN_VARIABLES = new Set(['outlet', 'date', 'language', 'url', 'authors']);

interface Imported {
  readonly source: QdpxSource;
  readonly id: number;
  readonly fresh: boolean;
  readonly index: CodePointIndex;
}

function variable(source: QdpxSource, name: string): string | null {
  for (const [k, v] of Object.entries(source.variables)) if (k.toLowerCase() === name) return v || null;
  return null;
}

function importSource(db: Db, data: QdpxProjectData, source: QdpxSource, stories: readonly string[]) {
  const name = source.name;
  if (source.text === null) return { file: name, status: 'failed' as const, reason: `not imported: ${source.failure}` };
  const text = source.text;
  if (!text.trim()) return { file: name, status: 'failed' as const, reason: 'not imported: its text is empty' };
  if (text.length > MAX_ARTICLE_CHARS)
    return { file: name, status: 'failed' as const, reason: tooLongMessage(name, text.length) };
  const meta = normaliseMetadata(
    {
      title: name,
      text,
      outlet: variable(source, 'outlet'),
      authors: (variable(source, 'authors') ?? '').split(/;\s*/).filter(Boolean),
      publishedAt: variable(source, 'date'),
      url: variable(source, 'url'),
      ...(variable(source, 'language') ? { language: variable(source, 'language')! } : {}),
      stories,
    },
    name,
  );
  const outcome = insertArticle(db, {
    title: meta.title,
    text,
    outlet: meta.outlet,
    authors: meta.authors,
    publishedAt: meta.publishedAt,
    url: meta.url,
    ...(meta.language ? { language: meta.language } : {}),
    provenance: `Imported from the REFI-QDA project “${data.name}”${data.origin ? ` (made by ${data.origin})` : ''}, source “${name}”`,
    stories: meta.stories ?? [],
  });
  return outcome.status === 'duplicate'
    ? {
        file: name,
        status: 'duplicate' as const,
        id: outcome.id,
        reason: `the same text is already in the library as article ${outcome.id}`,
      }
    : { file: name, status: 'imported' as const, id: outcome.id };
}

const VERDICT_OF_LINK = /^(Agree|Conflict|Framing|Possibly related)/;

function verdictOfLink(name: string): Verdict | 'possible' | null {
  const m = VERDICT_OF_LINK.exec(name)?.[1];
  if (!m) return null;
  return m === 'Possibly related' ? 'possible' : (m.toLowerCase() as Verdict);
}

/** The claim a selection marks: the one starting where it starts (positions converted from code points). */
function claimAt(claims: readonly Claim[], index: CodePointIndex, s: QdpxSelection): Claim | undefined {
  const start = index.unit(s.start);
  return claims.find((c) => c.start === start) ?? claims.find((c) => c.start <= start && start < c.end);
}

/**
 * The corrections that make the comparison of two imported articles say what the project's links say: a link
 * the engine does not make, a verdict the researcher set, a link removed, a note.
 */
async function restorePair(
  db: Db,
  left: Imported,
  right: Imported,
  links: readonly { name: string; origin: QdpxSelection; target: QdpxSelection; notes: readonly string[] }[],
  notes: QdpxProjectData['notes'],
): Promise<number> {
  const view = await openComparison(db, left.id, right.id);
  const c = view.comparison;
  const inputs: CorrectionInput[] = [];
  const kept = new Set<string>();
  const anchor = (l: Claim, r: Claim) => ({
    leftText: l.text,
    rightText: r.text,
    leftStart: l.start,
    rightStart: r.start,
  });
  for (const link of links) {
    const l = claimAt(c.left.claims, left.index, link.origin);
    const r = claimAt(c.right.claims, right.index, link.target);
    const wanted = verdictOfLink(link.name);
    if (!l || !r || !wanted) continue;
    const found = c.links.find((x) => x.left.includes(l.id) && x.right.includes(r.id));
    if (found) kept.add(`${l.id}:${r.id}`);
    if (wanted !== 'possible' && (!found || found.strength === 'possible' || found.verdict !== wanted)) {
      inputs.push({ kind: found ? 'verdict' : 'link', ...anchor(l, r), verdict: wanted });
      kept.add(`${l.id}:${r.id}`);
    }
    for (const n of link.notes) {
      const note = notes[n]?.text.trim();
      if (note) inputs.push({ kind: 'note', ...anchor(l, r), note });
    }
  }
  // The researcher unlinked what the engine links and the project does not.
  const claims = new Map([...c.left.claims, ...c.right.claims].map((x) => [x.id, x]));
  for (const x of c.links) {
    if (x.left.some((lid) => x.right.some((rid) => kept.has(`${lid}:${rid}`)))) continue;
    const l = claims.get(x.left[0]!);
    const r = claims.get(x.right[0]!);
    if (l && r) inputs.push({ kind: 'unlink', ...anchor(l, r) });
  }
  if (inputs.length) storeCorrections(db, view.comparisonId, inputs);
  return inputs.length;
}

function foreignCodings(data: QdpxProjectData, ours: ReadonlySet<string>): string | null {
  const names = new Map<string, number>();
  let count = 0;
  for (const s of data.sources) {
    for (const sel of s.selections) {
      for (const code of sel.codes) {
        if (ours.has(code)) continue;
        count++;
        const name = data.codes[code] ?? 'an unknown code';
        names.set(name, (names.get(name) ?? 0) + 1);
      }
    }
  }
  if (!count) return null;
  const list = [...names.keys()].slice(0, 8).map((n) => `“${n}”`);
  return `${count.toLocaleString('en')} coding${count === 1 ? '' : 's'} with the project’s own codes (${list.join(', ')}${names.size > 8 ? ', …' : ''}), which Parallax does not keep`;
}

export async function importQdpx(db: Db, name: string, bytes: Uint8Array): Promise<QdpxImport> {
  const data = await readQdpxInWorker(name, bytes);
  const guid = guidsFor(db);
  const ours = new Set(allCodes().map((c) => guid(`code:${c.key}`)));
  const fromParallax = data.origin.startsWith('Parallax');
  const skipped = [...data.skipped];
  const foreign = foreignCodings(data, ours);
  if (foreign) skipped.push(foreign);
  const unknownVariables = new Set(
    data.sources.flatMap((s) => Object.keys(s.variables).filter((k) => !KNOWN_VARIABLES.has(k.toLowerCase()))),
  );
  if (unknownVariables.size)
    skipped.push(`variables Parallax has no field for: ${[...unknownVariables].map((v) => `“${v}”`).join(', ')}`);

  const storiesOf = new Map<string, string[]>();
  for (const set of data.sets) for (const m of set.members) storiesOf.set(m, [...(storiesOf.get(m) ?? []), set.name]);

  const items: ImportResult[] = [];
  const imported = new Map<string, Imported>();
  for (const source of data.sources) {
    let item: ImportResult;
    try {
      item = importSource(db, data, source, storiesOf.get(source.guid) ?? []);
    } catch (err) {
      item = { file: source.name, status: 'failed', reason: err instanceof Error ? err.message : String(err) };
    }
    items.push(item);
    if (item.id !== undefined && source.text !== null)
      imported.set(source.guid, {
        source,
        id: item.id,
        fresh: item.status === 'imported',
        index: new CodePointIndex(source.text.normalize('NFC')),
      });
  }

  // Outlet notes: a note named "Outlet: NAME" on the sources of that outlet.
  for (const [key, note] of Object.entries(data.notes)) {
    const outlet = /^Outlet: (.+)$/.exec(note.name)?.[1];
    if (!fromParallax || !outlet) continue;
    if ([...imported.values()].some((i) => i.source.notes.includes(key))) setOutletNotes(db, outlet, note.text);
  }

  let corrections = 0;
  if (fromParallax) {
    const selectionOf = new Map<string, { source: Imported; selection: QdpxSelection }>();
    for (const i of imported.values())
      for (const s of i.source.selections) selectionOf.set(s.guid, { source: i, selection: s });
    const pairs = new Map<
      string,
      { left: Imported; right: Imported; links: Parameters<typeof restorePair>[3][number][] }
    >();
    for (const link of data.links) {
      const o = selectionOf.get(link.origin);
      const t = selectionOf.get(link.target);
      if (!o || !t || !o.source.fresh || !t.source.fresh) continue;
      const key = `${o.source.id}:${t.source.id}`;
      const pair = pairs.get(key) ?? { left: o.source, right: t.source, links: [] };
      pair.links.push({ name: link.name, origin: o.selection, target: t.selection, notes: link.notes });
      pairs.set(key, pair);
    }
    for (const p of pairs.values()) corrections += await restorePair(db, p.left, p.right, p.links, data.notes);
  } else if (data.links.length) {
    skipped.push(
      `${data.links.length.toLocaleString('en')} links between selections, which Parallax keeps only from its own projects`,
    );
  }
  return { items, skipped, corrections };
}
