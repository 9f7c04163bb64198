// The working state of one sentence while the analysis stages run over it: its tokens and what each stage has
// marked on them. Stages read what earlier stages marked (names before concepts, concepts before negation
// scope) and add their own findings; `finishSentence` turns it into the plain SentenceAnalysis.
import type { LanguageResources } from '../language/resources';
import type { CompiledLexicon } from '../language/user-lexicon';
import type { Span } from '../types';
import type { Token } from './tokens';
import type {
  Action,
  DateMention,
  EntityMention,
  Hedge,
  LabelMention,
  Negation,
  Quantity,
  SentenceAnalysis,
  Source,
} from './types';

export interface SentenceContext {
  /** The whole article text; the sentence is text.slice(start, end). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  readonly speaker?: string;
  readonly res: LanguageResources;
  readonly user: CompiledLexicon;
  readonly tokens: readonly Token[];
  /** Folded words, for phrase matching. */
  readonly words: readonly string[];
  /** Concept keys and weights of each token (empty for stopwords and punctuation-like tokens). */
  readonly keys: Map<string, number>[];
  readonly entityAt: (EntityMention | undefined)[];
  readonly labelAt: (LabelMention | undefined)[];
  /** The token is a later word of a phrase whose keys sit on its first word. */
  readonly inPhrase: boolean[];
  /** The token starts a multi-word lexicon entry ("cessez-le-feu"): its words are not read one by one. */
  readonly phraseStart: boolean[];
  /** The sentence asks a question: it asserts nothing to agree or conflict with. */
  readonly question: boolean;
  /** The sentence is written in capitals (a headline): capitals say nothing about names. */
  readonly shouted: boolean;
  /** Most words are capitalised (a headline in title case): only words English or French does not know are names. */
  readonly titleCase: boolean;
  entities: EntityMention[];
  quantities: Quantity[];
  dates: DateMention[];
  negations: Negation[];
  hedges: Hedge[];
  sources: Source[];
  labels: LabelMention[];
  actions: Action[];
  dispute?: Span;
  retelling?: Span;
}

export function isStopword(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return ctx.res.stopwords.has(t.folded) || ctx.res.stopwords.has(t.lemma) || t.folded.length < 2;
}

/** Keys of token i (its own and those of a phrase it starts). */
export function keysAt(ctx: SentenceContext, i: number): string[] {
  return [...(ctx.keys[i]?.keys() ?? [])];
}

/** The keys of a token that has none yet: shared, and replaced by the token's own map on its first key. */
export const NO_KEYS: ReadonlyMap<string, number> = new Map();

/** Key maps shared by every token of one word (a word's keys, computed once): copied before a key is added. */
const SHARED = new WeakSet<ReadonlyMap<string, number>>();

export function addKey(ctx: SentenceContext, i: number, key: string, weight: number): void {
  let m = ctx.keys[i]!;
  if (m === NO_KEYS) ctx.keys[i] = m = new Map();
  else if (SHARED.has(m)) ctx.keys[i] = m = new Map(m);
  m.set(key, Math.max(m.get(key) ?? 0, weight));
}

/**
 * Gives token i a word's keys (as addKey would, one by one, in order): a token with no keys yet takes the shared
 * map itself, so most tokens cost no map of their own.
 */
export function addSharedKeys(ctx: SentenceContext, i: number, keys: ReadonlyMap<string, number>): void {
  SHARED.add(keys);
  if (ctx.keys[i] === NO_KEYS) ctx.keys[i] = keys as Map<string, number>;
  else keys.forEach((w, k) => addKey(ctx, i, k, w));
}

/** Text between two tokens (punctuation tells clause boundaries). */
export function gap(ctx: SentenceContext, a: number, b: number): string {
  const x = ctx.tokens[a];
  const y = ctx.tokens[b];
  if (!x || !y) return '';
  return ctx.text.slice(x.end, y.start);
}

export function spanOf(ctx: SentenceContext, from: number, to: number): Span {
  return [ctx.tokens[from]!.start, ctx.tokens[to]!.end];
}

export function finishSentence(ctx: SentenceContext): SentenceAnalysis {
  // Records keyed by many different strings: made as dictionaries from the start (no prototype, and every key
  // has a prefix such as "en:", so no key can be an Object.prototype name), instead of one hidden class per key.
  const keys: Record<string, number> = Object.create(null) as Record<string, number>;
  const keySpans: Record<string, Span> = Object.create(null) as Record<string, Span>;
  const words: string[][] = [];
  for (let i = 0; i < ctx.keys.length; i++) {
    const m = ctx.keys[i]!;
    if (!m.size) continue;
    const t = ctx.tokens[i]!;
    const list: string[] = [];
    let span: Span | undefined;
    m.forEach((w, k) => {
      list.push(k);
      const had = keys[k];
      if (had === undefined) {
        keys[k] = Math.max(0, w);
        keySpans[k] = span ??= [t.start, t.end];
      } else if (w > had) keys[k] = w;
    });
    words.push(list);
  }
  return {
    start: ctx.start,
    end: ctx.end,
    quoted: ctx.quoted,
    ...(ctx.question ? { question: true } : {}),
    ...(ctx.speaker ? { speaker: ctx.speaker } : {}),
    keys,
    keySpans,
    words,
    entities: ctx.entities,
    quantities: ctx.quantities,
    dates: ctx.dates,
    negations: ctx.negations,
    hedges: ctx.hedges,
    sources: ctx.sources,
    labels: ctx.labels,
    actions: ctx.actions,
    ...(ctx.dispute ? { dispute: ctx.dispute } : {}),
    ...(ctx.retelling ? { retelling: ctx.retelling } : {}),
  };
}
