// Word-level diff of two aligned claims: words segmented by Intl.Segmenter for each claim's language,
// compared with jsdiff's diffArrays. Only ever run on two claims, never on two whole texts.
import { diffArrays } from 'diff';
import type { DiffPart } from './types';

const segmenters = new Map<string, Intl.Segmenter>();

export function segmentWords(text: string, language: string): string[] {
  const locale = language === 'und' ? 'en' : language;
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  // Whitespace rides with the word before it: half as many tokens for the diff, and a word's spacing never
  // shows up as a change of its own.
  const out: string[] = [];
  for (const s of seg.segment(text)) {
    if (out.length && /^\s+$/.test(s.segment)) out[out.length - 1] += s.segment;
    else out.push(s.segment);
  }
  return out;
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
