// Sends dropped or chosen files to the back end in small batches, so a thousand files import with a live
// count and a working Cancel, and the window never waits on one long request.
import type { ImportResult } from '../../../shared/domain';
import { getApi } from '../api/client';
import { i18n } from '../i18n';

export const SUPPORTED = /\.(txt|text|md|markdown|html?|docx|pdf|png|jpe?g|tiff?|qdpx)$/i;
const BATCH_FILES = 20;
const BATCH_BYTES = 8 * 1024 * 1024;

export interface ImportProgress {
  readonly total: number;
  readonly done: number;
  readonly results: readonly ImportResult[];
  readonly cancelled: boolean;
  readonly finished: boolean;
}

export interface NamedFile {
  readonly name: string;
  readonly file: File;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Walks dropped folders (webkitGetAsEntry) into their supported files. */
export async function filesFromDrop(items: DataTransferItemList): Promise<NamedFile[]> {
  const out: NamedFile[] = [];
  const entries = [...items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  const walk = async (entry: FileSystemEntry, pathName: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ name: pathName, file });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        for (const e of batch.sort((a, b) => a.name.localeCompare(b.name))) {
          if (e.name.startsWith('.')) continue;
          if (e.isFile && !SUPPORTED.test(e.name)) continue;
          await walk(e, `${pathName}/${e.name}`);
        }
      }
    }
  };
  for (const e of entries) await walk(e, e.name);
  return out;
}

export async function importFiles(
  files: readonly NamedFile[],
  story: string | undefined,
  onProgress: (p: ImportProgress) => void,
  isCancelled: () => boolean,
): Promise<ImportProgress> {
  const results: ImportResult[] = [];
  let done = 0;
  const report = (cancelled: boolean, finished: boolean): ImportProgress => {
    const p = { total: files.length, done, results: [...results], cancelled, finished };
    onProgress(p);
    return p;
  };
  report(false, false);
  let i = 0;
  while (i < files.length) {
    if (isCancelled()) return report(true, true);
    // A REFI-QDA project goes alone to importQdpx: one outcome per source it holds.
    if (/\.qdpx$/i.test(files[i]!.name)) {
      const f = files[i++]!;
      try {
        const project = await getApi().importQdpx({
          name: f.name,
          data: toBase64(new Uint8Array(await f.file.arrayBuffer())),
        });
        results.push(...project.items.map((r) => ({ ...r, file: `${f.name} › ${r.file}` })));
        for (const skipped of project.skipped) results.push({ file: f.name, status: 'skipped', reason: skipped });
      } catch (err) {
        results.push({ file: f.name, status: 'failed', reason: err instanceof Error ? err.message : String(err) });
      }
      done++;
      report(false, false);
      continue;
    }
    const batch: { name: string; data: string }[] = [];
    let bytes = 0;
    while (
      i < files.length &&
      !/\.qdpx$/i.test(files[i]!.name) &&
      batch.length < BATCH_FILES &&
      (batch.length === 0 || bytes + files[i]!.file.size <= BATCH_BYTES)
    ) {
      const f = files[i++]!;
      try {
        batch.push({ name: f.name, data: toBase64(new Uint8Array(await f.file.arrayBuffer())) });
        bytes += f.file.size;
      } catch {
        results.push({ file: f.name, status: 'failed', reason: i18n.t('import.unreadable') });
        done++;
      }
    }
    if (batch.length) {
      try {
        results.push(...(await getApi().importFiles({ files: batch, ...(story ? { story } : {}) })));
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        for (const f of batch) results.push({ file: f.name, status: 'failed', reason });
      }
      done += batch.length;
    }
    report(false, false);
  }
  return report(false, true);
}
