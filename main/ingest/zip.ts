// Reading parts of a zip archive (a .docx) without trusting it: sizes are checked before anything is inflated,
// and yauzl stops an entry whose data expands past the size it declared, so a decompression bomb costs at most
// the limit, not its full expansion. Parts are read as a stream of text, never held whole.
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import { megabytes } from './limits';

const MAX_ENTRIES = 10_000;

/** An archive over a limit: too many parts, or a part that expands too far (a decompression bomb). */
export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
}

export interface ZipArchive {
  /** Every entry by name, with its declared sizes. */
  readonly entries: ReadonlyMap<string, yauzl.Entry>;
  /** Streams one entry as UTF-8 text to `onText`, refusing it when it declares more than `maxBytes`. */
  readText(name: string, maxBytes: number, onText: (text: string) => void): Promise<void>;
  close(): void;
}

export async function openZip(bytes: Uint8Array, maxEntries = MAX_ENTRIES): Promise<ZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (err, z) => (err || !z ? reject(err ?? new Error('no archive')) : resolve(z)),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entries.size >= maxEntries) {
          reject(new ZipLimitError(`it holds more than ${maxEntries.toLocaleString('en')} parts`));
          return;
        }
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.once('end', () => resolve());
      zip.once('error', reject);
      zip.readEntry();
    });
  } catch (err) {
    zip.close();
    throw err;
  }
  return {
    entries,
    close: () => zip.close(),
    async readText(name, maxBytes, onText) {
      const entry = entries.get(name);
      if (!entry) throw new Error(`its part ${name} is missing`);
      if (entry.uncompressedSize > maxBytes) {
        throw new ZipLimitError(
          `its part ${name} expands to ${megabytes(entry.uncompressedSize)}, over the ${megabytes(maxBytes)} Parallax reads`,
        );
      }
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(err ?? new Error('unreadable')) : resolve(s))),
      );
      const decoder = new StringDecoder('utf8');
      for await (const chunk of stream) onText(decoder.write(chunk as Buffer));
      onText(decoder.end());
    },
  };
}
