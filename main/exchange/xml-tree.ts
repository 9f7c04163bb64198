// A strict XML reader (saxes checks well-formedness and namespaces) that builds a small tree of elements: enough
// for a REFI-QDA project or a Zotero RDF export, with a ceiling on the number of elements so a hostile file costs
// a bounded amount of memory. A malformed file is refused with the line it breaks on.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The namespace URI ('' when none). */
  readonly uri: string;
  /** The local name, without a prefix. */
  readonly name: string;
  /** Attributes by local name, and by "{uri}local" when namespaced. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The element's own text (not its children's). */
  text: string;
}

export class XmlReadError extends Error {
  override readonly name = 'XmlReadError';
}

export function parseXmlTree(xml: string, maxElements = 2_000_000): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let failure: string | null = null;
  parser.on('error', (err) => {
    failure ??= err.message;
  });
  parser.on('opentag', (tag) => {
    if (++count > maxElements)
      throw new XmlReadError(`it holds more than ${maxElements.toLocaleString('en')} elements`);
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      if (!attributes.has(a.local) || !a.uri) attributes.set(a.local, a.value);
      if (a.uri) attributes.set(`{${a.uri}}${a.local}`, a.value);
    }
    const element: XmlElement = { uri: tag.uri, name: tag.local, attributes, children: [], text: '' };
    if (stack.length) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  });
  parser.on('cdata', (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof XmlReadError) throw err;
    failure ??= err instanceof Error ? err.message : String(err);
  }
  if (failure) throw new XmlReadError(`it is not well-formed XML (${failure.split('\n')[0]})`);
  if (!root) throw new XmlReadError('it holds no XML element');
  return root;
}

/** The children of `e` with this local name. */
export function childrenNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter((c) => c.name === name);
}

export function childNamed(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c) => c.name === name);
}

/** Every descendant of `e` with this local name, depth first. */
export function descendantsNamed(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of e.children) {
    if (c.name === name) out.push(c);
    descendantsNamed(c, name, out);
  }
  return out;
}
