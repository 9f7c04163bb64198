// The parse worker's entry point: one file's bytes in, the parsed article (or the reason it was refused) out; or
// many small plain-text files in one task, each with its own result, so a folder of text files is not one
// round trip per file.
import { serialiseError, type SerialisedError } from '../workers/protocol';
import { serveTasks } from '../workers/serve';
import { textFacts } from '../library/text-facts';
import { parseFile, type ParsedFile } from './parse';

/** A file parsed, with its text's facts when it has a text (a scan's comes later, from OCR). */
async function parsed(name: string, bytes: Uint8Array): Promise<ParsedFile> {
  const file = await parseFile(name, bytes);
  if (file.needsOcr || !file.text) return file;
  const facts = textFacts(file.text, file.language);
  return { ...file, text: facts.text, facts };
}

export interface ParseTask {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ParseResult =
  { readonly ok: true; readonly value: ParsedFile } | { readonly ok: false; readonly error: SerialisedError };

serveTasks<ParseTask | { readonly batch: readonly ParseTask[] }, ParsedFile | ParseResult[]>(async (task) => {
  if (!('batch' in task)) return parsed(task.name, task.bytes);
  const results: ParseResult[] = [];
  for (const { name, bytes } of task.batch) {
    try {
      results.push({ ok: true, value: await parsed(name, bytes) });
    } catch (err) {
      results.push({ ok: false, error: serialiseError(err) });
    }
  }
  return results;
});
