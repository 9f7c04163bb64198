// Stage 2, entities: countries, nationalities and cities from the gazetteer; names as runs of capitalised words
// (with particles such as "al-" inside); the researcher's aliases. Each name word gets its name key, so "Bashar
// al-Assad" and "Assad" share one; the kind (person, organisation, place) comes from titles, acronyms and
// prepositions.
import { isKnownEnglish } from '../language/english';
import { translateFr } from '../language/french';
import { NAME_PARTICLES, nameKey, placeIndex } from '../language/names';
import { addKey, gap, isStopword, spanOf, type SentenceContext } from './context';
import type { EntityKind, EntityMention } from './types';

const ORGANISATION_WORDS = new Set(
  'inc corp corporation ltd llc company co group ministry ministere army armee party parti news agency agence council conseil committee comite university universite bank banque police department office commission court cour tribunal union network reseau times post channel foundation fondation institute institut association'.split(
    ' ',
  ),
);

export const ENTITY_WEIGHT = 1.5;

function knownWord(ctx: SentenceContext, lemma: string): boolean {
  return ctx.res.code === 'en' ? isKnownEnglish(lemma) : ctx.res.code === 'fr' ? translateFr(lemma).length > 0 : false;
}

function isNameWord(ctx: SentenceContext, i: number, sentenceInitial: boolean): boolean {
  const t = ctx.tokens[i]!;
  if (t.isNumber || !t.capitalised) return false;
  if (ctx.shouted) return false;
  // In a title-case headline a capital says nothing: a word the language knows is a word, not a name.
  if (ctx.titleCase && !t.allCaps && (isStopword(ctx, i) || ctx.res.rank(t.folded) < 10_000 || knownWord(ctx, t.lemma)))
    return false;
  if (ctx.res.numberWords.has(t.folded)) return false;
  // "No Marine handed…", "Jamais Poutine…": a negation starting the sentence is not part of a name (inside one it
  // is: "Reporters Without Borders").
  if (sentenceInitial && !t.allCaps && ctx.res.negations.has(t.folded)) return false;
  if (sentenceInitial && (isStopword(ctx, i) || ctx.res.rank(t.folded) < 3000) && !ctx.tokens[i + 1]?.capitalised)
    return false;
  if (isStopword(ctx, i) && !t.allCaps) return false;
  return true;
}

/**
 * A town's name that is someone's first name: "Craig McCaw", "Austin Mahone". A one-word town followed by a rare
 * name word is the start of a person's name ("Quebec City", "Aleppo Province" are followed by common words).
 */
function firstNameOfPerson(ctx: SentenceContext, i: number, length: number, kind: string): boolean {
  if (kind !== 'city' || length !== 1) return false;
  // "In Kharkiv Oblast", "the Idlib Governorate": after a preposition or an article it is the place.
  const prev = ctx.tokens[i - 1]?.folded ?? '';
  if (ctx.res.locative.has(prev) || /^(the|le|la|l|les)$/.test(prev)) return false;
  const next = ctx.tokens[i + 1];
  if (!next || !/^\s+$/.test(gap(ctx, i, i + 1))) return false;
  return isNameWord(ctx, i + 1, false) && ctx.res.rank(next.folded) >= 20_000 && !knownWord(ctx, next.lemma);
}

function mark(ctx: SentenceContext, from: number, to: number, mention: EntityMention): void {
  ctx.entities.push(mention);
  for (let k = from; k <= to; k++) ctx.entityAt[k] = mention;
}

function kindOfName(ctx: SentenceContext, from: number, to: number): EntityKind {
  const before = ctx.tokens[from - 1];
  if (before && ctx.res.titles.has(before.folded) && !/[.,;:]/.test(gap(ctx, from - 1, from).replace(/^\./, '')))
    return 'person';
  if (ctx.tokens.slice(from, to + 1).some((t) => ORGANISATION_WORDS.has(t.folded))) return 'organisation';
  if (from === to && ctx.tokens[from]!.allCaps && ctx.tokens[from]!.text.length <= 6) return 'organisation';
  return 'name';
}

