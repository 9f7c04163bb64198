// Bytes to text: byte-order marks, strict UTF-8, then Windows-1252 (French text often arrives in it).
// A file that is not text at all is refused with a reason.
import { ApiError } from '../../shared/errors';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeText(bytes: Uint8Array, name: string): { text: string; encoding: Encoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
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
