// Per-article analysis: the named stages run over each sentence of one text, once, whatever it is compared with.
// The result is plain data, so it can be cached (keyed by text, language, engine version and user lexicon).
import { detectLanguage } from '../../text/language';
import { ENGINE_LANGUAGES, resourcesFor } from '../language/resources';
import { compileLexicon, EMPTY_LEXICON, type UserLexicon } from '../language/user-lexicon';
import { splitClaims } from '../sentences';
import { ENGINE_VERSION } from '../version';
import { findActions } from './actions';
import { findAttribution } from './attribution';
import { findConcepts } from './concepts';
import { finishSentence, NO_KEYS, type SentenceContext } from './context';
import { findDates } from './dates';
import { findDispute, findRetelling } from './dispute';
import { findEntities } from './entities';
import { findLabels } from './labels';
import { findNegations } from './polarity';
import { findQuantities } from './quantities';
import { tokenize, type Token } from './tokens';
import type { ArticleAnalysis } from './types';

/** Longest text one side may have (about 100,000 words): beyond it the caller is told to split the text. */
export const MAX_TEXT_CHARS = 1_000_000;

export class TextTooLargeError extends Error {
  override readonly name = 'TextTooLargeError';
}

export interface AnalyseOptions {
  /** ISO 639-1 code; detected when absent. */
  readonly language?: string;
  /** The article's publication date (ISO), to resolve "Thursday" or "last week". */
  readonly date?: string;
  readonly lexicon?: UserLexicon;
  /** How the text is named in messages ("the left text"). */
  readonly name?: string;
  /** Called now and then with the sentences analysed so far, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

export function resolveLanguage(text: string, given: string | undefined): { language: string; detected: boolean } {
  const code = (given ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (ENGINE_LANGUAGES.has(code)) return { language: code, detected: false };
  if (code && code !== 'und') return { language: 'und', detected: false };
  const found = detectLanguage(text);
  return { language: ENGINE_LANGUAGES.has(found) ? found : 'und', detected: true };
}

function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => !t.isNumber && t.text.length >= 4);
  return long.length >= 3 && long.filter((t) => t.capitalised).length >= long.length * 0.6;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Letters and capital letters in a text, in UTF-16 code units (ASCII without a regular expression). */
function letterCount(text: string): { all: number; upper: number } {
  let all = 0;
  let upper = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        all++;
        upper++;
      } else if (c >= 97 && c <= 122) all++;
    } else if (LETTER.test(ch)) {
      all += ch.length;
      if (UPPER.test(ch)) upper += ch.length;
    }
  }
  return { all, upper };
}

export function analyseArticle(text: string, options: AnalyseOptions = {}): ArticleAnalysis {
  if (text.length > MAX_TEXT_CHARS) {
    throw new TextTooLargeError(
      `${options.name ?? 'The text'} has ${text.length.toLocaleString('en')} characters; Parallax compares texts of up to ${MAX_TEXT_CHARS.toLocaleString('en')}. Split it and compare the parts.`,
    );
  }
  const { language, detected } = resolveLanguage(text, options.language);
  const res = resourcesFor(language);
  const user = compileLexicon(options.lexicon ?? EMPTY_LEXICON);
  const reference = options.date && !Number.isNaN(Date.parse(options.date)) ? new Date(options.date) : undefined;
  const claims = splitClaims(text);
  const sentences = claims.map((seg, index) => {
    if (options.onProgress && index % 64 === 0) options.onProgress(index, claims.length);
    const sentence = text.slice(seg.start, seg.end);
    const tokens = tokenize(sentence, seg.start, res);
    const letters = letterCount(sentence);
    const ctx: SentenceContext = {
      text,
      start: seg.start,
      end: seg.end,
      quoted: seg.quoted,
      ...(seg.speaker ? { speaker: seg.speaker } : {}),
      res,
      user,
      tokens,
      words: tokens.map((t) => t.folded),
      keys: tokens.map(() => NO_KEYS as Map<string, number>),
      entityAt: new Array(tokens.length),
      labelAt: new Array(tokens.length),
      inPhrase: new Array<boolean>(tokens.length).fill(false),
      phraseStart: new Array<boolean>(tokens.length).fill(false),
      question: /\?["»”’)\s]*$/.test(sentence),
      shouted: letters.all > 12 && letters.upper > letters.all * 0.7,
      titleCase: isTitleCase(tokens),
      entities: [],
      quantities: [],
      dates: [],
      negations: [],
      hedges: [],
      sources: [],
      labels: [],
      actions: [],
    };
    findEntities(ctx);
    findLabels(ctx);
    findConcepts(ctx);
    findQuantities(ctx);
    findDates(ctx, reference);
    findNegations(ctx);
    findAttribution(ctx);
    findActions(ctx);
    findDispute(ctx);
    findRetelling(ctx);
    return finishSentence(ctx);
  });
  return { engineVersion: ENGINE_VERSION, language, detected, textLength: text.length, sentences };
}
