// The public data beside the repository (../shared/data, or PARALLAX_DATA), read at test time only, as the
// evaluation scripts read it: the REFI-QDA schema and Zotero's database schema. Never copied into the repository.
import fs from 'node:fs';
import path from 'node:path';

const repository = path.join(import.meta.dirname, '../..');
/** PARALLAX_DATA, else shared/data beside the repository (or beside the folder of worktrees it is in). */
export const SHARED_DATA = path.resolve(
  process.env.PARALLAX_DATA ??
    [path.join(repository, '../shared/data'), path.join(repository, '../../shared/data')].find((d) =>
      fs.existsSync(d),
    ) ??
    path.join(repository, '../shared/data'),
);

export function sharedDataFile(...parts: string[]): string {
  const file = path.join(SHARED_DATA, ...parts);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: these tests read ../shared/data beside the repository (or PARALLAX_DATA).`);
  return file;
}
