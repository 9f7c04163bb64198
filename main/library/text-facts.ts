// What the library stores about an article's text besides the text: the hash duplicates are found by, the word
// count and the language when none is given. Computed where the text is parsed (the parse worker, for imports), so
// the thread that inserts does not compute them again; `insertArticle` computes them itself for any other text.
import { createHash } from 'node:crypto';
import { countWords, detectLanguage } from '../../shared/text/language';

/** The duplicate check's hash of an NFC text: white space and case folded. */
function hashOfNfc(nfc: string): string {
  return createHash('sha256').update(nfc.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

export interface TextFacts {
  /** The text they were computed from, in NFC (the form the library stores). */
  readonly text: string;
  readonly hash: string;
  readonly words: number;
  /** As given, else detected from the text. */
  readonly language: string;
}

export function textFacts(text: string, language?: string): TextFacts {
  const nfc = text.normalize('NFC');
  return { text: nfc, hash: hashOfNfc(nfc), words: countWords(nfc), language: language ?? detectLanguage(nfc) };
}
