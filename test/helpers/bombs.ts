// Decompression bombs made by the test, never committed: a .docx whose text part expands to hundreds of MB and a
// PDF whose content stream does, built from one compressed piece repeated, so making them costs little memory.
import zlib from 'node:zlib';

const MB = 1024 * 1024;

/**
 * Raw deflate of `unit` repeated to about `megabytes` MB, as one valid stream: a megabyte of units is compressed
 * once, ending on a sync flush rather than a final block, and that piece is repeated.
 */
function deflatedRepeat(head: string, unit: string, megabytes: number, tail: string) {
  const chunk = unit.repeat(Math.max(1, Math.floor(MB / unit.length)));
  const times = Math.max(1, Math.round((megabytes * MB) / chunk.length));
  const piece = (s: string) =>
    zlib.deflateRawSync(Buffer.from(s), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const body = piece(chunk);
  const data = Buffer.concat([
    piece(head),
    ...Array.from({ length: times }, () => body),
    zlib.deflateRawSync(Buffer.from(tail)),
  ]);
  return { data, size: head.length + chunk.length * times + tail.length, chunk, times };
}

function crcOfRepeat(head: string, chunk: string, times: number, tail: string): number {
  let crc = zlib.crc32(head);
  const c = Buffer.from(chunk);
  for (let i = 0; i < times; i++) crc = zlib.crc32(c, crc);
  return zlib.crc32(tail, crc);
}

function adlerOfRepeat(parts: readonly (readonly [Buffer, number])[]): number {
  let a = 1;
  let b = 0;
  for (const [buf, times] of parts) {
    for (let t = 0; t < times; t++) {
      for (let i = 0; i < buf.length; i++) {
        a = (a + buf[i]!) % 65521;
        b = (b + a) % 65521;
      }
    }
  }
  return ((b << 16) | a) >>> 0;
}

interface ZipPart {
  readonly name: string;
  readonly data: Buffer;
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
}

/** A little-endian record: each field is [offset, width in bytes, value]. */
function record(size: number, fields: readonly (readonly [number, 2 | 4, number])[]): Buffer {
  const b = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 2) b.writeUInt16LE(value, at);
    else b.writeUInt32LE(value, at);
  }
  return b;
}

/** A zip archive whose headers say what the parts say (so a part may lie about its size). */
function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const { method, crc, size } = p;
    const [compressed, nameLength] = [p.data.length, name.length];
    locals.push(
      record(30, [
        [0, 4, 0x04034b50],
        [4, 2, 20],
        [8, 2, method],
        [14, 4, crc],
        [18, 4, compressed],
        [22, 4, size],
        [26, 2, nameLength],
      ]),
      name,
      p.data,
    );
    centrals.push(
      record(46, [
        [0, 4, 0x02014b50],
        [4, 2, 20],
        [6, 2, 20],
        [10, 2, method],
        [16, 4, crc],
        [20, 4, compressed],
        [24, 4, size],
        [28, 2, nameLength],
        [42, 4, offset],
      ]),
      name,
    );
    offset += 30 + name.length + p.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = record(22, [
    [0, 4, 0x06054b50],
    [8, 2, parts.length],
    [10, 2, parts.length],
    [12, 4, cd.length],
    [16, 4, offset],
  ]);
  return Buffer.concat([...locals, cd, end]);
}

function stored(name: string, text: string): ZipPart {
  const data = Buffer.from(text);
  return { name, data, method: 0, crc: zlib.crc32(data), size: data.length };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const PARAGRAPH =
  '<w:p><w:r><w:t xml:space="preserve">The truce began on Friday in Daraa, a military source said, and it lasts. </w:t></w:r></w:p>';

/**
 * A .docx whose document.xml expands to about `megabytes` MB. `paragraph` is what repeats (text by default;
 * give an empty paragraph for a bomb of markup only). With `declare` set, the archive lies about the size.
 */
export function docxBomb(megabytes: number, options: { paragraph?: string; declare?: number } = {}): Buffer {
  const paragraph = options.paragraph ?? PARAGRAPH;
  const head = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>`;
  const tail = '</w:body></w:document>';
  const { data, size, chunk, times } = deflatedRepeat(head, paragraph, megabytes, tail);
  return zip([
    stored(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    stored(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    {
      name: 'word/document.xml',
      data,
      method: 8,
      crc: crcOfRepeat(head, chunk, times, tail),
      size: options.declare ?? size,
    },
  ]);
}

/** A one-page PDF whose compressed content stream shows `line` again and again, about `megabytes` MB of it. */
export function pdfBomb(
  megabytes: number,
  line = '(The truce began on Friday in Daraa, a source said.) Tj T*\n',
): Buffer {
  const head = 'BT /F1 12 Tf 72 720 Td 14 TL\n';
  const tail = 'ET\n';
  const { data: raw, chunk, times } = deflatedRepeat(head, line, megabytes, tail);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(
    adlerOfRepeat([
      [Buffer.from(head), 1],
      [Buffer.from(chunk), times],
      [Buffer.from(tail), 1],
    ]),
  );
  const stream = Buffer.concat([Buffer.from([0x78, 0xda]), raw, adler]);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const c = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    chunks.push(c);
    length += c.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref));
  return Buffer.concat(chunks);
}
