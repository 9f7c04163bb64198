// What a claim says, as language-independent features: concepts for alignment, and the numbers, dates,
// negations, hedges, labels, sources, actors and places that the judge compares. Spans are absolute offsets.
import { ENTITY_INDEX, englishConcept, frenchToEnglish, type EntityEntry, type LanguageData } from './lexicon';
import { stem } from './normalize';
import { tokenize, type Token } from './tokens';
import type { Span } from './types';

export interface Mention<T = string> {
  readonly value: T;
  readonly span: Span;
}

export interface NumberMention {
  readonly value: number;
  readonly unit: string | null;
  readonly span: Span;
  /** Concept keys of the nearest content words before and after: what the figure counts or measures. */
  readonly context: readonly string[];
}

export interface DateMention {
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
  readonly weekday?: number;
  readonly span: Span;
}

export interface ClaimFeatures {
  readonly language: string;
  readonly tokens: readonly Token[];
  /** Concept keys (language-independent where the lexicon allows), one entry per content token. */
  readonly concepts: readonly string[];
  readonly conceptSpans: ReadonlyMap<string, Span>;
  readonly entities: readonly Mention<EntityEntry>[];
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
  /** `scope`: the concept keys of the words the negation bears on (the next content words). */
  readonly negations: readonly (Mention & { readonly scope: readonly string[] })[];
  /** `conditional`: the French reportative conditional ("aurait proposé"), a stronger distance than "selon". */
  readonly hedges: readonly (Mention & { readonly conditional?: boolean })[];
  readonly labels: readonly Mention<{ label: string; referent: string }>[];
  readonly sources: readonly Mention<readonly string[]>[];
  readonly actions: readonly { concept: string; actor: readonly string[]; span: Span; actorSpan: Span | null }[];
}

const PREPOSITIONS = new Set([
  'en',
  'a',
  'dans',
  'de',
  'du',
  'des',
  'pour',
  'par',
  'vers',
  'sur',
  'in',
  'at',
  'to',
  'from',
  'of',
  'for',
  'by',
  'into',
  'on',
  'with',
  'avec',
]);
const DETERMINERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']),
  fr: new Set(['le', 'la', 'l', 'les', 'un', 'une', 'du', 'des', 'de', 'd', 'cette', 'ce', 'son', 'sa', 'ses', 'leur']),
};
const AUXILIARIES = /^(aurai|serai|have|has|had|would|will|themselves|itself|also|then|who|qui)/;

function phraseAt(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.folded !== phrase[k]) return false;
  return true;
}

