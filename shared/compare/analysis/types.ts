// What the per-article analysis finds in each sentence. Plain data (no Maps, no classes), so an analysis can be
// stored and read back as JSON. Spans are absolute UTF-16 offsets into the article's text.
import type { Span } from '../types';

export type EntityKind = 'place' | 'nationality' | 'person' | 'organisation' | 'name';

export interface EntityMention {
  readonly span: Span;
  /** Language-independent keys: "P:SY" for Syria, "syrienne" and "Syrian"; "E:<name key>" per name word. */
  readonly keys: readonly string[];
  readonly kind: EntityKind;
}

export interface Quantity {
  readonly span: Span;
  /** The asserted value as an interval ("more than 100" is [100, ∞), "about 50" is [42.5, 57.5]). */
  readonly low: number;
  readonly high: number;
  readonly value: number;
  readonly unit: string | null;
  /** Concept keys of what is counted ("82 soldats", "68 soldiers": both carry the key of "soldier"). */
  readonly head: readonly string[];
  /** "not 46 but 11": 46 is denied, not asserted. */
  readonly negated: boolean;
}

export interface DateMention {
  readonly span: Span;
  /** A period ("between 1 and 5 March"): compared loosely. */
  readonly range?: boolean;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  readonly weekday?: number;
  /** An end date: "until 31 July", "jusqu'au 15 novembre". */
  readonly until?: boolean;
  /** The date of a statement about the event ("the government said Sunday"), not of the event itself. */
  readonly said?: boolean;
}

export interface Negation {
  readonly span: Span;
  readonly cue: string;
  /** "not" and its kin; a verb that negates what follows ("denied", "unable"); a denial of a report. */
  readonly kind: 'not' | 'verb' | 'denial';
  /** What the negation bears on (the predicate and its object): the concept keys of each word. */
  readonly scope: readonly (readonly string[])[];
  /** The first word of the scope is the negated verb ("did not visit", "n'a pas payé", "refused to pay"). */
  readonly verb?: boolean;
  /**
   * English: the negation sits in a clause that asserts nothing of the story's facts: a relative clause ("a man who
   * has not been identified"), a condition ("if the US did not meet their demands") or after a modal of possibility
   * or obligation ("may not be", "should not be taken as").
   */
  readonly subordinate?: boolean;
  /**
   * English: a "reject" or "dismiss" with no claim after it ("dismissed many cases"): it refuses a thing. The judge
   * reads it as a plain negative verb between two English reports.
   */
  readonly refusal?: boolean;
}

export type HedgeLevel = 'distancing' | 'hedged';

export interface Hedge {
  readonly span: Span;
  readonly cue: string;
  readonly level: HedgeLevel;
  /** The French reportative conditional ("aurait proposé"). */
  readonly conditional?: boolean;
}

export interface Source {
  readonly span: Span;
  /** Keys of who is credited ("according to the ministry", "Peskov said"). */
  readonly who: readonly string[];
}

export interface LabelMention {
  readonly span: Span;
  readonly referent: string;
  readonly label: string;
}

export interface Action {
  readonly span: Span;
  /** Concept keys of the predicate ("offered", "a proposé" share the key of "propose"). */
  readonly predicate: readonly string[];
  readonly actor: readonly string[];
  readonly actorSpan: Span;
  /** Not an action but whose a thing is: "Russian jets", "les forces syriennes" (the noun, then the nationality). */
  readonly party?: boolean;
}

export interface SentenceAnalysis {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  readonly speaker?: string;
  /** The sentence is a question ("Is Hugh Hefner dead?"): it asserts nothing. */
  readonly question?: boolean;
  /** Concept keys with their weight (how much each says about which sentences match). */
  readonly keys: Readonly<Record<string, number>>;
  /** Where each key first occurs (for reasons and highlighting). */
  readonly keySpans: Readonly<Record<string, Span>>;
  /** Keys of the sentence's content words in order, one list per word (for negation scope and diffs). */
  readonly words: readonly (readonly string[])[];
  readonly entities: readonly EntityMention[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly DateMention[];
  readonly negations: readonly Negation[];
  readonly hedges: readonly Hedge[];
  readonly sources: readonly Source[];
  readonly labels: readonly LabelMention[];
  readonly actions: readonly Action[];
  /** The sentence calls a story false as a whole ("this is a hoax"): the cue's span. */
  readonly dispute?: Span;
  /**
   * The sentence tells what a story says, crediting the story itself ("According to the story, …", "The article
   * claimed …", "selon la rumeur"): the span of those words.
   */
  readonly retelling?: Span;
}

export interface ArticleAnalysis {
  readonly engineVersion: string;
  readonly language: string;
  /** True when the language was not given and had to be guessed. */
  readonly detected: boolean;
  readonly textLength: number;
  readonly sentences: readonly SentenceAnalysis[];
}
