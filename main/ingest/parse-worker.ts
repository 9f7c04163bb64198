// The parse worker's entry point: one file's bytes in, the parsed article (or the reason it was refused) out.
import { serveTasks } from '../workers/serve';
import { parseFile, type ParsedFile } from './parse';

export interface ParseTask {
  readonly name: string;
  readonly bytes: Uint8Array;
}

serveTasks<ParseTask, ParsedFile>(({ name, bytes }) => parseFile(name, bytes));
