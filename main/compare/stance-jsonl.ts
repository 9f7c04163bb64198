// `parallax stance --jsonl`: lines {"id","claim","report"} in, {"id","stance","score"} out.
import { z } from 'zod';
import { stance } from '../../shared/stance';
import { mapJsonLines } from './json-lines';

const Line = z.object({ id: z.union([z.string(), z.number()]), claim: z.string(), report: z.string() });

export function stanceJsonl(): Promise<number> {
  return mapJsonLines(Line, ({ claim, report }) => {
    const r = stance(claim, report);
    return { stance: r.stance, score: r.score };
  });
}
