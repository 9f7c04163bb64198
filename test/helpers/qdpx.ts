// Reading a .qdpx in tests: its project.qde and source texts, validation against the REFI-QDA schema with
// libxml2 (xmllint-wasm: the same xmllint as Debian's libxml2-utils, built to WebAssembly and pinned by npm), and
// the code point slices its selections mark.
import fs from 'node:fs';
import yauzl from 'yauzl';
import { validateXML } from 'xmllint-wasm';
import { sharedDataFile } from './shared-data';

export async function unzipText(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, z) => (err || !z ? reject(err) : resolve(z))),
  );
  const files = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

export async function validateProject(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'project.qde', contents: xml }],
    schema: [{ fileName: 'Project.xsd', contents: fs.readFileSync(sharedDataFile('refi-qda', 'Project.xsd'), 'utf8') }],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

/** The selections of project.qde: source GUID, positions, codes (by GUID). */
export function selectionsOf(xml: string) {
  const out: { source: string; guid: string; start: number; end: number; codes: string[] }[] = [];
  for (const src of xml.matchAll(/<TextSource guid="([^"]+)"[^>]*>([\s\S]*?)<\/TextSource>/g)) {
    for (const sel of src[2]!.matchAll(
      /<PlainTextSelection guid="([^"]+)"[^>]*startPosition="(\d+)" endPosition="(\d+)"[^>]*>([\s\S]*?)<\/PlainTextSelection>/g,
    )) {
      out.push({
        source: src[1]!,
        guid: sel[1]!,
        start: Number(sel[2]),
        end: Number(sel[3]),
        codes: [...sel[4]!.matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((m) => m[1]!),
      });
    }
  }
  return out;
}

/** The text between two code point positions, as REFI-QDA counts them. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
