// Bytes to text: byte-order marks, strict UTF-8, then the single-byte encoding French and English text most
// plausibly arrives in: Windows-1252 (most often), ISO-8859-15 (€ and œ where Windows-1252 has ¤ and ½) or Mac
// Roman. Decoding is iconv-lite's: Node's TextDecoder('windows-1252') decodes as Latin-1 and turns ’ — € Œ « »
// into control characters. A file that is not text at all is refused with a reason.
import iconv from 'iconv-lite';
import { ApiError } from '../../shared/errors';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-15' | 'macintosh';

/** In order of preference when two decode a text equally well (most without 0x80-0x9F and ¤ ½ decode alike). */
const SINGLE_BYTE = ['windows-1252', 'iso-8859-15', 'macintosh'] as const;

/** Punctuation and signs common in news text, in any of the three encodings. */
const TYPOGRAPHY = new Set([...'’‘“”«»—–…€•°·§\u00a0©®™£']);
const NEUTRAL = new Set([...'±×÷²³¹µ¶¢¥']);
const LETTER = /\p{L}/u;

const isLower = (c: string | undefined) => !!c && LETTER.test(c) && c === c.toLowerCase() && c !== c.toUpperCase();
const isUpper = (c: string | undefined) => !!c && LETTER.test(c) && c === c.toUpperCase() && c !== c.toLowerCase();

/**
 * How much a decoded text reads like text: only non-ASCII characters count (ASCII decodes alike). Letters count
 * for, unless their case breaks a word ("dÈcid", "líObservatoire") or they stand alone where no word is one
 * letter (French "à" is); control characters, replacement characters and stray symbols (‡ √ ¤ ½) count against.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c < '\u0080') continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (c === '\ufffd' || (c >= '\u0080' && c <= '\u009f')) score -= 10;
    else if (LETTER.test(c)) {
      if (!LETTER.test(prev ?? ' ') && !LETTER.test(next ?? ' ')) score += c === 'à' || c === 'À' ? 2 : -2;
      else if (isUpper(c) && isLower(prev)) score -= 3;
      else if (isLower(c) && isUpper(next)) score -= 3;
      else score += 2;
    } else if (TYPOGRAPHY.has(c)) score += 2;
    else if (!NEUTRAL.has(c)) score -= 2;
  }
  return score;
}

function binaryCheck(bytes: Uint8Array, name: string): void {
  // Text has no NUL bytes and few control characters; a binary file has plenty of both.
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0)
      throw new ApiError(
        'unsupported',
        `${name} is a binary file, not text. Import it in its own format (PDF, DOCX…) or as plain text.`,
      );
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (sample.length && control / sample.length > 0.05) {
    throw new ApiError('unsupported', `${name} does not look like text (too many control characters).`);
  }
}

/** The single-byte encoding that reads best, judged on the first 256 KB. */
export function guessSingleByte(bytes: Uint8Array): (typeof SINGLE_BYTE)[number] {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 256 * 1024));
  let best: (typeof SINGLE_BYTE)[number] = SINGLE_BYTE[0];
  let bestScore = -Infinity;
  for (const encoding of SINGLE_BYTE) {
    const score = plausibility(iconv.decode(sample, encoding));
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}

export function decodeText(bytes: Uint8Array, name: string): { text: string; encoding: Encoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  binaryCheck(buf, name);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    const encoding = guessSingleByte(buf);
    return { text: iconv.decode(buf, encoding), encoding };
  }
}

/** Plain text as Parallax keeps it: NFC, Unix line ends, no trailing spaces, at most one blank line in a row. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t \u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
