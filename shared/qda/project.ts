// A Parallax library (or a story of it) as a REFI-QDA project (QDA-XML 1.0, urn:QDA-XML:project:1.0): each
// article a TextSource whose plain text is a file in Sources/, each claim that takes part in a link (or is found
// in one report only) a PlainTextSelection coded from the codebook, linked claims as Links between their
// selections, the researcher's notes as Notes, outlet/date/language as Variables, a Set per story. Positions are
// in code points (see positions.ts). GUIDs come from `guid(key)`, so the caller decides what makes them stable.
import type { CorrectedComparison } from '../compare/corrections';
import type { Claim, Link } from '../compare/types';
import { allCodes, codebook, linkCodes, type CodeDefinition, type CodeKey } from './codebook';
import { CodePointIndex } from './positions';
import { XmlWriter } from './xml';

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdaArticle {
  readonly id: number;
  readonly title: string;
  readonly outlet: string | null;
  readonly outletNotes: string;
  readonly publishedAt: string | null;
  readonly language: string;
  readonly url: string | null;
  readonly authors: readonly string[];
  readonly stories: readonly string[];
  readonly text: string;
}

export interface QdaComparison {
  readonly leftId: number;
  readonly rightId: number;
  readonly comparison: CorrectedComparison;
}

export interface QdaProjectInput {
  readonly name: string;
  readonly origin: string;
  /** ISO date-time of the export. */
  readonly createdAt: string;
  readonly articles: readonly QdaArticle[];
  readonly comparisons: readonly QdaComparison[];
}

/** A GUID for a key such as "source:12"; the same key must give the same GUID. */
export type GuidOf = (key: string) => string;

export interface QdaProject {
  /** project.qde */
  readonly xml: string;
  /** The files of Sources/, named as the project refers to them (internal://NAME). */
  readonly sources: readonly { readonly name: string; readonly text: string }[];
}

/** The variables every source carries, when it has a value. */
export const QDA_VARIABLES = [
  { key: 'outlet', name: 'Outlet', type: 'Text' },
  { key: 'date', name: 'Date', type: 'Date' },
  { key: 'language', name: 'Language', type: 'Text' },
  { key: 'url', name: 'URL', type: 'Text' },
  { key: 'authors', name: 'Authors', type: 'Text' },
] as const;

interface Selection {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly codes: Set<CodeKey>;
  readonly descriptions: string[];
  readonly notes: Set<string>;
}

interface QdaLink {
  readonly key: string;
  readonly name: string;
  readonly colour: string | undefined;
  readonly origin: string;
  readonly target: string;
  readonly note: string | undefined;
}

interface QdaNote {
  readonly key: string;
  readonly name: string;
  readonly text: string;
}

const clip = (s: string, max = 80) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
};

const describe = (a: QdaArticle) => `“${clip(a.title, 60)}”${a.outlet ? ` (${a.outlet})` : ''}`;

/** Collects selections per article, links and notes from the comparisons, with code point positions. */
class ProjectModel {
  readonly selections = new Map<number, Map<string, Selection>>();
  readonly links = new Map<string, QdaLink>();
  readonly notes = new Map<string, QdaNote>();
  private readonly indexes = new Map<number, CodePointIndex>();

  constructor(private readonly articles: ReadonlyMap<number, QdaArticle>) {}

  private index(article: QdaArticle): CodePointIndex {
    let index = this.indexes.get(article.id);
    if (!index) this.indexes.set(article.id, (index = new CodePointIndex(article.text)));
    return index;
  }

  select(article: QdaArticle, claim: Claim): Selection {
    const index = this.index(article);
    const start = index.point(claim.start);
    const end = index.point(claim.end);
    const key = `${article.id}:${start}:${end}`;
    let perArticle = this.selections.get(article.id);
    if (!perArticle) this.selections.set(article.id, (perArticle = new Map()));
    let selection = perArticle.get(key);
    if (!selection) {
      selection = {
        key,
        start,
        end,
        name: clip(claim.text),
        codes: new Set(),
        descriptions: [],
        notes: new Set(),
      };
      perArticle.set(key, selection);
    }
    return selection;
  }

