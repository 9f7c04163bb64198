// A report named on the command line: a library id (digits, read through the contract) or a text file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { call, openForCli, type LibraryChoice } from '../cli/client';
import { decodeText } from '../ingest/decode';

export interface Report {
  readonly name: string;
  readonly text: string;
  readonly language?: string;
}

export async function readReport(ref: string, choice: LibraryChoice): Promise<Report> {
  if (/^\d+$/.test(ref)) {
    const ctx = openForCli(choice, false);
    try {
      const a = await call(ctx, 'getArticle', { id: Number(ref) });
      return { name: `${a.outlet ?? 'Unknown outlet'}: ${a.title}`, text: a.text, language: a.language };
    } finally {
      ctx.db.close();
    }
  }
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(ref);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApiError(
      'not_found',
      code === 'ENOENT'
        ? `${ref}: no such file (give a text file or a library id)`
        : `${ref}: cannot be read (${code ?? 'error'})`,
    );
  }
  if (bytes.includes(0)) throw new ApiError('unsupported', `${ref}: this looks like a binary file, not text.`);
  return { name: path.basename(ref), text: decodeText(bytes, path.basename(ref)).text };
}
