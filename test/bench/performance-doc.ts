// Benchmarks write their figures into docs/PERFORMANCE.md, each into its own section (between markers), so one
// benchmark run alone updates its own part and `npm run bench` all of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const DOC = path.join(import.meta.dirname, '../../docs/PERFORMANCE.md');

const HEADER = `# Performance

Measured by \`npm run bench\`, which rewrites this file; each figure stands beside the naive alternative measured in
the same run on the same machine. Medians over several runs unless a row says otherwise. No test asserts a time:
the test suite checks behaviour (the caches are invalidated correctly, the page stays responsive), and these
figures show the speed.

Sections: [engine](#engine), [library](#library), [command line](#command-line), [hostile files](#hostile-files).
`;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Median milliseconds of `runs` calls after `warm` unmeasured ones. */
export function timeMs(fn: () => unknown, runs: number, warm = 2): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export async function timeMsAsync(fn: () => Promise<unknown>, runs: number, warm = 1): Promise<number> {
  for (let i = 0; i < warm; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export const ms = (x: number) => (x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);

/** Replaces (or adds) the section `name` of docs/PERFORMANCE.md and prints it. */
export function writeSection(name: string, title: string, body: string): void {
  // The load average says how much else the machine was doing (a shared machine slows every figure alike).
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node.js ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0]!.toFixed(1)} when written`;
  const section = `<!-- bench:${name} -->\n## ${title}\n\n_${machine}._\n\n${body.trim()}\n<!-- /bench:${name} -->`;
  console.log(`\n${section}\n`);
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : `${HEADER}\n`;
  const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
  doc = pattern.test(doc) ? doc.replace(pattern, () => section) : `${doc.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(DOC, doc);
}
