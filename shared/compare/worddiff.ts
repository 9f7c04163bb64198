// Word-level diff of two aligned claims: words segmented by Intl.Segmenter for each claim's language,
// compared with jsdiff's diffArrays. Only ever run on two claims, never on two whole texts.
import { diffArrays } from 'diff';
import type { DiffPart } from './types';

const segmenters = new Map<string, Intl.Segmenter>();

export function segmentWords(text: string, language: string): string[] {
  const locale = language === 'und' ? 'en' : language;
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  return Array.from(seg.segment(text), (s) => s.segment);
}

export function wordDiff(left: string, right: string, leftLang: string, rightLang: string): DiffPart[] {
  const a = segmentWords(left, leftLang);
  const b = segmentWords(right, rightLang);
  const parts: DiffPart[] = [];
  for (const change of diffArrays(a, b)) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'equal';
    const text = change.value.join('');
    const prev = parts[parts.length - 1];
    if (prev && prev.op === op) parts[parts.length - 1] = { op, text: prev.text + text };
    else parts.push({ op, text });
  }
  return parts;
}
