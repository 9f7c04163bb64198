// Stage 8, actions: who did what. A predicate is a verb in the past or after an auxiliary or modal ("offered",
// "will withdraw", "a proposé", "ont tué"); its actor is the noun phrase before it in the same clause, not inside
// a prepositional phrase, or the agent after "by" / "par" in the passive. Only actors that name someone (a name,
// a place or nationality used as a party, a labelled group, a noun after a determiner) are kept: pronouns and
// bare words are not actors, so "once" or "CNN reported" never become the doer of an action.
import { isAdverbEn, isAgentEn, isVerbFormEn } from '../language/english';
import { translateFr } from '../language/french';
import { isStopword, type SentenceContext } from './context';

const EN_AUX = new Set(
  'will would could can may might should must shall to did does do has have had is are was were be been being'.split(
    ' ',
  ),
);
const EN_PASSIVE_AUX = new Set('is are was were be been being get got'.split(' '));
/** After "is", "was": a participle (passive) or a form in -ing (progressive); "are not funny", "was armed" are no
 * actions of their subject. After "has", "had": a participle ("had discussions" is no action). */
const EN_BE = new Set('is are was were be been being am'.split(' '));
const EN_HAVE = new Set('has have had having'.split(' '));
const FR_AUX = new Set(
  'a ont avait avaient aura auront aurait auraient ait aient est sont etait etaient sera seront serait seraient ete va vont'.split(
    ' ',
  ),
);
const FR_PARTICIPLE = /(e|ee|es|ees|i|ie|is|it|u|ue|us|ert|erte|ort|orte|int|ainte|eint)$/;
const ADVERBS = new Set(
  'also already reportedly allegedly then later now just still even deja aussi egalement ensuite finalement pas ne n jamais not never'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  'the a an this that these those its their his her our le la l les un une des du ce cet cette ces son sa ses leur leurs'.split(
    ' ',
  ),
);
const COORDINATION = new Set(['and', 'or', 'et', 'ou']);
/**
 * A noun phrase after one of these is no subject: "the centre in Syria", "an operation early on Saturday". Not
 * "after", "before", "since": they also open a clause whose subject follows them ("after Israel attacked").
 */
const PREPOSITION = /^(of|for|with|on|from|during|against|about|de|du|des|d|pour|avec|sur|pendant|contre)$/;
const EN_POSSESSIVE = new Set('my your his her its our their'.split(' '));
const EN_CAUSATIVE = new Set('has have had having get gets got getting'.split(' '));
/** Token k is the noun of "had his …", "got their …": a participle after it is something done to the subject. */
function causative(tokens: SentenceContext['tokens'], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    if (EN_POSSESSIVE.has(tokens[j]!.folded)) return EN_CAUSATIVE.has(tokens[j - 1]!.folded);
  }
  return false;
}
/** English participles written as the verb itself: "has hit", "was cut", "had spread". */
const EN_SAME_PARTICIPLE = new Set(
  'hit cut put set shut hurt spread cost let quit bet cast burst split shed thrust upset broadcast forecast beat read'.split(
    ' ',
  ),
);
const SUBORDINATORS = new Set('that who which whom whose where when que qui dont ou lorsque quand'.split(' '));

/** A reporting verb ("said", "a déclaré") starts or ends at token i: what precedes it is a source, not a doer. */
function isAttribution(ctx: SentenceContext, i: number): boolean {
  for (let from = Math.max(0, i - 3); from <= i; from++) {
    const m = ctx.res.attribution.match(ctx.words, from);
    if (m && from + m.words.length - 1 >= i) return true;
  }
  return false;
}

/**
 * A word between an auxiliary and its verb that does not stop the search: "also", "was fatally shot". A word in
 * "-ly" counts only right after an auxiliary: elsewhere it may be an adjective or a noun ("the elderly fled").
 */
function isAdverb(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (ADVERBS.has(t.folded)) return true;
  return (
    ctx.res.code === 'en' && !ctx.entityAt[k] && EN_AUX.has(ctx.tokens[k - 1]?.folded ?? '') && isAdverbEn(t.folded)
  );
}

