// Writing XML by hand, safely: every text and attribute value is escaped, and characters XML 1.0 cannot carry
// (most control characters, lone surrogates, U+FFFE/U+FFFF) are left out rather than making the file invalid.

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: line breaks and tabs kept as character references (a parser would fold them to spaces). */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Builds an indented document; attributes with a null or undefined value are left out. */
export class XmlWriter {
  private readonly parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private depth = 0;

  private open(name: string, attributes: Attributes): string {
    let tag = `${'  '.repeat(this.depth)}<${name}`;
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      tag += ` ${key}="${xmlAttribute(String(value))}"`;
    }
    return tag;
  }

  /** An element with children written by `body`. */
  element(name: string, attributes: Attributes, body: () => void): void {
    this.parts.push(`${this.open(name, attributes)}>\n`);
    this.depth++;
    body();
    this.depth--;
    this.parts.push(`${'  '.repeat(this.depth)}</${name}>\n`);
  }

  /** An element with no children. */
  empty(name: string, attributes: Attributes = {}): void {
    this.parts.push(`${this.open(name, attributes)}/>\n`);
  }

  /** An element holding only text. */
  text(name: string, value: string, attributes: Attributes = {}): void {
    this.parts.push(`${this.open(name, attributes)}>${xmlText(value)}</${name}>\n`);
  }

  toString(): string {
    return this.parts.join('');
  }
}