  addComparison({ leftId, rightId, comparison }: QdaComparison): void {
    const left = this.articles.get(leftId);
    const right = this.articles.get(rightId);
    if (!left || !right) return;
    const claims = new Map([...comparison.left.claims, ...comparison.right.claims].map((c) => [c.id, c]));
    for (const link of comparison.links) this.addLink(left, right, link, claims);
    for (const [article, other, ids] of [
      [left, right, comparison.onlyLeft],
      [right, left, comparison.onlyRight],
    ] as const) {
      for (const id of ids) {
        const claim = claims.get(id);
        if (!claim) continue;
        const s = this.select(article, claim);
        s.codes.add('only');
        s.descriptions.push(`Only in this report, not in ${describe(other)}.`);
      }
    }
    const stance = comparison.documentStance;
    const claim = stance && claims.get(stance.claim);
    if (stance && claim) {
      const [article, other] = stance.side === 'left' ? [left, right] : [right, left];
      const s = this.select(article, claim);
      s.codes.add('disputes');
      s.descriptions.push(`Calls the story of ${describe(other)} false (“${stance.cue}”).`);
    }
  }

  private addLink(
    left: QdaArticle,
    right: QdaArticle,
    link: CorrectedComparison['links'][number],
    claims: ReadonlyMap<string, Claim>,
  ): void {
    const possible = link.strength === 'possible';
    const codes = linkCodes(
      link.verdict,
      link.reasons.map((r) => r.kind),
      possible,
    );
    const leftClaims = link.left.map((id) => claims.get(id)).filter((c): c is Claim => !!c);
    const rightClaims = link.right.map((id) => claims.get(id)).filter((c): c is Claim => !!c);
    const what = possible
      ? 'Possibly related to'
      : `${link.verdict === 'agree' ? 'Agrees with' : link.verdict === 'conflict' ? 'Conflicts with' : 'Framed differently from'}`;
    const reasons = possible ? '' : reasonsLine(link);
    const edited = link.edited ? ' (verdict set by the researcher)' : '';
    let note: string | undefined;
    if (link.note) {
      const first = `${left.id}:${leftClaims[0]?.start ?? 0}:${right.id}:${rightClaims[0]?.start ?? 0}`;
      note = `note:${first}`;
      this.notes.set(note, {
        key: note,
        name: `Note: ${clip(leftClaims[0]?.text ?? '', 50)}`,
        text: link.note,
      });
    }
    const leftSelections = leftClaims.map((c) => this.select(left, c));
    const rightSelections = rightClaims.map((c) => this.select(right, c));
    for (const [mine, other, theirs] of [
      [leftSelections, right, rightClaims],
      [rightSelections, left, leftClaims],
    ] as const) {
      for (const s of mine) {
        for (const c of codes) s.codes.add(c);
        s.descriptions.push(
          `${what} ${describe(other)}: “${clip(theirs.map((c) => c.text).join(' '), 200)}”${edited}${reasons}`,
        );
        if (note) s.notes.add(note);
      }
    }
    for (const l of leftSelections) {
      for (const r of rightSelections) {
        const key = `link:${l.key}:${r.key}`;
        this.links.set(key, {
          key,
          name: possible ? 'Possibly related (to check)' : `${capital(link.verdict)}${reasonsName(link)}`,
          colour: CODE_COLOURS.get(codes[0]!),
          origin: `selection:${l.key}`,
          target: `selection:${r.key}`,
          note,
        });
      }
    }
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const CODE_COLOURS = new Map(allCodes().map((c) => [c.key, c.colour]));

function reasonsName(link: Link): string {
  const kinds = [...new Set(link.reasons.map((r) => r.kind))];
  return link.verdict !== 'agree' && kinds.length ? ` (${kinds.join(', ')})` : '';
}

function reasonsLine(link: Link): string {
  if (link.verdict === 'agree' || !link.reasons.length) return '';
  return ` Reasons: ${link.reasons.map((r) => `${r.kind}: “${r.left}” / “${r.right}” (${r.note})`).join('; ')}.`;
}

function variableValue(w: XmlWriter, guid: GuidOf, key: string, type: string, value: string): void {
  w.element('VariableValue', {}, () => {
    w.empty('VariableRef', { targetGUID: guid(`variable:${key}`) });
    w.text(type === 'Date' ? 'DateValue' : 'TextValue', value);
  });
}

function writeCodes(w: XmlWriter, guid: GuidOf, codes: readonly CodeDefinition[]): void {
  for (const c of codes) {
    w.element('Code', { guid: guid(`code:${c.key}`), name: c.name, isCodable: true, color: c.colour }, () => {
      w.text('Description', c.description);
      writeCodes(w, guid, c.children);
    });
  }
}

function valueOf(a: QdaArticle, key: (typeof QDA_VARIABLES)[number]['key']): string | null {
  switch (key) {
    case 'outlet':
      return a.outlet;
    case 'date':
      return a.publishedAt;
    case 'language':
      return a.language;
    case 'url':
      return a.url;
    case 'authors':
      return a.authors.length ? a.authors.join('; ') : null;
  }
}

export function buildQdaProject(input: QdaProjectInput, guid: GuidOf): QdaProject {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const model = new ProjectModel(articles);
  for (const c of input.comparisons) model.addComparison(c);
  // Outlet notes become one note each, referred to by every source of that outlet.
  for (const a of input.articles) {
    if (a.outlet && a.outletNotes.trim())
      model.notes.set(`outlet:${a.outlet.toLowerCase()}`, {
        key: `outlet:${a.outlet.toLowerCase()}`,
        name: `Outlet: ${a.outlet}`,
        text: a.outletNotes,
      });
  }

  const w = new XmlWriter();
  const user = guid('user:parallax');
  const stories = new Map<string, number[]>();
  for (const a of input.articles) {
    for (const s of a.stories) {
      const key = s.toLowerCase();
      stories.set(key, [...(stories.get(key) ?? []), a.id]);
    }
  }
  const storyNames = new Map(input.articles.flatMap((a) => a.stories.map((s) => [s.toLowerCase(), s] as const)));
  const sources: { name: string; text: string }[] = [];

  w.element(
    'Project',
    {
      xmlns: QDA_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      name: input.name,
      origin: input.origin,
      creatingUserGUID: user,
      creationDateTime: input.createdAt,
    },
    () => {
      w.element('Users', {}, () => w.empty('User', { guid: user, name: 'Parallax' }));
      w.element('CodeBook', {}, () => w.element('Codes', {}, () => writeCodes(w, guid, codebook())));
      w.element('Variables', {}, () => {
        for (const v of QDA_VARIABLES)
          w.empty('Variable', { guid: guid(`variable:${v.key}`), name: v.name, typeOfVariable: v.type });
      });
      if (input.articles.length) {
        w.element('Sources', {}, () => {
          for (const a of input.articles) {
            const sourceGuid = guid(`source:${a.id}`);
            const file = `${sourceGuid}.txt`;
            sources.push({ name: file, text: a.text });
            w.element(
              'TextSource',
              { guid: sourceGuid, name: a.title, plainTextPath: `internal://${file}`, creatingUser: user },
              () => {
                for (const s of model.selections.get(a.id)?.values() ?? []) writeSelection(w, guid, user, s);
                if (a.outlet && a.outletNotes.trim())
                  w.empty('NoteRef', { targetGUID: guid(`note:outlet:${a.outlet.toLowerCase()}`) });
                for (const v of QDA_VARIABLES) {
                  const value = valueOf(a, v.key);
                  if (value) variableValue(w, guid, v.key, v.type, value);
                }
              },
            );
          }
        });
      }
      if (model.notes.size) {
        w.element('Notes', {}, () => {
          for (const n of model.notes.values()) {
            w.element('Note', { guid: guid(`note:${n.key}`), name: n.name, creatingUser: user }, () =>
              w.text('PlainTextContent', n.text),
            );
          }
        });
      }
      if (model.links.size) {
        w.element('Links', {}, () => {
          for (const l of model.links.values()) {
            const attributes = {
              guid: guid(l.key),
              name: l.name,
              direction: 'Associative',
              color: l.colour,
              originGUID: guid(l.origin),
              targetGUID: guid(l.target),
            };
            if (l.note) w.element('Link', attributes, () => w.empty('NoteRef', { targetGUID: guid(`note:${l.note}`) }));
            else w.empty('Link', attributes);
          }
        });
      }
      if (stories.size) {
        w.element('Sets', {}, () => {
          for (const [key, ids] of stories) {
            w.element('Set', { guid: guid(`story:${key}`), name: storyNames.get(key) ?? key }, () => {
              w.text('Description', 'A story in the Parallax library: the articles that report it.');
              for (const id of ids) w.empty('MemberSource', { targetGUID: guid(`source:${id}`) });
            });
          }
        });
      }
      w.text(
        'Description',
        'Exported by Parallax. Each article is a text source; each claim that takes part in a comparison is a coded selection; linked claims are joined by links. Positions count Unicode characters (code points).',
      );
    },
  );
  return { xml: w.toString(), sources };
}

function writeSelection(w: XmlWriter, guid: GuidOf, user: string, s: Selection): void {
  const selectionGuid = guid(`selection:${s.key}`);
  w.element(
    'PlainTextSelection',
    { guid: selectionGuid, name: s.name, startPosition: s.start, endPosition: s.end, creatingUser: user },
    () => {
      w.text('Description', s.descriptions.join('\n'));
      for (const code of s.codes) {
        w.element('Coding', { guid: guid(`coding:${s.key}:${code}`), creatingUser: user }, () =>
          w.empty('CodeRef', { targetGUID: guid(`code:${code}`) }),
        );
      }
      for (const note of s.notes) w.empty('NoteRef', { targetGUID: guid(`note:${note}`) });
    },
  );
}
