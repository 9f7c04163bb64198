// Names across spellings and languages, by rule rather than by list: a name's key undoes common transliteration
// and spelling variation (Poutine/Putin, Assad/Asad, Dar'a/Daraa), and two keys whose consonant skeletons agree
// and whose spellings are close are the same name (Daraa/Deraa, Alep/Aleppo). Countries, nationalities and
// cities come from a gazetteer generated from i18n-iso-countries, i18n-nationality and city-timezones.
import places from '../data/generated/places.json';
import { fold, PhraseIndex } from './phrases';

/** Particles inside names that do not identify anyone by themselves ("al-Assad", "von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'al el ad as ash at az bin ibn ben bint de da di du des del della von van der den ter la le st'.split(' '),
);

/** A name word's key: folded, no apostrophes or dots, doubled letters single, "ou" as "u", no final "e". */
export function nameKey(word: string): string {
  let k = fold(word).replace(/['’.]/g, '');
  k = k.replace(/ou/g, 'u').replace(/ph/g, 'f').replace(/ck/g, 'k');
  k = k.replace(/(.)\1+/g, '$1');
  if (k.length > 4) k = k.replace(/e$/, '');
  return k;
}

/** First letter, then consonants only (h, w, y count as vowels): "dara" and "dera" both give "dr". */
export function skeleton(key: string): string {
  return key[0]! + key.slice(1).replace(/[aeiouhwy]/g, '');
}

/** Jaro-Winkler similarity of two short strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!ma[i]) continue;
    while (!mb[j]) j++;
    if (a[i] !== b[j]) t++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Two name keys are one name spelled two ways. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  // "Conner" / "Conners": a final s is a common variant of a surname.
  if (a === `${b}s` || b === `${a}s`) return true;
  return skeleton(a) === skeleton(b) && jaroWinkler(a, b) >= 0.8;
}

export interface Place {
  readonly key: string;
  /** A city or province counts as a place only after "in", "à", "near"…: "Reading" and "Orange" are also names. */
  readonly kind: 'country' | 'city' | 'nationality';
  /** Country names and cities must be capitalised to count; French nationality adjectives are not. */
  readonly capitalised: boolean;
}

interface RawPlaces {
  readonly countries: Readonly<Record<string, { en: string[]; fr: string[]; adjectives: string[] }>>;
  readonly cities: readonly (readonly [string, string])[];
  readonly provinces: readonly (readonly [string, string])[];
}

let gazetteer: PhraseIndex<Place> | undefined;

/** Countries (every English and French name), nationality adjectives, major cities and provinces. */
export function placeIndex(): PhraseIndex<Place> {
  if (gazetteer) return gazetteer;
  const raw = places as unknown as RawPlaces;
  const index = new PhraseIndex<Place>();
  const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-');
  // Countries first: where a country and a city share a name, the country wins.
  for (const [code, c] of Object.entries(raw.countries)) {
    for (const name of [...c.en, ...c.fr]) index.add(name, { key: `P:${code}`, kind: 'country', capitalised: true });
    for (const adjective of c.adjectives) {
      const capitalised = /^\p{Lu}/u.test(adjective);
      index.add(adjective, { key: `P:${code}`, kind: 'nationality', capitalised });
      // English nationality nouns are the adjectives with an s ("the Russians", "Syrians"); not "Chinese", "French".
      if (capitalised && !/(s|sh|ch|ese|x|z)$/i.test(adjective))
        index.add(`${adjective}s`, { key: `P:${code}`, kind: 'nationality', capitalised });
    }
  }
  for (const [name, country] of [...raw.cities, ...raw.provinces]) {
    index.add(name, { key: `P:${country}:${slug(name)}`, kind: 'city', capitalised: true });
  }
  return (gazetteer = index);
}
