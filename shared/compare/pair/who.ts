// The judge's "who": different doers of one action, a different person named in near-copies, and the same event
// placed in different places (compared role with role). Called by judgeSentences (judge.ts).
import type { Action } from '../analysis/types';
import type { Reason, Span } from '../types';
import { englishPair, keysOf, meets, reason, reportKeys, sentenceKeys, slice, STRONG, type JudgedSide } from './judged';

/** Keys that name someone or somewhere: a name, a place, a user-lexicon alias or a labelled referent. */
export const NAMED = /^(E|P|U|R):/;

/**
 * One doer's name is the other's abbreviation: the initials of its capitalised words ("GM" / "General Motors", "IS"
 * / "Islamic State", "ISIS" / "Islamic State of Iraq and Syria"), or one all-capital name begins the other ("IS" /
 * "ISIS"). A word that merely holds the letters is no abbreviation ("UK" / "Ukraine", "US" / "Ukrainians").
 * The vocabulary already renames an acronym to a name written out on the other side (`acronyms` in vocabulary.ts),
 * but from the names' keys, which leave out title-like words ("General Motors" keeps only "motors"); the doers'
 * own words are read here.
 */
export function abbreviates(x: string, y: string): boolean {
  const short = (t: string) => /^\p{Lu}{2,6}$/u.test(t);
  const initials = (t: string) =>
    t
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
      .map((w) => w[0])
      .join('');
  const test = (a: string, b: string) => {
    const s = a.trim();
    if (!short(s)) return false;
    const l = b.trim();
    return (short(l) && l !== s && l.startsWith(s)) || initials(l) === s;
  };
  return test(x, y) || test(y, x);
}

/**
 * One of `keys` is said in `s` after its action `action` as what it acts upon: not a word of its doer, nor a place
 * or time after "in", "near", "during", "since" ("Darren Wilson shot Brown … during an incident in Ferguson" acts
 * upon Brown, not Ferguson; "fired on soldiers", "sanctions on Russia" still act upon them). English pairs only read
 * it.
 */
function actedUpon(s: JudgedSide, keys: ReadonlySet<string>, action: Span): boolean {
  return Object.entries(s.sentence.keySpans).some(
    ([k, span]) =>
      span[0] >= action[1] &&
      keys.has(s.rename(k)) &&
      !AFTER_PREPOSITION.test(s.text.slice(Math.max(0, span[0] - 16), span[0])),
  );
}

const AFTER_PREPOSITION = /\b(?:in|near|during|since)\s+(?:(?:the|a|an)\s+)?$/i;

export function actorReasons(a: JudgedSide, b: JudgedSide): Reason[] {
  const pairs: [Action, Action][] = [];
  for (const x of a.sentence.actions) {
    for (const y of b.sentence.actions) if (meets(keysOf(a, x.predicate), keysOf(b, y.predicate))) pairs.push([x, y]);
  }
  // One action the two agree on the doer of is enough: another shared verb is another fact in a long sentence.
  // (Whose it is, "the Russian centre", is not an action: agreeing on it says nothing of who did what.)
  if (pairs.some(([x, y]) => !x.party && !y.party && meets(keysOf(a, x.actor), keysOf(b, y.actor)))) return [];
  const keysA = sentenceKeys(a);
  const keysB = sentenceKeys(b);
  for (const [x, y] of pairs) {
    const ax = keysOf(a, x.actor);
    const ay = keysOf(b, y.actor);
    // Either doer is also the other side's doer of the same thing ("tchèques et slovaques" / "tchèque et slovaque").
    if (pairs.some(([u, v]) => (u === x || v === y) && meets(keysOf(a, u.actor), keysOf(b, v.actor)))) continue;
    // Roles swapped (each side's doer is the other side's one acted upon), or two different named doers. Two
    // common nouns that differ are more likely two wordings of one doer.
    const swapped = meets(ay, keysA) && meets(ax, keysB);
    // Two named doers: one side's doer is acted upon in the other sentence ("the Russian centre offered the armed
    // groups a truce" / "the rebels themselves proposed it"), or each is named nowhere in the other report. Reports
    // that name both elsewhere ("Ferguson police" / "Officer Darren Wilson", "IS" / "ISIS") more likely word one
    // doer two ways than dispute who did it.
    const names = (keys: ReadonlySet<string>) => [...keys].filter((k) => NAMED.test(k));
    const [nx, ny] = [names(ax), names(ay)];
    const unknownToOther = () => !nx.some((k) => reportKeys(b).has(k)) && !ny.some((k) => reportKeys(a).has(k));
    const named =
      nx.length > 0 &&
      ny.length > 0 &&
      (!englishPair(a, b) || unknownToOther() || actedUpon(a, ay, x.span) || actedUpon(b, ax, y.span));
    if (!swapped && !named) continue;
    if (abbreviates(slice(a, x.actorSpan), slice(b, y.actorSpan))) continue;
    return [
      reason('actor', a, b, x.actorSpan, y.actorSpan, 'doers', {
        action: slice(a, x.span),
        otherAction: slice(b, y.span),
        left: slice(a, x.actorSpan),
        right: slice(b, y.actorSpan),
      }),
    ];
  }
  return [];
}

