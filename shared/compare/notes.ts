// What a reason says, in each language the interface speaks. The judge gives every reason a code and the words it
// points at; the note is written from them, in English for the engine's own output (`Reason.note`, the command
// line, CSV) and in the reader's language on screen and in exported reports (`reasonNote`). A placeholder is a
// name in braces; a parameter that names a side, a weekday, how a report hedges or what a label names is a word of
// the table below, not of the article, so it is translated too.

type Lang = 'en' | 'fr';

const NOTES = {
  figures: {
    en: 'different figures for the same thing: "{left}" against "{right}"',
    fr: 'chiffres différents pour la même chose : « {left} » contre « {right} »',
  },
  ages: {
    en: 'different ages for {name}: {left} against {right}',
    fr: 'âges différents pour {name} : {left} contre {right}',
  },
  weekdayOfDate: {
    en: '{weekday} does not fall on that date (it was a {actual})',
    fr: 'cette date ne tombe pas un {weekday} (c’était un {actual})',
  },
  months: { en: 'different months for the same event', fr: 'mois différents pour le même événement' },
  deadlines: {
    en: 'different dates for the same deadline ("until …")',
    fr: 'dates différentes pour la même échéance (« jusqu’au … »)',
  },
  dates: { en: 'different dates for the same event', fr: 'dates différentes pour le même événement' },
  weekdays: {
    en: 'different days of the week for the same event',
    fr: 'jours de la semaine différents pour le même événement',
  },
  negates: {
    en: 'the {side} report negates ("{cue}") what the other states',
    fr: 'le texte de {side} dit le contraire (« {cue} ») de ce que l’autre affirme',
  },
  denies: {
    en: 'the {side} report denies ("{cue}") what the other states',
    fr: 'le texte de {side} dément (« {cue} ») ce que l’autre affirme',
  },
  eachDenies: {
    en: 'each report denies what the other states ("{left}" / "{right}")',
    fr: 'chaque texte nie ce que l’autre affirme (« {left} » / « {right} »)',
  },
  opposite: { en: 'opposite words for the same fact', fr: 'mots contraires pour le même fait' },
  storyFalse: {
    en: 'the {side} report calls this story false ("{cue}")',
    fr: 'le texte de {side} dit que ce récit est faux (« {cue} »)',
  },
  storyRetold: {
    en: 'the {side} report retells this ("{cue}") as part of a story it calls false',
    fr: 'le texte de {side} rapporte ceci (« {cue} ») comme une partie d’un récit qu’il dit faux',
  },
  sources: {
    en: 'the same statement is credited to different sources',
    fr: 'la même déclaration est attribuée à des sources différentes',
  },
  speakers: {
    en: 'the same quotation is credited to different speakers',
    fr: 'la même citation est attribuée à des personnes différentes',
  },
  doers: {
    en: 'different actors for "{action}" / "{otherAction}": "{left}" against "{right}"',
    fr: 'acteurs différents pour « {action} » / « {otherAction} » : « {left} » contre « {right} »',
  },
  person: {
    en: 'a different person named: "{left}" against "{right}"',
    fr: 'une autre personne est nommée : « {left} » contre « {right} »',
  },
  places: {
    en: 'the same event is placed in different places',
    fr: 'le même événement est situé en des lieux différents',
  },
  hedge: { en: '{how} on the {side}, {other}', fr: '{how} dans le texte de {side}, {other}' },
  labels: {
    en: '"{left}" / "{right}" name the same {referent} differently',
    fr: '« {left} » / « {right} » désignent différemment {referent}',
  },
  quoteWording: { en: 'the same quotation is worded differently', fr: 'la même citation est formulée différemment' },
} as const satisfies Record<string, Record<Lang, string>>;

export type NoteCode = keyof typeof NOTES;
export const NOTE_CODES = Object.keys(NOTES) as NoteCode[];

/** Words a parameter may take that are the engine's, not the article's, in each language. */
const WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  left: { en: 'left', fr: 'gauche' },
  right: { en: 'right', fr: 'droite' },
  fact: { en: 'stated as fact on the other side', fr: 'présenté comme un fait dans l’autre' },
  less: { en: 'less distanced on the other side', fr: 'avec moins de distance dans l’autre' },
  'how:conditional': {
    en: 'in the reportative conditional ("{cue}"): reported, not vouched for',
    fr: 'au conditionnel journalistique (« {cue} ») : rapporté, non garanti',
  },
  'how:hedged': { en: 'hedged ("{cue}")', fr: 'présenté avec réserve (« {cue} »)' },
  'how:distancing': { en: 'attributed at a distance ("{cue}")', fr: 'rapporté avec prise de distance (« {cue} »)' },
  'weekday:1': { en: 'Monday', fr: 'lundi' },
  'weekday:2': { en: 'Tuesday', fr: 'mardi' },
  'weekday:3': { en: 'Wednesday', fr: 'mercredi' },
  'weekday:4': { en: 'Thursday', fr: 'jeudi' },
  'weekday:5': { en: 'Friday', fr: 'vendredi' },
  'weekday:6': { en: 'Saturday', fr: 'samedi' },
  'weekday:7': { en: 'Sunday', fr: 'dimanche' },
  'referent:armed-opposition': { en: 'armed opposition', fr: 'l’opposition armée' },
  'referent:government': { en: 'government', fr: 'le pouvoir' },
  'referent:migrants': { en: 'migrants', fr: 'les migrants' },
  'referent:unrest': { en: 'unrest', fr: 'les troubles' },
  'referent:military-action': { en: 'military action', fr: 'l’action militaire' },
  'referent:territory': { en: 'territory', fr: 'le territoire' },
  'referent:thing': { en: 'thing', fr: 'la même chose' },
};

/** Parameters whose value is a word of the table (a side, a weekday…), looked up under this prefix. */
const TRANSLATED: Readonly<Record<string, string>> = {
  side: '',
  other: '',
  how: 'how:',
  weekday: 'weekday:',
  actual: 'weekday:',
  referent: 'referent:',
};

function fill(template: string, params: Readonly<Record<string, string>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const prefix = TRANSLATED[name];
    if (prefix === undefined) return value;
    const word = WORDS[prefix + value]?.[lang];
    // A translated word may itself hold a placeholder ("hedged ("{cue}")").
    return word === undefined ? value : fill(word, params, lang);
  });
}

/** French typography: a non-breaking space inside « » and before a colon or a semicolon. */
const frenchSpaces = (t: string) =>
  t
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ ([:;!?])/g, '\u00a0$1');

/** The note of a reason of this code, in this language. */
export function formatNote(code: NoteCode, params: Readonly<Record<string, string>>, lang: Lang = 'en'): string {
  const text = fill(NOTES[code][lang], params, lang);
  return lang === 'fr' ? frenchSpaces(text) : text;
}

/** The note fields of a reason: its English note, and the code and words it is written from. */
export function noted(
  code: NoteCode,
  params: Readonly<Record<string, string>> = {},
): { note: string; code: NoteCode; params: Readonly<Record<string, string>> } {
  return { note: formatNote(code, params), code, params };
}

/**
 * A reason's note in the reader's language: written from its code when it has one (every reason of the engine
 * does), its stored note otherwise (a reason saved before notes had codes).
 */
export function reasonNote(
  r: { readonly note: string; readonly code?: NoteCode; readonly params?: Readonly<Record<string, string>> },
  lang: Lang,
): string {
  return r.code && Object.hasOwn(NOTES, r.code) ? formatNote(r.code, r.params ?? {}, lang) : r.note;
}
