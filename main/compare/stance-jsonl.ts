// `parallax stance --jsonl`: lines {"id","claim","report"} in, {"id","stance","score"} out, in one process.
import readline from 'node:readline';
import { z } from 'zod';
import { stance } from '../../shared/stance';

const Line = z.object({ id: z.union([z.string(), z.number()]), claim: z.string(), report: z.string() });

export async function stanceJsonl(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let failures = 0;
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    if (!raw.trim()) continue;
    let id: unknown = null;
    try {
      const json = JSON.parse(raw) as { id?: unknown };
      id = json?.id ?? null;
      const parsed = Line.safeParse(json);
      if (!parsed.success) {
        throw new Error(
          `line ${lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`,
        );
      }
      const r = stance(parsed.data.claim, parsed.data.report);
      output.write(JSON.stringify({ id: parsed.data.id, stance: r.stance, score: r.score }) + '\n');
    } catch (err) {
      failures++;
      const message =
        err instanceof SyntaxError
          ? `line ${lineNo}: not valid JSON`
          : err instanceof Error
            ? err.message
            : String(err);
      output.write(JSON.stringify({ id, error: message }) + '\n');
    }
  }
  return failures ? 1 : 0;
}
