// Writing a command's output file (export, backup, report) without ever costing the user a file: never onto the
// open library or its -wal/-shm, never over an existing file without --force, never over a read-only one, and
// always through a temporary file in the same folder and a rename, removed again on every failure.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/errors';

export interface OutputOptions {
  /** Replace an existing file. */
  readonly force: boolean;
  /** Files that must never be written, with their SQLite companions (the open library). */
  readonly protect: readonly string[];
}

/** The path as the file system resolves it (links followed), also for a file that does not exist yet. */
function canonical(p: string): string {
  const resolved = path.resolve(p);
  try {
    return fs.realpathSync(resolved);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  try {
    const x = fs.statSync(a);
    const y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino; // hard links
  } catch {
    return false;
  }
}

function refuse(message: string): never {
  throw new ApiError('invalid_input', message);
}

/** Checks that `target` may be written; returns its absolute path. */
export function checkOutput(target: string, options: OutputOptions): string {
  const resolved = path.resolve(target);
  for (const library of options.protect) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (sameFile(resolved, library + suffix)) {
        refuse(
          `--out ${target} is ${suffix ? `the library's ${suffix.slice(1)} file` : 'the library itself'} (${library}); writing there would destroy it. Choose another file.`,
        );
      }
    }
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(resolved);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) refuse(`--out ${target} is a folder; give the name of the file to write.`);
  if (stat && !stat.isFile()) refuse(`--out ${target} is not a regular file; give the name of a file to write.`);
  if (stat) {
    let canWrite = (stat.mode & 0o222) !== 0;
    try {
      fs.accessSync(resolved, fs.constants.W_OK);
    } catch {
      canWrite = false;
    }
    if (!canWrite) refuse(`${target} is read-only; Parallax will not replace it. Choose another file.`);
    if (!options.force) refuse(`${target} already exists; add --force to replace it, or choose another file.`);
  }
  const folder = path.dirname(resolved);
  if (!fs.existsSync(folder)) refuse(`The folder ${folder} does not exist; create it first, or choose another file.`);
  return resolved;
}

/**
 * Writes `target` through `write(temporaryPath)` and a rename, after `checkOutput`. The temporary file is in the
 * same folder (so the rename is atomic) and is removed on every failure.
 */
export async function writeOutput(
  target: string,
  write: (temporary: string) => Promise<void>,
  options: OutputOptions,
): Promise<string> {
  const resolved = checkOutput(target, options);
  const temporary = path.join(
    path.dirname(resolved),
    `.${path.basename(resolved)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await write(temporary);
    await fs.promises.rename(temporary, resolved);
    return resolved;
  } catch (err) {
    await fs.promises.rm(temporary, { force: true });
    throw err;
  }
}

/** Text output through `writeOutput`. */
export function writeTextOutput(target: string, content: string, options: OutputOptions): Promise<string> {
  return writeOutput(
    target,
    (temporary) => fs.promises.writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' }),
    options,
  );
}
