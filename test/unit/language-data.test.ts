// The generated language data is what the packages give: rebuilt from them and compared with the committed files.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('generated language data', () => {
  it('matches what `npm run language-data` builds from WordNet, the gazetteers and the lexicon', () => {
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'main/tools/language-data/build.ts', '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  }, 60_000);
});
