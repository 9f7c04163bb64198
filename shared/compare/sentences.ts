// Splitting a text into claims: sentences, with a multi-sentence quotation split into its sentences that keep
// their speaker. Segments cover every non-blank character of the text, in order.

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  readonly speaker?: string;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen lt col sgt capt cmdr gov sen rep rev hon mme mlle mm me dr pr etc vs cf ex fig no nos art al approx av apr jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp'.split(
    ' ',
  ),
);

const MAX_SEGMENT = 600;

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot));
  if (!before) return false;
  const word = before[1]!;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "M. Poutine", "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "J.-C"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Sentence ends inside one paragraph, as offsets just after the sentence (closing quotes included). */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  // The next sentence starts with anything but a lower-case letter (scripts without case, like Arabic, count).
  const re = /[.!?…]+["»”’')\]]*(?=\s+["«“'([]?[^\p{Ll}\s])/gu;
  re.lastIndex = from;
  const slice = text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  return ends;
}

function splitLong(text: string, start: number, end: number, out: [number, number][]): void {
  while (end - start > MAX_SEGMENT) {
    const window = text.slice(start, start + MAX_SEGMENT);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(': '));
    if (cut < MAX_SEGMENT / 3) cut = window.lastIndexOf(', ');
    if (cut < MAX_SEGMENT / 3) cut = window.lastIndexOf(' ');
    if (cut <= 0) cut = MAX_SEGMENT - 1;
    out.push([start, start + cut + 1]);
    start += cut + 1;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end > start) out.push([start, end]);
}

interface Quote {
  readonly start: number;
  readonly end: number;
  readonly speaker?: string;
}

const ATTRIBUTION_AFTER =
  /^\s*[,.]?\s*(?:a|ont|avait|avaient)?(?:-t-(?:il|elle))?\s*(?:déclaré|ajouté|affirmé|dit|indiqué|expliqué|souligné|précisé|estimé|lancé|said|added|told\s+\S+|says|stated|explained|wrote|insisted)(?:-t-(?:il|elle))?[\s,.]*(?:(?:le|la|the)\s+)?((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})?/u;
const NAME_THEN_VERB_AFTER =
  /^\s*[,.]?\s*((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})\s+(?:said|says|added|told|stated|explained|wrote|insisted|a déclaré|a dit|a ajouté)\b/u;
const ATTRIBUTION_BEFORE =
  /((?:[\p{Lu}][\p{L}'’-]+)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3})\s+(?:said|says|told|claimed|added|stated|wrote|a déclaré|a dit|a affirmé|a ajouté|affirme|déclare|estime)\b[^«“"]*$/u;

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'il', 'elle', 'ils', 'elles', 'nous', 'je', 'on']);

function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const re = /«([^»]*)»|“([^”]*)”|"([^"\n]*)"/g;
  let lastSpeaker: string | undefined;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const tail = text.slice(end, end + 160);
    const after = ATTRIBUTION_AFTER.exec(tail) ?? NAME_THEN_VERB_AFTER.exec(tail);
    const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 300);
    const before = ATTRIBUTION_BEFORE.exec(text.slice(lineStart, start));
    let speaker = after?.[1] ?? before?.[1];
    if (speaker && PRONOUNS.has(speaker.toLowerCase())) speaker = undefined;
    if (!speaker && (after || before)) speaker = lastSpeaker;
    if (speaker) lastSpeaker = speaker;
    quotes.push(speaker ? { start, end, speaker } : { start, end });
  }
  return quotes;
}

export function splitClaims(text: string): Segment[] {
  const ranges: [number, number][] = [];
  const paragraph = /[^\n]+/g;
  for (const p of text.matchAll(paragraph)) {
    const pStart = p.index ?? 0;
    const pEnd = pStart + p[0].length;
    let start = pStart;
    for (const end of [...sentenceEnds(text, pStart, pEnd), pEnd]) {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) splitLong(text, s, e, ranges);
      start = end;
    }
  }
  const quotes = findQuotes(text);
  return ranges.map(([start, end]) => {
    const q = quotes.find((quote) => start < quote.end && end > quote.start);
    if (!q) return { start, end, quoted: false };
    return q.speaker ? { start, end, quoted: true, speaker: q.speaker } : { start, end, quoted: true };
  });
}
