// Batch work over JSON Lines: one object in, one object out, in order, in one process. A bad line gets an error
// line with its id (when it has one) and the rest go on; the exit code says whether any line failed.
import readline from 'node:readline';
import type { z } from 'zod';

export async function mapJsonLines<S extends z.ZodType<{ id: string | number }>>(
  schema: S,
  handle: (line: z.infer<S>) => object,
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
      const json = JSON.parse(raw) as { id?: unknown } | null;
      id = json?.id ?? null;
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        throw new Error(
          `line ${lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`,
        );
      }
      output.write(JSON.stringify({ id: parsed.data.id, ...handle(parsed.data) }) + '\n');
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