const BEFORE_PLACE = /(?:^|[^\p{L}])(of|in|at|on|near|from|de|du|des|à|au|aux|en|dans|près)\s*$/iu;

/**
 * A name after an article ("the Supreme Leader", "a Secret Service official", "le Conseil") names a body, a title
 * or a paper: a person's name takes none ("Sweden's Maria Lindqvist" may be a person: a possessive does not count).
 */
const AFTER_ARTICLE = /(?:\b(?:the|a|an|le|la|les|un|une|des|du)\s+|\bl['’])$/i;
function afterArticle(s: JudgedSide, span: Span): boolean {
  return AFTER_ARTICLE.test(s.text.slice(Math.max(0, span[0] - 8), span[0]));
}

/**
 * Near-copies that name a different person in the same place ("the first Ukrainian fighter pilot, Natasha
 * Perakov" / "… is called Nadia Savtchenko"): every other name is shared, one full name on each side is not, and
 * neither follows a preposition (a street or a place, not a person).
 */
export function identityReasons(a: JudgedSide, b: JudgedSide, p: number): Reason[] {
  if (p < 0.75) return [];
  const people = (s: JudgedSide) =>
    s.sentence.entities.filter(
      (e) =>
        (e.kind === 'person' || e.kind === 'name') &&
        slice(s, e.span).trim().split(/\s+/).length >= 2 &&
        e.keys.every((k) => k.startsWith('E:')) &&
        !BEFORE_PLACE.test(s.text.slice(Math.max(0, e.span[0] - 12), e.span[0])) &&
        !afterArticle(s, e.span),
    );
  const ka = sentenceKeys(a);
  const kb = sentenceKeys(b);
  const onlyA = people(a).filter((e) => !e.keys.some((k) => kb.has(a.rename(k))));
  const onlyB = people(b).filter((e) => !e.keys.some((k) => ka.has(b.rename(k))));
  if (onlyA.length !== 1 || onlyB.length !== 1) return [];
  const [x, y] = [onlyA[0]!, onlyB[0]!];
  // A person the other report names in full anywhere is one it knows of, not a different person it gives ("the
  // Gates Foundation" does not name Bill Gates).
  if (
    englishPair(a, b) &&
    (x.keys.every((k) => reportKeys(b).has(a.rename(k))) || y.keys.every((k) => reportKeys(a).has(b.rename(k))))
  )
    return [];
  return [reason('actor', a, b, x.span, y.span, 'person', { left: slice(a, x.span), right: slice(b, y.span) })];
}

/**
 * What a place locates, from the words before it: a seat ("l'Otan (SHAPE), situé en Belgique", "a company based in
 * Texas"), a journey ("lors d'un déplacement au Luxembourg", "during a visit to Kyiv"), a way through ("transiter
 * par la Lituanie", "smuggled through Turkey"), a way towards ("le transit vers Kaliningrad"), or else the event.
 * Places are compared role with role: a seat in Sweden and a factory in Poland do not clash; two seats do.
 */
const PLACE_ROLES: readonly (readonly [string, RegExp])[] = [
  [
    'seat',
    /\b(?:situ(?:é|ée|és|ées)|bas(?:é|ée|és|ées)|install(?:é|ée|és|ées)|si[èe]geant|located|based|headquartered)\s+(?:à|a|au|aux|en|dans|in|at)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$/i,
  ],
  [
    'journey',
    /\b(?:d[ée]placement|visite|voyage|s[ée]jour|visit|trip|tour)(?:\s+officiel(?:le)?)?\s+(?:à|a|au|aux|en|dans|in|at|to|of)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$/i,
  ],
  ['through', /\b(?:via|par|through)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$/i],
  ['towards', /\b(?:vers|towards?)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?$/i],
];

function placeRole(s: JudgedSide, span: Span): string {
  const before = s.text.slice(Math.max(0, span[0] - 40), span[0]);
  return PLACE_ROLES.find(([, re]) => re.test(before))?.[0] ?? 'event';
}

export function placeReasons(a: JudgedSide, b: JudgedSide, p: number): Reason[] {
  if (p < STRONG) return [];
  // Each place with the role it plays, read once.
  const places = (s: JudgedSide) =>
    s.sentence.entities.filter((e) => e.kind === 'place').map((e) => ({ e, role: placeRole(s, e.span) }));
  const [la, lb] = [places(a), places(b)];
  const country = (k: string) => k.slice(0, 4);
  // A city in a country and the country itself are not different places.
  const within = (x: Set<string>, y: Set<string>) => [...x].some((k) => [...y].some((l) => country(k) === country(l)));
  for (const role of new Set(la.map((x) => x.role))) {
    const pa = la.filter((x) => x.role === role).map((x) => x.e);
    const pb = lb.filter((x) => x.role === role).map((x) => x.e);
    if (!pa.length || !pb.length) continue;
    const ka = keysOf(
      a,
      pa.flatMap((e) => e.keys),
    );
    const kb = keysOf(
      b,
      pb.flatMap((e) => e.keys),
    );
    if (meets(ka, kb) || within(ka, kb) || meets(ka, sentenceKeys(b)) || meets(kb, sentenceKeys(a))) continue;
    return [reason('place', a, b, pa[0]!.span, pb[0]!.span, 'places')];
  }
  return [];
}
