// `parallax compare --jsonl`: lines {"id","left","right","leftLang"?,"rightLang"?} in, {"id", ...Comparison} out.
import { z } from 'zod';
import { compareTexts } from '../../shared/compare';
import { mapJsonLines } from './json-lines';

const Line = z.object({
  id: z.union([z.string(), z.number()]),
  left: z.string(),
  right: z.string(),
  leftLang: z.string().optional(),
  rightLang: z.string().optional(),
});

export function compareJsonl(): Promise<number> {
  return mapJsonLines(Line, ({ left, right, leftLang, rightLang }) =>
    compareTexts(left, right, {
      ...(leftLang ? { leftLanguage: leftLang } : {}),
      ...(rightLang ? { rightLanguage: rightLang } : {}),
    }),
  );
}
