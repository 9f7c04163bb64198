// Reading a REFI-QDA project (.qdpx) into plain data: its text sources with their texts, selections, codings,
// variables and notes, the links and sets, and a list of what Parallax does not use (pictures, PDFs without a
// text representation, audio, video, cases, graphs). Runs in the exchange worker; writes nothing. A damaged
// archive or a malformed project.qde is refused whole, before anything is imported.
import { ApiError } from '../../shared/errors';
import { MAX_TEXT_FILE_BYTES, megabytes } from '../ingest/limits';
import { openZip, ZipLimitError, type ZipArchive } from '../ingest/zip';
import { childNamed, childrenNamed, descendantsNamed, parseXmlTree, XmlReadError, type XmlElement } from './xml-tree';

/** The most project.qde may expand to. */
export const MAX_PROJECT_XML_BYTES = 256 * 1024 * 1024;
/** A project may hold this many files (a source each, and project.qde). */
const MAX_PROJECT_ENTRIES = 100_000;

export interface QdpxSelection {
  readonly guid: string;
  /** Code point positions, as the standard counts them. */
  readonly start: number;
  readonly end: number;
  readonly codes: readonly string[];
  readonly notes: readonly string[];
}

export interface QdpxSource {
  readonly guid: string;
  readonly name: string;
  /** The source's plain text, or null when it could not be had (`failure` says why). */
  readonly text: string | null;
  readonly failure?: string;
  /** Variable values by the variable's name. */
  readonly variables: Readonly<Record<string, string>>;
  readonly selections: readonly QdpxSelection[];
  readonly notes: readonly string[];
}

export interface QdpxProjectData {
  readonly name: string;
  readonly origin: string;
  readonly sources: readonly QdpxSource[];
  readonly codes: Readonly<Record<string, string>>;
  readonly notes: Readonly<Record<string, { readonly name: string; readonly text: string }>>;
  readonly links: readonly {
    readonly name: string;
    readonly origin: string;
    readonly target: string;
    readonly notes: readonly string[];
  }[];
  readonly sets: readonly { readonly name: string; readonly members: readonly string[] }[];
  /** What the project holds that Parallax does not import, one line each. */
  readonly skipped: readonly string[];
}

const attr = (e: XmlElement, name: string) => e.attributes.get(name) ?? '';
const guidOf = (e: XmlElement) => attr(e, 'guid').replace(/[{}]/g, '').toLowerCase();
const refs = (e: XmlElement, name: string) =>
  childrenNamed(e, name).map((r) => attr(r, 'targetGUID').replace(/[{}]/g, '').toLowerCase());

/** The elements named `name` anywhere inside the root's child `container`. */
function inside(root: XmlElement, container: string, name: string): XmlElement[] {
  const c = childNamed(root, container);
  return c ? descendantsNamed(c, name) : [];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

async function readEntry(zip: ZipArchive, name: string, maxBytes: number): Promise<string> {
  const parts: string[] = [];
  await zip.readText(name, maxBytes, (t) => parts.push(t));
  return parts.join('');
}

/** The archive entry a source path names: internal://NAME is Sources/NAME (case as the archive has it). */
function entryFor(zip: ZipArchive, path: string): string | null {
  const m = /^internal:\/\/(.+)$/i.exec(path.trim());
  if (!m) return null;
  const wanted = `sources/${m[1]}`.toLowerCase();
  for (const name of zip.entries.keys()) if (name.toLowerCase() === wanted) return name;
  return null;
}

async function sourceText(zip: ZipArchive, e: XmlElement): Promise<{ text: string } | { failure: string }> {
  const inline = childNamed(e, 'PlainTextContent');
  if (inline) return { text: inline.text };
  const path = attr(e, 'plainTextPath');
  if (!path) {
    return attr(e, 'richTextPath')
      ? { failure: 'it has only rich text (a Word file), which Parallax does not read from a project' }
      : { failure: 'it has no text' };
  }
  const entry = entryFor(zip, path);
  if (!entry) return { failure: `its text (${path}) is not inside the project` };
  try {
    return { text: (await readEntry(zip, entry, MAX_TEXT_FILE_BYTES)).replace(/^\uFEFF/, '') };
  } catch (err) {
    return {
      failure:
        err instanceof ZipLimitError
          ? `its text is over ${megabytes(MAX_TEXT_FILE_BYTES)}`
          : 'its text file is damaged in the archive',
    };
  }
}

function variablesOf(e: XmlElement, names: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of childrenNamed(e, 'VariableValue')) {
    const ref = childNamed(v, 'VariableRef');
    const name = ref && names.get(attr(ref, 'targetGUID').replace(/[{}]/g, '').toLowerCase());
    const value = v.children.find((c) => c.name.endsWith('Value'));
    if (name && value) out[name] = value.text.trim();
  }
  return out;
}

