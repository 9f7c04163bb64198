// The numbers the documentation states are the numbers the code uses (the request limit drifted once: 160 MiB in
// code, 16 MiB in docs/ARCHITECTURE.md).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../shared/api';
import { MAX_DOCUMENT_FILE_BYTES, MAX_TEXT_FILE_BYTES, PARSE_TIME_LIMIT_MS } from '../../main/ingest/limits';
import { MAX_BODY_BYTES } from '../../main/server/http';
import { ENGINE_HEAP_MB, ENGINE_TIME_LIMIT_MS } from '../../main/engine/engine';

const architecture = fs.readFileSync('docs/ARCHITECTURE.md', 'utf8').replace(/\s+/g, ' ');
const readme = fs.readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
const mb = (n: number) => n / 1024 / 1024;

describe('the documentation', () => {
  it('states the request size limit the server uses, which carries the largest document as base64', () => {
    expect(architecture).toContain(`413 body over ${mb(MAX_BODY_BYTES)} MiB`);
    expect(architecture).not.toMatch(/\b16 MiB\b/);
    expect(MAX_BODY_BYTES).toBeGreaterThan(Math.ceil(MAX_DOCUMENT_FILE_BYTES / 3) * 4 + 64 * 1024);
  });

  it('states the import limits the code uses', () => {
    for (const doc of [architecture, readme]) {
      expect(doc).toContain(`up to ${mb(MAX_TEXT_FILE_BYTES)} MB`);
      expect(doc).toContain(`${mb(MAX_DOCUMENT_FILE_BYTES)} MB`);
      expect(doc).toContain(MAX_ARTICLE_CHARS.toLocaleString('en'));
    }
    expect(readme).toContain(`time limit (${PARSE_TIME_LIMIT_MS / 1000} s)`);
  });

  it("states the engine worker's limits", () => {
    expect(architecture).toContain(`(${ENGINE_TIME_LIMIT_MS / 60_000} minutes, a ${ENGINE_HEAP_MB / 1024} GB heap)`);
  });

  it('names the flags the tools take', () => {
    const fnc1 = fs.readFileSync('test/eval/fnc1.ts', 'utf8');
    expect(fnc1).toContain("process.argv.includes('--fit')");
    expect(fnc1).not.toContain('--tune');
  });
});
