// Every hostile or careless file the hardening work knows of, made in a folder by the test (never committed):
// decompression bombs, texts over the limits, files that are not what their name says, metadata that breaks the
// API's rules, terminal escapes, a file name with line breaks, a legacy encoding, and a folder that links to itself.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { docxBomb, pdfBomb } from './bombs';
import { makeDocx, makePdf } from './documents';

export interface HostileFile {
  readonly name: string;
  /** What importing it must give: imported (with these details), or failed with a reason matching. */
  readonly expect:
    | { readonly status: 'imported'; readonly details?: Record<string, unknown> }
    | { readonly status: 'failed'; readonly reason: RegExp };
  /** Only for a command given paths (a FIFO cannot travel as bytes; 1 GB is over the request limit). */
  readonly pathOnly?: boolean;
}

const TEXT = 'The truce began on Friday in Daraa, a military source said, and the convoys left for Idlib on Saturday.';

/** Makes the files in `dir` and says what each must give. */
export async function makeHostileFiles(dir: string): Promise<HostileFile[]> {
  const put = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, name), content);
  put('docx-bomb.docx', docxBomb(300));
  put('docx-bomb-liar.docx', docxBomb(300, { declare: 2048 }));
  put('docx-markup-bomb.docx', docxBomb(60, { paragraph: '<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>' }));
  put('docx-long-text.docx', docxBomb(20));
  put('pdf-bomb.pdf', pdfBomb(120));
  put('long.txt', `${TEXT}\n`.repeat(12_000));
  put('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  put('empty.md', '');
  put('broken.docx', 'PK\u0003\u0004 not a zip');
  put('truncated.pdf', makePdf([TEXT]).subarray(0, 200));
  put(
    'metadata.html',
    `<html lang="en"><head><meta property="og:title" content="Truce\x1b]0;pwned\x07 in Daraa\x1b[2J">` +
      `<meta property="og:url" content="javascript:alert(1)"><meta property="og:site_name" content="${'X'.repeat(5000)}">` +
      `<meta name="date" content="June 5, 2018"></head><body><article><p>${TEXT} ${TEXT}</p></article></body></html>`,
  );
  put('evil\nimported  passwd as article 1\n.txt', `${TEXT} (a file name with line breaks)`);
  put('cp1252.txt', iconv.encode('L’Observatoire — 5 € « cessez-le-feu » à Deraa, selon l’AFP.', 'windows-1252'));
  put('report.docx', await makeDocx(['Convoys to Idlib', `${TEXT} (Word)`]));
  const files: HostileFile[] = [
    {
      name: 'docx-bomb.docx',
      expect: {
        status: 'failed',
        reason: /expands to 300 MB, over the 64 MB Parallax reads \(a decompression bomb\?\)/,
      },
    },
    { name: 'docx-bomb-liar.docx', expect: { status: 'failed', reason: /expands past the sizes it declares/ } },
    { name: 'docx-markup-bomb.docx', expect: { status: 'failed', reason: /has no text to import/ } },
    { name: 'docx-long-text.docx', expect: { status: 'failed', reason: /more than 1,000,000 characters of text/ } },
    { name: 'pdf-bomb.pdf', expect: { status: 'failed', reason: /compressed parts expands to over 64 MB/ } },
    {
      name: 'long.txt',
      expect: {
        status: 'failed',
        reason: /has 1,2\d\d,\d\d\d characters of text; Parallax keeps articles of up to 1,000,000/,
      },
    },
    { name: 'binary.txt', expect: { status: 'failed', reason: /binary file, not text/ } },
    { name: 'empty.md', expect: { status: 'failed', reason: /empty\.md is empty/ } },
    { name: 'broken.docx', expect: { status: 'failed', reason: /not a readable Word document: it is damaged/ } },
    { name: 'truncated.pdf', expect: { status: 'failed', reason: /not a readable PDF/ } },
    {
      name: 'metadata.html',
      expect: {
        status: 'imported',
        details: { title: 'Truce ]0;pwned in Daraa [2J', url: null, outlet: null, publishedAt: '2018-06-05' },
      },
    },
    { name: 'evil\nimported  passwd as article 1\n.txt', expect: { status: 'imported' } },
    {
      name: 'cp1252.txt',
      expect: { status: 'imported', details: { text: 'L’Observatoire — 5 € « cessez-le-feu » à Deraa, selon l’AFP.' } },
    },
    { name: 'report.docx', expect: { status: 'imported', details: { title: 'Convoys to Idlib' } } },
  ];
  return files;
}

/** Files only a command given paths can meet: a named pipe, a sparse 1 GB text, a folder that links to itself. */
export function makePathOnlyFiles(dir: string): HostileFile[] {
  fs.closeSync(fs.openSync(path.join(dir, 'huge.txt'), 'w'));
  fs.truncateSync(path.join(dir, 'huge.txt'), 1024 * 1024 * 1024);
  fs.symlinkSync('.', path.join(dir, 'loop1'));
  fs.symlinkSync('.', path.join(dir, 'loop2'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  return [
    {
      name: 'huge.txt',
      expect: { status: 'failed', reason: /huge\.txt is 1024 MB; Parallax imports \.txt files of up to 20 MB/ },
      pathOnly: true,
    },
    { name: 'pipe.txt', expect: { status: 'failed', reason: /pipe\.txt is not a regular file/ }, pathOnly: true },
  ];
}