async function readSource(zip: ZipArchive, e: XmlElement, variables: ReadonlyMap<string, string>) {
  const got = await sourceText(zip, e);
  const selections: QdpxSelection[] = childrenNamed(e, 'PlainTextSelection').map((s) => ({
    guid: guidOf(s),
    start: Number(attr(s, 'startPosition')),
    end: Number(attr(s, 'endPosition')),
    codes: childrenNamed(s, 'Coding').flatMap((c) => refs(c, 'CodeRef')),
    notes: refs(s, 'NoteRef'),
  }));
  return {
    guid: guidOf(e),
    name: attr(e, 'name') || 'Untitled',
    text: 'text' in got ? got.text : null,
    ...('failure' in got ? { failure: got.failure } : {}),
    variables: variablesOf(e, variables),
    selections,
    notes: refs(e, 'NoteRef'),
  };
}

function refusal(name: string, err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZipLimitError || err instanceof XmlReadError)
    return new ApiError('unsupported', `${name} was refused: ${err.message}.`);
  return new ApiError(
    'unsupported',
    `${name} is not a readable REFI-QDA project: it is damaged, or not a .qdpx. Export it again from the tool that made it.`,
  );
}

export async function readQdpx(bytes: Uint8Array, name: string): Promise<QdpxProjectData> {
  let zip: ZipArchive | undefined;
  try {
    zip = await openZip(bytes, MAX_PROJECT_ENTRIES);
    const projectEntry = [...zip.entries.keys()].find((n) => n.toLowerCase() === 'project.qde');
    if (!projectEntry)
      throw new ApiError('unsupported', `${name} has no project.qde: it is not a REFI-QDA project (.qdpx).`);
    const root = parseXmlTree(await readEntry(zip, projectEntry, MAX_PROJECT_XML_BYTES));
    if (root.name !== 'Project')
      throw new ApiError('unsupported', `${name}: project.qde does not hold a REFI-QDA project.`);
    const variables = new Map(inside(root, 'Variables', 'Variable').map((v) => [guidOf(v), attr(v, 'name')]));
    const skipped: string[] = [];
    const sourcesElement = childNamed(root, 'Sources');
    const sources: QdpxSource[] = [];
    const other = new Map<string, number>();
    for (const e of sourcesElement?.children ?? []) {
      if (e.name === 'TextSource') sources.push(await readSource(zip, e, variables));
      else if (e.name === 'PDFSource' && childNamed(e, 'Representation')) {
        const representation = childNamed(e, 'Representation')!;
        const source = await readSource(zip, representation, variables);
        sources.push({ ...source, guid: guidOf(e), name: attr(e, 'name') || source.name });
        const pdfSelections = childrenNamed(e, 'PDFSelection').length;
        if (pdfSelections)
          skipped.push(
            `${plural(pdfSelections, 'area selection')} on the pages of PDF “${attr(e, 'name')}” (its text was imported)`,
          );
      } else other.set(e.name, (other.get(e.name) ?? 0) + 1);
    }
    const kinds: Readonly<Record<string, string>> = {
      PictureSource: 'picture',
      PDFSource: 'PDF without a text representation',
      AudioSource: 'audio source',
      VideoSource: 'video source',
    };
    for (const [kind, n] of other) skipped.push(plural(n, kinds[kind] ?? kind, `${kinds[kind] ?? kind}s`));
    const cases = inside(root, 'Cases', 'Case').length;
    if (cases) skipped.push(plural(cases, 'case'));
    const graphs = inside(root, 'Graphs', 'Graph').length;
    if (graphs) skipped.push(plural(graphs, 'graph'));
    const codes = Object.fromEntries(inside(root, 'CodeBook', 'Code').map((c) => [guidOf(c), attr(c, 'name')]));
    const notes = Object.fromEntries(
      inside(root, 'Notes', 'Note').map((n) => [
        guidOf(n),
        { name: attr(n, 'name'), text: childNamed(n, 'PlainTextContent')?.text ?? '' },
      ]),
    );
    const links = inside(root, 'Links', 'Link').map((l) => ({
      name: attr(l, 'name'),
      origin: attr(l, 'originGUID').replace(/[{}]/g, '').toLowerCase(),
      target: attr(l, 'targetGUID').replace(/[{}]/g, '').toLowerCase(),
      notes: refs(l, 'NoteRef'),
    }));
    const sets = inside(root, 'Sets', 'Set').map((s) => ({
      name: attr(s, 'name'),
      members: refs(s, 'MemberSource'),
    }));
    return { name: attr(root, 'name'), origin: attr(root, 'origin'), sources, codes, notes, links, sets, skipped };
  } catch (err) {
    throw refusal(name, err);
  } finally {
    zip?.close();
  }
}
