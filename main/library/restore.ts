// Putting a backup in place of a library (a damaged one, usually): the backup is checked as any library is at
// open (Parallax's, not newer, whole), the library and its -wal/-shm are moved aside, never deleted, and the
// backup is copied in through SQLite's online backup, so a backup that is itself open with a -wal comes whole.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/errors';
import { inspectLibrary } from './inspect';
import { readOnlyConnection } from './read-only';

export interface RestoreResult {
  readonly library: string;
  /** Where the replaced library was moved, or null when there was none. */
  readonly keptAs: string | null;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Is the library there and whole? Damage (or no file) is what restoring is for; anything else is refused. */
function needsRestore(library: string): boolean {
  if (!fs.existsSync(library)) return true;
  try {
    inspectLibrary(library);
    return false;
  } catch (err) {
    if (err instanceof ApiError && err.code === 'damaged') return true;
    throw err;
  }
}

export async function restoreLibrary(
  libraryPath: string,
  backupPath: string,
  options: { readonly force?: boolean } = {},
): Promise<RestoreResult> {
  const library = path.resolve(libraryPath);
  const backup = path.resolve(backupPath);
  if (!fs.existsSync(backup)) throw new ApiError('not_found', `There is no backup at ${backup}.`);
  if (fs.existsSync(library) && fs.realpathSync(library) === fs.realpathSync(backup))
    throw new ApiError('invalid_input', 'The backup is the library itself; choose the backup file.');
  inspectLibrary(backup, { checkBudgetMs: Infinity });
  if (!needsRestore(library) && !options.force) {
    throw new ApiError(
      'conflict',
      `${library} opens without a problem; add --force to replace it with the backup anyway (it is kept beside it).`,
    );
  }
  const temporary = `${library}.restoring-${process.pid}.tmp`;
  const source = readOnlyConnection(backup);
  try {
    await source.backup(temporary);
  } catch (err) {
    fs.rmSync(temporary, { force: true });
    throw err;
  } finally {
    source.close();
  }
  let keptAs: string | null = null;
  if (fs.existsSync(library)) {
    keptAs = `${library}.replaced-${stamp()}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(library + suffix)) fs.renameSync(library + suffix, keptAs + suffix);
    }
  }
  fs.renameSync(temporary, library);
  return { library, keptAs };
}
