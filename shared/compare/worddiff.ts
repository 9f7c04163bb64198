// Word-level diff of two aligned claims: words segmented by Intl.Segmenter for each claim's language,
// compared with jsdiff's diffArrays. Only ever run on two claims, never on two whole texts.
import { diffArrays } from 'diff';
import type { DiffPart } from './types';

const segmenters = new Map<string, Intl.Segmenter>();

// Word-break classes (Unicode UAX #29) of the characters news text is mostly made of; any other character sends
// the text to Intl.Segmenter. Same segments, without one object per segment (test/unit/worddiff.test.ts checks
// both ways agree).
const OTHER = 0;
const LETTER = 1;
const NUMERIC = 2;
const MID_LETTER = 3; // : ·
const MID_NUM_LET = 4; // . ' ‘ ’
const MID_NUM = 5; // , ;
const EXTEND_NUM_LET = 6; // _ and the narrow no-break space
const SPACE = 7;
const CR = 8;
const LF = 9;
const NEWLINE = 10;
const UNKNOWN = -1;

function wordBreakClass(c: number): number {
  if (c < 128) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LETTER;
    if (c >= 48 && c <= 57) return NUMERIC;
    if (c === 32) return SPACE;
    if (c === 46 || c === 39) return MID_NUM_LET;
    if (c === 58) return MID_LETTER;
    if (c === 44 || c === 59) return MID_NUM;
    if (c === 95) return EXTEND_NUM_LET;
    if (c === 13) return CR;
    if (c === 10) return LF;
    if (c === 11 || c === 12) return NEWLINE;
    return c >= 32 || c === 9 ? OTHER : UNKNOWN;
  }
  if (c >= 0xc0 && c <= 0x17f) return c === 0xd7 || c === 0xf7 ? OTHER : LETTER;
  switch (c) {
    case 0xaa:
    case 0xb5:
    case 0xba:
      return LETTER;
    case 0xb7:
      return MID_LETTER;
    case 0x2018:
    case 0x2019:
      return MID_NUM_LET;
    case 0x202f:
      return EXTEND_NUM_LET;
    case 0xa0:
    case 0xab:
    case 0xbb:
    case 0x2013:
    case 0x2014:
    case 0x201c:
    case 0x201d:
    case 0x2026:
      return OTHER;
    default:
      return UNKNOWN;
  }
}

const isMid = (c: number, forNumbers: boolean) => c === MID_NUM_LET || (forNumbers ? c === MID_NUM : c === MID_LETTER);

/** Whether UAX #29 keeps characters i-1 and i together (no Extend, Format or ZWJ in the text). */
function joined(cls: Int8Array, i: number): boolean {
  const a = cls[i - 1]!;
  const b = cls[i]!;
  if (a === CR && b === LF) return true;
  if (a === CR || a === LF || a === NEWLINE || b === CR || b === LF || b === NEWLINE) return false;
  if (a === SPACE && b === SPACE) return true;
  if ((a === LETTER || a === NUMERIC) && (b === LETTER || b === NUMERIC)) return true;
  if (a === LETTER && cls[i + 1] === LETTER && isMid(b, false)) return true;
  if (b === LETTER && cls[i - 2] === LETTER && isMid(a, false)) return true;
  if (a === NUMERIC && cls[i + 1] === NUMERIC && isMid(b, true)) return true;
  if (b === NUMERIC && cls[i - 2] === NUMERIC && isMid(a, true)) return true;
  if (b === EXTEND_NUM_LET && (a === LETTER || a === NUMERIC || a === EXTEND_NUM_LET)) return true;
  return a === EXTEND_NUM_LET && (b === LETTER || b === NUMERIC);
}

/** The segments of a text made only of the characters above, or null. */
function segmentKnown(text: string): string[] | null {
  const cls = new Int8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = wordBreakClass(text.charCodeAt(i));
    if (c === UNKNOWN) return null;
    cls[i] = c;
  }
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && joined(cls, i)) continue;
    out.push(text.slice(start, i));
    start = i;
  }
  return out;
}

export function segmentWords(text: string, language: string): string[] {
  const known = segmentKnown(text);
  if (known) return mergeSpaces(known);
  const locale = language === 'und' ? 'en' : language;
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  // Whitespace rides with the word before it: half as many tokens for the diff, and a word's spacing never
  // shows up as a change of its own.
  return mergeSpaces(Array.from(seg.segment(text), (s) => s.segment));
}

function mergeSpaces(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of segments) {
    if (out.length && /^\s+$/.test(s)) out[out.length - 1] += s;
    else out.push(s);
  }
  return out;
}

/** Intl.Segmenter's segments, whitespace merged as segmentWords does (the reference the fast path is held to). */
export function segmentWordsIntl(text: string, language: string): string[] {
  const locale = language === 'und' ? 'en' : language;
  return mergeSpaces(Array.from(new Intl.Segmenter(locale, { granularity: 'word' }).segment(text), (s) => s.segment));
}

export function wordDiff(left: string, right: string, leftLang: string, rightLang: string): DiffPart[] {
  const a = segmentWords(left, leftLang);
  const b = segmentWords(right, rightLang);
  // Compare words without their trailing spaces, so "12 " and "12" at the end of a claim still match; the
  // parts are rebuilt from the original segments, spaces included.
  const ta = a.map((x) => x.trimEnd());
  const tb = b.map((x) => x.trimEnd());
  // Past this many edits two claims share too little for a word diff to help a reader (and Myers' diff
  // grows with edits times length): they are shown as one removal and one addition.
  const maxEditLength = Math.max(12, Math.ceil((a.length + b.length) * 0.4));
  const changes = diffArrays(ta, tb, { maxEditLength });
  if (!changes) {
    return [
      ...(left ? [{ op: 'removed' as const, text: left }] : []),
      ...(right ? [{ op: 'added' as const, text: right }] : []),
    ];
  }
  const parts: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'equal';
    const n = change.value.length;
    if (op === 'added') {
      push(parts, 'added', b.slice(ib, (ib += n)).join(''));
    } else if (op === 'removed') {
      push(parts, 'removed', a.slice(ia, (ia += n)).join(''));
    } else {
      const ea = a.slice(ia, (ia += n)).join('');
      const eb = b.slice(ib, (ib += n)).join('');
      // Equal words may differ in the spaces after them: keep both texts exact.
      let k = 0;
      while (k < ea.length && k < eb.length && ea[k] === eb[k]) k++;
      const core = ea.slice(0, k);
      push(parts, 'equal', core);
      if (ea.length > core.length) push(parts, 'removed', ea.slice(core.length));
      if (eb.length > core.length) push(parts, 'added', eb.slice(core.length));
    }
  }
  return parts;
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (!text) return;
  const prev = parts[parts.length - 1];
  if (prev && prev.op === op) parts[parts.length - 1] = { op, text: prev.text + text };
  else parts.push({ op, text });
}