function parseNumber(text: string, language: string): number {
  const compact = text.replace(/[\u00a0\u202f ]/g, '');
  if (language === 'fr') {
    // French: space or dot groups thousands, comma is the decimal mark.
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'));
    return Number(compact.replace(',', '.'));
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(compact)) return Number(compact.replace(',', '.'));
  return Number(compact.replace(/,/g, ''));
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** The concept key of one content token: an entity id, a number, an English concept or a language-bound stem. */
function conceptOf(t: Token, lang: LanguageData, sentenceStart: boolean): string {
  if (t.isNumber) return `N:${parseNumber(t.text, lang.code)}`;
  const spelled = lang.numberWords.get(t.folded);
  if (spelled !== undefined && t.folded !== 'un' && t.folded !== 'une' && t.folded !== 'one') return `N:${spelled}`;
  if (t.capitalised && !sentenceStart) return `W:${t.folded}`;
  if (lang.code === 'en') return `W:${englishConcept(t.folded)}`;
  if (lang.code === 'fr') {
    const en = frenchToEnglish(t.folded);
    if (en) return `W:${en}`;
    return t.capitalised ? `W:${t.folded}` : `F:${stem(t.folded, 'fr')}`;
  }
  return `W:${t.folded}`;
}

export function extractFeatures(text: string, base: number, lang: LanguageData): ClaimFeatures {
  const tokens = tokenize(text, base);
  const concepts: string[] = [];
  const conceptSpans = new Map<string, Span>();
  const entities: Mention<EntityEntry>[] = [];
  const numbers: NumberMention[] = [];
  const dates: DateMention[] = [];
  const negations: (Mention & { scope: string[] })[] = [];
  const hedges: (Mention & { conditional?: boolean })[] = [];
  const labels: Mention<{ label: string; referent: string }>[] = [];
  const sources: Mention<readonly string[]>[] = [];
  const actions: { concept: string; actor: string[]; span: Span; actorSpan: Span | null }[] = [];
  /**
   * Who did what: the nearest person, organisation, country or labelled group before the verb that is not
   * inside a prepositional phrase ("en Syrie"); failing that, the nearest content words.
   */
  const findActor = (i: number, concept: string, span: Span) => {
    const words: number[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
      const w = tokens[k]!;
      if (/[,;:]/.test(text.slice(w.end - base, tokens[k + 1]!.start - base))) break;
      if (lang.actionWords.has(w.folded) || lang.attributionWords.has(w.folded)) break;
      const prev = tokens[k - 1]?.folded ?? '';
      if (PREPOSITIONS.has(prev)) continue;
      if (entityAt[k] || referentAt[k]) {
        return { concept, actor: [actorKey(k)], span, actorSpan: entitySpanAt[k] ?? ([w.start, w.end] as Span) };
      }
      if (
        words.length < 2 &&
        !lang.stopwords.has(w.folded) &&
        !lang.hedgeWords.has(w.folded) &&
        !AUXILIARIES.test(w.folded)
      )
        words.push(k);
    }
    if (!words.length) return { concept, actor: [], span, actorSpan: null };
    const first = tokens[words[words.length - 1]!]!;
    const last = tokens[words[0]!]!;
    return { concept, actor: [...new Set(words.map(actorKey))], span, actorSpan: [first.start, last.end] as Span };
  };
  const add = (key: string, span: Span) => {
    concepts.push(key);
    if (!conceptSpans.has(key)) conceptSpans.set(key, span);
  };

  const entityAt: (EntityEntry | undefined)[] = new Array(tokens.length);
  const entitySpanAt: (Span | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    for (const form of ENTITY_INDEX.get(tokens[i]!.folded) ?? []) {
      const n = form.words.length;
      if (!phraseAt(tokens, i, form.words)) continue;
      // A short lower-case form ("us") must be written in capitals ("US") to be the United States.
      if (
        n === 1 &&
        form.words[0]!.length <= 3 &&
        /^[a-z.]+$/.test(form.words[0]!) &&
        !/^[A-Z.]+$/.test(tokens[i]!.text)
      )
        continue;
      const e = form.entity;
      const span: Span = [tokens[i]!.start, tokens[i + n - 1]!.end];
      entities.push({ value: e, span });
      for (let k = i; k < i + n; k++) {
        entityAt[k] = e;
        entitySpanAt[k] = span;
      }
      add(`E:${e.id}`, span);
      i += n - 1;
      break;
    }
  }

  // Loaded labels first: their words stand for a referent ("rebels", "terroristes" -> armed opposition).
  const referentAt: (string | undefined)[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const l = lang.labelIndex.get(tokens[i]!.folded)?.find((form) => phraseAt(tokens, i, form.words));
    if (!l) continue;
    const span: Span = [tokens[i]!.start, tokens[i + l.words.length - 1]!.end];
    labels.push({ value: { label: l.label, referent: l.referent }, span });
    for (let k = i; k < i + l.words.length; k++) referentAt[k] = l.referent;
    add(`R:${l.referent}`, span);
    i += l.words.length - 1;
  }
  const actorKey = (k: number): string =>
    entityAt[k] ? `E:${entityAt[k]!.id}` : referentAt[k] ? `R:${referentAt[k]}` : conceptOf(tokens[k]!, lang, false);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = t.folded;
    const span: Span = [t.start, t.end];
    // Hedges can be several words long.
    for (const { words: h } of lang.hedgeIndex.get(f) ?? []) {
      if (phraseAt(tokens, i, h)) hedges.push({ value: h.join(' '), span: [t.start, tokens[i + h.length - 1]!.end] });
    }
    if (lang.hedgeWords.has(f)) hedges.push({ value: f, span });
    // The French reportative conditional: "aurait proposé", "auraient été".
    if (
      lang.code === 'fr' &&
      /^(aurai[et]n?t?|serai[et]n?t?)$/.test(f) &&
      tokens[i + 1] &&
      /(?:é|ée|és|ées|i|is|it|u|us|ert|erte|ort|été)$/.test(tokens[i + 1]!.folded.replace(/e(?=s?$)/, 'é'))
    ) {
      hedges.push({
        value: `${t.text} ${tokens[i + 1]!.text}`,
        span: [t.start, tokens[i + 1]!.end],
        conditional: true,
      });
    }
    if (lang.negations.has(f) || f.endsWith("n't")) {
      const scope: string[] = [];
      for (let k = i + 1; k < Math.min(tokens.length, i + 6) && scope.length < 3; k++) {
        const w = tokens[k]!;
        if (lang.stopwords.has(w.folded) || lang.negations.has(w.folded)) continue;
        scope.push(actorKey(k));
      }
      negations.push({ value: f, span, scope });
    }

    // Who said it: "selon X", "according to X", "citing X", "X said".
    const phrase = lang.attributionIndex.get(f)?.find((p) => phraseAt(tokens, i, p.words));
    const isSourceMarker =
      phrase !== undefined ||
      f === 'selon' ||
      (f === 'apres' && tokens[i - 1]?.folded === 'd') ||
      f === 'citing' ||
      f === 'citant';
    if (isSourceMarker) {
      const skip = phrase?.words.length ?? 1;
      const who: string[] = [];
      let end = t.end;
      for (let k = i + skip; k < Math.min(tokens.length, i + skip + 5); k++) {
        const w = tokens[k]!;
        if (/[,.;:]/.test(text.slice(tokens[k - 1]!.end - base, w.start - base))) break;
        if (lang.stopwords.has(w.folded)) continue;
        who.push(actorKey(k));
        end = w.end;
      }
      if (who.length) sources.push({ value: [...new Set(who)], span: [t.start, end] });
    }

    // Numbers, with number words, scales and the unit that follows.
    let value: number | undefined;
    let last = i;
    if (t.isNumber) value = parseNumber(t.text, lang.code);
    else if (lang.numberWords.has(f) && !(f === 'un' || f === 'une' || f === 'one')) value = lang.numberWords.get(f);
    if (value !== undefined && Number.isFinite(value)) {
      const scale = tokens[i + 1] && lang.scales.get(tokens[i + 1]!.folded);
      if (scale && !(tokens[i + 1]!.folded === 'm' && !t.isNumber)) {
        value *= scale;
        last = i + 1;
      }
      let unit: string | null = null;
      for (let k = last + 1; k <= Math.min(tokens.length - 1, last + 3); k++) {
        const w = tokens[k]!.folded;
        const u = lang.units.get(w);
        if (u) {
          unit = u;
          last = k;
          break;
        }
        if (!lang.stopwords.has(w) && !/^(more|than|plus|de|d'|about|environ|some|quelque)$/.test(w)) {
          // one adjective may stand between number and unit ("14,000 Syrian civilians")
          if (k > last + 1) break;
        }
      }
      const prev = tokens[i - 1]?.folded;
      if (!unit && prev && lang.units.get(prev) === 'percent') unit = 'percent';
      const isDatePart =
        (isYear(value) && !unit) ||
        (tokens[last + 1] && lang.months.has(tokens[last + 1]!.folded)) ||
        (prev !== undefined && lang.months.has(prev));
      if (!isDatePart) {
        const context: string[] = [];
        for (const [from, step] of [
          [i - 1, -1],
          [last + 1, 1],
        ] as const) {
          for (let k = from; k >= 0 && k < tokens.length && Math.abs(k - from) < 4; k += step) {
            const w = tokens[k]!;
            if (
              lang.stopwords.has(w.folded) ||
              w.isNumber ||
              /^(more|than|plus|moins|about|environ|some|quelque|past|dernier|derniers|dernieres)$/.test(w.folded)
            )
              continue;
            // Names and places say where or who, not what is counted.
            if (entityAt[k]) continue;
            context.push(actorKey(k));
            break;
          }
        }
        numbers.push({ value, unit, span: [t.start, tokens[last]!.end], context });
      }
    }

    // Dates: "29 juin", "June 29", "29 June 2018", weekdays.
    const month = lang.months.get(f);
    if (month !== undefined && !(f === 'may' && !t.capitalised) && !(f === 'mar' || f === 'dec')) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const day =
        before?.isNumber && Number(before.text) <= 31
          ? Number(before.text)
          : after?.isNumber && Number(after.text) <= 31
            ? Number(after.text)
            : undefined;
      const yearTok = tokens.slice(i + 1, i + 3).find((x) => x.isNumber && isYear(Number(x.text)));
      const weekdayTok = tokens.slice(Math.max(0, i - 3), i).find((x) => lang.weekdays.has(x.folded));
      const startTok = weekdayTok ?? (before?.isNumber ? before : t);
      const endTok = yearTok ?? (after?.isNumber && day !== undefined && !before?.isNumber ? after : t);
      const d: DateMention = { month, span: [startTok.start, endTok.end] };
      dates.push({
        ...d,
        ...(day !== undefined ? { day } : {}),
        ...(yearTok ? { year: Number(yearTok.text) } : {}),
        ...(weekdayTok ? { weekday: lang.weekdays.get(weekdayTok.folded)! } : {}),
      });
    }
    const weekday = lang.weekdays.get(f);
    if (weekday !== undefined && !tokens.slice(i + 1, i + 4).some((x) => lang.months.has(x.folded))) {
      dates.push({ weekday, span });
    }

    if (entityAt[i]) continue;
    if (lang.stopwords.has(f) || f.length < 2 || /^['’-]$/.test(f)) continue;
    const key = conceptOf(
      t,
      lang,
      i === 0 || /[.!?«“"]\s*$/.test(text.slice(Math.max(0, t.start - base - 4), t.start - base)),
    );
    add(key, span);
    // After a determiner the word is a noun ("l'offre", "the offer"), not an action.
    if (lang.actionWords.has(f) && !DETERMINERS[lang.code]?.has(tokens[i - 1]?.folded ?? '')) {
      actions.push(findActor(i, key, span));
    }
  }
  for (const n of numbers) add(`U:${n.unit ?? 'count'}`, n.span);
  return {
    language: lang.code,
    tokens,
    concepts,
    conceptSpans,
    entities,
    numbers,
    dates,
    negations,
    hedges,
    labels,
    sources,
    actions,
  };
}