export function findEntities(ctx: SentenceContext): void {
  const { tokens, words } = ctx;
  const places = placeIndex();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The researcher's aliases first: they say what the text means better than any rule.
    const alias = ctx.user.aliases.match(words, i);
    if (alias) {
      const to = i + alias.words.length - 1;
      // A country or nationality inside the alias still counts: "Russian reconciliation centre" is Russian.
      const inner: string[] = [];
      for (let k = i; k <= to; k++) {
        const p = places.match(words, k);
        if (p && p.value.kind !== 'city' && k + p.words.length - 1 <= to) inner.push(p.value.key);
      }
      mark(ctx, i, to, { span: spanOf(ctx, i, to), keys: [alias.value, ...new Set(inner)], kind: 'name' });
      addKey(ctx, i, alias.value, ENTITY_WEIGHT);
      for (const key of new Set(inner)) addKey(ctx, i, key, ENTITY_WEIGHT);
      i = to;
      continue;
    }
    const place = places.match(words, i);
    const short = place && place.words.join('').length <= 3;
    // A town read as a first name still meets the town: "Kharkiv Oblast" against "Kharkiv".
    if (place && t.capitalised && firstNameOfPerson(ctx, i, place.words.length, place.value.kind))
      addKey(ctx, i, place.value.key, ENTITY_WEIGHT);
    if (
      place &&
      (!place.value.capitalised || t.capitalised) &&
      (!short || t.allCaps || /^(?:\p{Lu}\.)+$/u.test(t.text)) &&
      !(ctx.shouted && place.value.kind === 'city') &&
      !firstNameOfPerson(ctx, i, place.words.length, place.value.kind)
    ) {
      const to = i + place.words.length - 1;
      const prev = tokens[i - 1]?.folded ?? '';
      const kind: EntityKind =
        place.value.kind === 'nationality'
          ? 'nationality'
          : place.value.kind === 'country' || ctx.res.locative.has(prev)
            ? 'place'
            : 'name';
      mark(ctx, i, to, { span: spanOf(ctx, i, to), keys: [place.value.key], kind });
      addKey(ctx, i, place.value.key, ENTITY_WEIGHT);
      i = to;
      continue;
    }
    const initial = i === 0 || /[.!?:«“"]\s*$/.test(gap(ctx, i - 1, i));
    if (!isNameWord(ctx, i, initial)) continue;
    // A run of name words, with lower-case particles inside ("Bashar al-Assad", "Charles de Gaulle").
    let to = i;
    while (to + 1 < tokens.length) {
      const next = tokens[to + 1]!;
      if (/[,;:()«»“”"]|\.\s/.test(gap(ctx, to, to + 1))) break;
      if (places.match(words, to + 1)) break;
      if (isNameWord(ctx, to + 1, false)) to++;
      else if (NAME_PARTICLES.has(next.folded) && tokens[to + 2] && isNameWord(ctx, to + 2, false)) to += 2;
      else break;
    }
    const keys: string[] = [];
    for (let k = i; k <= to; k++) {
      const w = tokens[k]!;
      if (NAME_PARTICLES.has(w.folded) || ctx.res.titles.has(w.folded)) continue;
      const key = `E:${nameKey(w.text)}`;
      keys.push(key);
      addKey(ctx, k, key, ENTITY_WEIGHT);
      // A plural name for a group ("the Marines", "les Houthis") also answers to the singular ("a Marine"); a
      // name in camel case ("SportsBusinessNews") to its parts written apart. These keys only help sentences meet:
      // they are not the entity's own keys, so initials ("UN" for "United Nations") stay as they are.
      if (
        i === to &&
        k > 0 &&
        /^(the|les|des)$/.test(tokens[k - 1]!.folded) &&
        /\p{Ll}s$/u.test(w.text) &&
        w.text.length >= 5
      ) {
        const singular = `E:${nameKey(w.text.slice(0, -1))}`;
        if (singular !== key) addKey(ctx, k, singular, ENTITY_WEIGHT);
      }
      for (const part of camelParts(w.text)) {
        const partKey = `E:${nameKey(part)}`;
        if (partKey !== key) addKey(ctx, k, partKey, ENTITY_WEIGHT);
      }
    }
    if (keys.length) mark(ctx, i, to, { span: spanOf(ctx, i, to), keys, kind: kindOfName(ctx, i, to) });
    i = to;
  }
}

/** The parts of a name written in camel case, three letters or more each ("SportsBusinessNews": Sports, Business, News). */
function camelParts(word: string): string[] {
  const parts = word.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  // Every part a word of its own: not a surname's prefix ("McCain", "DeSantis", "LeBron", "MacDonald").
  if (parts.length < 2 || parts.join('') !== word || parts.some((x) => x.length < 3) || SURNAME_PREFIX.has(parts[0]!))
    return [];
  return parts;
}

const SURNAME_PREFIX = new Set(['Mac', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Das', 'Der', 'Den', 'Ben', 'Abu', 'Ibn']);