function isPredicate(ctx: SentenceContext, i: number): { passive: boolean } | null {
  const { tokens, res } = ctx;
  const t = tokens[i]!;
  if (t.isNumber || ctx.entityAt[i] || ctx.labelAt[i] || isStopword(ctx, i) || !ctx.keys[i]!.size) return null;
  if (isAttribution(ctx, i)) return null;
  let k = i - 1;
  while (k >= 0 && isAdverb(ctx, k)) k--;
  const before = tokens[k]?.folded ?? '';
  // A participle right before its agent is passive without its auxiliary too: "vehicles used by Americans",
  // "weapons taken by the rebels"; "stood by its statement", "won by a wide margin" are past tenses, not
  // participles. (French participles before "par" are left alone: on dev they made one more wrong conflict.)
  const byNext = !!tokens[i + 1] && res.passiveAgent.has(tokens[i + 1]!.folded) && /(ed|en)$/.test(t.folded);
  if (res.code === 'en') {
    // A past form of a verb: "-ed", or an irregular one ("shot", "took"), not a comparative ("earlier").
    const past =
      /ed$/.test(t.folded) ||
      EN_SAME_PARTICIPLE.has(t.folded) ||
      (isVerbFormEn(t.folded) && !/(s|ing)$/.test(t.folded));
    if ((EN_PASSIVE_AUX.has(before) || byNext) && past) return { passive: true };
    // "had his penis cut off", "got their car stolen": what is done to the subject's own thing, by someone else.
    if (past && k >= 2 && causative(tokens, k)) return { passive: true };
    if (EN_BE.has(before) && !/ing$/.test(t.folded)) return null;
    if (EN_HAVE.has(before) && !past && /[^s]s$/.test(t.folded)) return null;
    if (EN_AUX.has(before)) return { passive: false };
    // A past form right after its subject: "Russia offered", "the rebels proposed"; not after a nationality, which
    // is no subject ("US-Yemeni armed forces"), nor after a possessive ("Yemen's armed forces").
    const possessive = k >= 0 && /\w['’]s$/.test(ctx.text.slice(tokens[k]!.start, tokens[k + 1]!.start).trimEnd());
    if (
      past &&
      k >= 0 &&
      !possessive &&
      ctx.entityAt[k]?.kind !== 'nationality' &&
      (ctx.entityAt[k] || ctx.labelAt[k] || !isStopword(ctx, k))
    )
      return { passive: false };
    return null;
  }
  if (res.code === 'fr') {
    if (!FR_PARTICIPLE.test(t.folded) && !/(ra|ront|ait|aient)$/.test(t.folded)) return null;
    if (FR_AUX.has(before)) return { passive: /^(est|sont|etait|etaient|ete|sera|seront)$/.test(before) };
    return null;
  }
  return null;
}

/** The actor's keys: a name, place, label or determiner + noun; null when there is no such phrase. */
function actorAt(ctx: SentenceContext, k: number): { keys: string[]; from: number; to: number } | null {
  const entity = ctx.entityAt[k];
  if (entity) {
    const keys = [...entity.keys];
    for (const key of entity.keys) if (/^P:[A-Z]{2}:/.test(key)) keys.push(key.slice(0, 4));
    let from = k;
    while (from > 0 && ctx.entityAt[from - 1] === entity) from--;
    // A name or place right before it modifies it: "U.S. Marines", "Syrian government forces".
    while (from > 0 && ctx.entityAt[from - 1] && !boundary(ctx, from - 1, from)) {
      const modifier = ctx.entityAt[from - 1]!;
      for (const key of modifier.keys) keys.push(/^P:[A-Z]{2}:/.test(key) ? key.slice(0, 4) : key);
      while (from > 0 && ctx.entityAt[from - 1] === modifier) from--;
    }
    // Nationalities joined by "and" are one doer: "les dirigeants polonais et lituaniens", "Russian and Syrian jets".
    while (
      entity.kind === 'nationality' &&
      from > 1 &&
      COORDINATION.has(ctx.tokens[from - 1]!.folded) &&
      ctx.entityAt[from - 2]?.kind === 'nationality'
    ) {
      const other = ctx.entityAt[from - 2]!;
      keys.push(...other.keys);
      from -= 2;
      while (from > 0 && ctx.entityAt[from - 1] === other) from--;
    }
    return { keys, from, to: k };
  }
  const label = ctx.labelAt[k];
  if (label) return { keys: [`R:${label.referent}`], from: k, to: k };
  const t = ctx.tokens[k]!;
  if (isStopword(ctx, k) || ctx.res.pronouns.has(t.folded) || t.isNumber) return null;
  // A common noun counts only if it names someone who can act (a person or a group: "the police", "les
  // rebelles") and comes with its determiner.
  const agent =
    ctx.res.code === 'en'
      ? isAgentEn(t.lemma)
      : ctx.res.code === 'fr' && translateFr(t.text.toLowerCase()).some(isAgentEn);
  if (!agent) return null;
  for (let d = k - 1; d >= Math.max(0, k - 3); d--) {
    const w = ctx.tokens[d]!.folded;
    if (DETERMINERS.has(w)) {
      const keys = [...ctx.keys[k]!.keys()].filter((key) => !key.startsWith('s:'));
      return keys.length ? { keys, from: d + 1, to: k } : null;
    }
    if (isStopword(ctx, d)) return null;
  }
  return null;
}

function boundary(ctx: SentenceContext, a: number, b: number): boolean {
  return /[,;:()«»“”"]/.test(ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start));
}

/**
 * Nationalities as parties: "Russian jets", "les forces syriennes" say whose jets and forces they are. Each is kept
 * as an action of its head noun with the nationality as actor, so "Russian jets" against "Syrian jets" is a
 * clash of actors. A run of nationalities ("Russian and Syrian jets") shares its head; "US-backed" is not a party.
 */
function findParties(ctx: SentenceContext): void {
  const { tokens } = ctx;
  const isNationality = (k: number) => ctx.entityAt[k]?.kind === 'nationality';
  const isHead = (k: number) =>
    k >= 0 &&
    k < tokens.length &&
    !tokens[k]!.isNumber &&
    !ctx.entityAt[k] &&
    !ctx.labelAt[k] &&
    !isStopword(ctx, k) &&
    [...ctx.keys[k]!.keys()].some((key) => !key.startsWith('s:') && !key.startsWith('unit:'));
  const joined = (a: number, b: number) => !/[^\s]/.test(ctx.text.slice(tokens[a]!.end, tokens[b]!.start));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNationality(i) || (i > 0 && ctx.entityAt[i - 1] === ctx.entityAt[i])) continue;
    // The run of nationalities this one belongs to, and its head noun: after it in English, before it in French.
    let to = i;
    while (
      to + 1 < tokens.length &&
      (ctx.entityAt[to + 1] === ctx.entityAt[i] ||
        isNationality(to + 1) ||
        (COORDINATION.has(tokens[to + 1]!.folded) && isNationality(to + 2)))
    )
      to++;
    let from = i;
    while (
      from > 0 &&
      (isNationality(from - 1) || (COORDINATION.has(tokens[from - 1]!.folded) && isNationality(from - 2)))
    )
      from--;
    const head = ctx.res.code === 'fr' ? from - 1 : to + 1;
    if (!isHead(head)) continue;
    if (head > to ? !joined(to, head) : !joined(head, from)) continue;
    const entity = ctx.entityAt[i]!;
    ctx.actions.push({
      span: [tokens[head]!.start, tokens[head]!.end],
      predicate: [...ctx.keys[head]!.keys()].filter((k) => !k.startsWith('s:') && !k.startsWith('unit:')),
      actor: [...new Set(entity.keys.map((k) => (/^P:[A-Z]{2}:/.test(k) ? k.slice(0, 4) : k)))],
      actorSpan: entity.span,
      party: true,
    });
  }
}

