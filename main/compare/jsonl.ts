// `parallax compare --jsonl`: one process, one line in, one Comparison line out. A bad line gets an error line
// with its id, and the rest go on.
import readline from 'node:readline';
import { z } from 'zod';
import { compareTexts } from '../../shared/compare';

const Line = z.object({
  id: z.union([z.string(), z.number()]),
  left: z.string(),
  right: z.string(),
  leftLang: z.string().optional(),
  rightLang: z.string().optional(),
});

export async function compareJsonl(
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
      const parsed = Line.safeParse(JSON.parse(raw));
      if (!parsed.success) {
        id = (JSON.parse(raw) as { id?: unknown })?.id ?? null;
        throw new Error(
          `line ${lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`,
        );
      }
      id = parsed.data.id;
      const c = compareTexts(parsed.data.left, parsed.data.right, {
        ...(parsed.data.leftLang ? { leftLanguage: parsed.data.leftLang } : {}),
        ...(parsed.data.rightLang ? { rightLanguage: parsed.data.rightLang } : {}),
      });
      output.write(JSON.stringify({ id, ...c }) + '\n');
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
