// Word documents to plain text, streamed: the main part's XML goes through a streaming parser as it is
// inflated, so memory stays small whatever the document's size, and reading stops as soon as the text passes
// the article limit. Paragraphs, tabs and line breaks are kept; deleted revisions and field codes are not.
import { Parser } from 'htmlparser2';
import { ApiError } from '../../shared/errors';
import { MAX_ARTICLE_CHARS, MAX_DOCX_XML_BYTES, tooLongMessage } from './limits';
import { openZip, ZipLimitError, type ZipArchive } from './zip';

const MAIN_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** The main document part named by the package's relationships (word/document.xml in practice). */
async function mainPart(zip: ZipArchive): Promise<string> {
  let rels = '';
  if (zip.entries.has('_rels/.rels')) await zip.readText('_rels/.rels', 1024 * 1024, (t) => (rels += t));
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels)?.[0];
  const name = target && /Target="\/?([^"]+)"/.exec(target)?.[1];
  return name && zip.entries.has(name) ? name : 'word/document.xml';
}

/** One reason for every way reading a document can fail; the article-length refusal passes through. */
function refusal(name: string, err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof ZipLimitError || /too many bytes/i.test(message)) {
    const why = err instanceof ZipLimitError ? message : 'it expands past the sizes it declares';
    return new ApiError('too_large', `${name} was refused: ${why} (a decompression bomb?).`);
  }
  // The parser's own words (offsets, signatures) mean nothing to the researcher: say what to do instead.
  return new ApiError(
    'unsupported',
    `${name} is not a readable Word document: it is damaged, or not really a .docx. If it opens in Word, save it again as .docx (or as PDF) and import that.`,
  );
}

export async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  let zip: ZipArchive | undefined;
  try {
    zip = await openZip(bytes);
    const part = await mainPart(zip);
    const out: string[] = [];
    let length = 0;
    let prefix: string | null = null;
    let inText = 0;
    let brokenParagraph = true; // no paragraph break yet since the last text: empty paragraphs add nothing
    const push = (s: string) => {
      if (s === '\n\n') {
        if (brokenParagraph) return;
        brokenParagraph = true;
      } else brokenParagraph = false;
      length += s.length;
      if (length > MAX_ARTICLE_CHARS) throw new ApiError('too_large', tooLongMessage(name));
      out.push(s);
    };
    const local = (tag: string): string | null => {
      if (prefix === null) return null;
      if (prefix === '') return tag.includes(':') ? null : tag;
      return tag.startsWith(prefix + ':') ? tag.slice(prefix.length + 1) : null;
    };
    const parser = new Parser(
      {
        onopentag(tag, attributes) {
          if (prefix === null) {
            for (const [key, value] of Object.entries(attributes)) {
              if (MAIN_NAMESPACES.has(value) && (key === 'xmlns' || key.startsWith('xmlns:')))
                prefix = key === 'xmlns' ? '' : key.slice('xmlns:'.length);
            }
          }
          const n = local(tag);
          if (n === 't') inText++;
          else if (n === 'tab') push('\t');
          else if (n === 'br' || n === 'cr') push('\n');
        },
        ontext(text) {
          if (inText > 0) push(text);
        },
        onclosetag(tag) {
          const n = local(tag);
          if (n === 't') inText = Math.max(0, inText - 1);
          else if (n === 'p') push('\n\n');
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    await zip.readText(part, MAX_DOCX_XML_BYTES, (chunk) => parser.write(chunk));
    parser.end();
    if (prefix === null) throw new Error('its main part is not a Word document body');
    return out.join('');
  } catch (err) {
    throw refusal(name, err);
  } finally {
    zip?.close();
  }
}