/** Subject pronouns, by language ("on" is one only in French). */
const SUBJECT_PRONOUNS: Record<string, ReadonlySet<string>> = {
  en: new Set(['i', 'he', 'she', 'we', 'they']),
  fr: new Set(['il', 'elle', 'ils', 'elles', 'on', 'je', 'j']),
};

export function findActions(ctx: SentenceContext): void {
  findParties(ctx);
  const { tokens, res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const p = isPredicate(ctx, i);
    if (!p) continue;
    const predicate = [...ctx.keys[i]!.keys()].filter((k) => !k.startsWith('unit:'));
    let actor: ReturnType<typeof actorAt> = null;
    // An English infinitive's doer is the subject of the verb it depends on, not the noun before "to" ("contacted a
    // partner to (quickly) discuss Conal"): it is left without one.
    let to = i - 1;
    while (to >= 0 && (ADVERBS.has(tokens[to]!.folded) || isAdverbEn(tokens[to]!.folded))) to--;
    if (res.code === 'en' && tokens[to]?.folded === 'to') continue;
    if (p.passive) {
      const by = tokens.findIndex((t, k) => k > i && k <= i + 6 && res.passiveAgent.has(t.folded));
      if (by > 0 && tokens[by + 1]) {
        for (let k = by + 1; k < Math.min(tokens.length, by + 5) && !actor; k++) actor = actorAt(ctx, k);
      }
    } else {
      let adjacent = true;
      for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
        if (boundary(ctx, k, k + 1)) break;
        const w = tokens[k]!.folded;
        // "the embassies that fuelled it", "les ambassades qui ont alimenté": the relative pronoun right before the
        // verb stands for the noun before it.
        if (adjacent && /^(who|that|which|qui)$/.test(w)) {
          adjacent = false;
          continue;
        }
        // A subject pronoun is the doer, and it names no one: "l'entreprise Dahir Insaat qu'il a créée", "the
        // company he founded" (the noun before it is what was done, not who did it).
        if (SUBORDINATORS.has(w) || isAttribution(ctx, k) || SUBJECT_PRONOUNS[res.code]?.has(w)) break;
        if (isAdverb(ctx, k) || EN_AUX.has(w) || FR_AUX.has(w)) continue;
        adjacent = false;
        const candidate = actorAt(ctx, k);
        if (!candidate) continue;
        // Inside a prepositional phrase ("the centre in Syria", "le centre de Hmeimim", "on Saturday"): keep looking
        // left. ("Police in the Mexican town of Iguala have found": the preposition may stand before a determiner.)
        let before = candidate.from - 1;
        while (before > 0 && DETERMINERS.has(tokens[before]!.folded)) before--;
        const prep = tokens[before];
        if (prep && (res.locative.has(prep.folded) || PREPOSITION.test(prep.folded))) {
          k = candidate.from;
          continue;
        }
        actor = candidate;
        break;
      }
    }
    if (!actor || !predicate.length) continue;
    ctx.actions.push({
      span: [tokens[i]!.start, tokens[i]!.end],
      predicate,
      actor: [...new Set(actor.keys)],
      actorSpan: [tokens[actor.from]!.start, tokens[actor.to]!.end],
    });
  }
}
