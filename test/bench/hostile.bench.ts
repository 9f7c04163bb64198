// `npm run bench:hostile`: decompression bombs imported by the real command, each in a fresh process, with the
// peak memory of the whole process (worker thread included) and the time to the refusal; beside them, the naive
// alternative of inflating the bomb's part whole in memory. Then how long another writer waits for the library's
// lock while a file with a 90 MB original is imported. Prints figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { writeSection } from './performance-doc';
import { openLibrary } from '../../main/library/open';
import { docxBomb, pdfBomb } from '../helpers/bombs';
import { makeDocx } from '../helpers/documents';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-hostile-'));
const peakOf = (stderr: string) => Number(/PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;

function importTimed(file: string): { seconds: number; peakMb: number; outcome: string } {
  const db = path.join(dir, `${path.basename(file)}.sqlite`);
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    ['-r', './test/helpers/report-peak.cjs', 'main/bin/parallax.cjs', 'import', '--json', '--db', db, file],
    { encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const [o] = JSON.parse(run.stdout) as { status: string; reason?: string }[];
  return { seconds, peakMb: peakOf(run.stderr), outcome: `${o!.status}: ${o!.reason ?? ''}`.slice(0, 90) };
}

/** The naive way: inflate the bomb's compressed part whole, in memory, as a non-streaming reader must. */
function naiveInflate(file: string, raw: boolean): { seconds: number; peakMb: number } {
  const code = `
    const fs = require('fs'), zlib = require('zlib');
    const b = fs.readFileSync(${JSON.stringify(file)});
    let start = 0, end = 0;
    if (${raw}) {
      // Walk the local headers to the text part's data.
      for (let at = 0; b.readUInt32LE(at) === 0x04034b50; ) {
        const nameLength = b.readUInt16LE(at + 26), size = b.readUInt32LE(at + 18);
        const data = at + 30 + nameLength + b.readUInt16LE(at + 28);
        if (b.toString('latin1', at + 30, at + 30 + nameLength) === 'word/document.xml') { start = data; end = data + size; break; }
        at = data + size;
      }
    } else {
      start = b.indexOf('stream\\n') + 7;
      end = b.indexOf('\\nendstream');
    }
    const out = zlib.${raw ? 'inflateRawSync' : 'inflateSync'}(b.subarray(start, end), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const text = out.toString('utf8');
    process.stderr.write('PEAK_RSS_KB=' + process.resourceUsage().maxRSS + ' ' + text.length + '\\n');`;
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peakOf(run.stderr) };
}

const bombs: [string, Buffer, boolean][] = [
  ['docx, text part expands to 300 MB', docxBomb(300), true],
  ['docx, lies about its 300 MB', docxBomb(300, { declare: 2048 }), true],
  ['docx, 60 MB of markup, no text', docxBomb(60, { paragraph: '<w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p>' }), true],
  ['pdf, content stream expands to 120 MB', pdfBomb(120), false],
  ['pdf, 40 MB content stream of text', pdfBomb(40), false],
];

console.log('Decompression bombs through `parallax import` (fresh process each; limits: peak < 500 MB, < 10 s)');
console.log(
  'bomb                                      file      peak MB   seconds   naive inflate: peak MB, s   outcome',
);
const bombRows: string[] = [];
for (const [label, bytes, isZip] of bombs) {
  const file = path.join(dir, `${label.replace(/\W+/g, '-')}.${isZip ? 'docx' : 'pdf'}`);
  fs.writeFileSync(file, bytes);
  const r = importTimed(file);
  const naive = naiveInflate(file, isZip);
  bombRows.push(
    `| ${label} | ${(bytes.length / 1024).toFixed(0)} KB | ${r.peakMb.toFixed(0)} MB, ${r.seconds.toFixed(2)} s | ${naive.peakMb.toFixed(0)} MB, ${naive.seconds.toFixed(2)} s | ${r.outcome} |`,
  );
  console.log(
    `${label.padEnd(42)}${(bytes.length / 1024).toFixed(0).padStart(6)} KB ${r.peakMb.toFixed(0).padStart(8)} ${r.seconds.toFixed(2).padStart(9)}   ${naive.peakMb.toFixed(0).padStart(12)}, ${naive.seconds.toFixed(2).padStart(5)}        ${r.outcome}`,
  );
}

// The write lock during a large import: a .docx with a 90 MB picture (kept whole as the original).
const big = path.join(dir, 'big.docx');
const picture = Buffer.alloc(90 * 1024 * 1024);
for (let i = 0; i < picture.length; i += 4) picture.writeUInt32LE((i * 2654435761) >>> 0, i);
const withPicture = await JSZip.loadAsync(await makeDocx(['Convoys to Idlib', 'The truce began on Friday in Daraa.']));
withPicture.file('word/media/image1.png', picture, { compression: 'STORE' });
fs.writeFileSync(big, await withPicture.generateAsync({ type: 'nodebuffer' }));
const libraryFile = path.join(dir, 'shared.sqlite');
const writer = openLibrary(libraryFile);
const importer = spawn(process.execPath, ['main/bin/parallax.cjs', 'import', '--db', libraryFile, big], {
  stdio: 'ignore',
});
const exited = new Promise<void>((resolve) => importer.on('exit', () => resolve()));
let longest = 0;
let writes = 0;
let running = true;
void exited.then(() => (running = false));
const touch = writer.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench', ?)");
while (running) {
  const t = performance.now();
  writer.transaction(() => touch.run(String(t))).immediate();
  longest = Math.max(longest, performance.now() - t);
  writes++;
  await new Promise((r) => setTimeout(r, 5));
}
const count = writer.prepare('SELECT count(*) FROM articles').pluck().get();
writer.close();
console.log(
  `\nImporting a .docx with a 90 MB original while another connection writes every 5 ms: ${writes} writes, ` +
    `the longest waited ${longest.toFixed(0)} ms for the lock (${count} article imported).`,
);
fs.rmSync(dir, { recursive: true, force: true });

writeSection(
  'hostile',
  'Hostile files',
  `
Decompression bombs through \`parallax import\` (a fresh process each; limits: peak < 500 MB, < 10 s), against
inflating the same file naively in memory.

| bomb | file | peak memory, time to refusal | naive inflate: peak, time | outcome |
| --- | --- | --- | --- | --- |
${bombRows.join('\n')}

Importing a .docx with a 90 MB original while another connection writes every 5 ms: ${writes} writes, the longest
waited ${longest.toFixed(0)} ms for the lock (${String(count)} article imported).
`,
);
