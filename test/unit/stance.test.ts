// The stance of a report towards a claim, checking a claim across a real library, and `parallax stance`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../../main/library/articles';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { decideStance, stance, STANCE_PARAMETERS, type StanceSignals } from '../../shared/stance';
import { directApi, tempDir, tempLibrary } from '../helpers/library';

const CLAIM = 'Russia offered a ceasefire to the rebels in Daraa';

describe('stance', () => {
  it('finds the sentence that restates the claim, and calls a report that states it as fact an agreement', () => {
    const r = stance(
      CLAIM,
      'The weather was hot. The Russian centre offered the rebels in Daraa a ceasefire on Friday, officials confirmed.',
    );
    expect(r.stance).toBe('agree');
    expect(r.evidence[0]!.claim.text).toBe(
      'The Russian centre offered the rebels in Daraa a ceasefire on Friday, officials confirmed.',
    );
    expect(r.relatedness).toBeGreaterThan(STANCE_PARAMETERS.related);
  });

  it('calls an explicit denial a disagreement, with the negation as its reason', () => {
    const r = stance(
      CLAIM,
      'Officials denied that Russia offered a ceasefire to the rebels in Daraa. The story is false, a spokesman said.',
    );
    expect(r.stance).toBe('disagree');
    expect(r.evidence[0]!.reasons.map((x) => x.kind)).toContain('negation');
  });

  it('calls a hedged report a discussion, and a report about something else unrelated', () => {
    expect(
      stance(
        CLAIM,
        'Russia reportedly offered a ceasefire to rebels in Daraa, according to unconfirmed reports. It is not clear whether the claim is true.',
      ).stance,
    ).toBe('discuss');
    const other = stance(CLAIM, 'The price of bread rose in London on Tuesday.');
    expect(other).toMatchObject({ stance: 'unrelated', relatedness: 0 });
  });

  it('works across languages through the bilingual lexicon and names', () => {
    const r = stance(CLAIM, 'La Russie a proposé un cessez-le-feu aux rebelles de Deraa vendredi.');
    expect(r.stance).not.toBe('unrelated');
  });

  it('decides related against unrelated by coverage or by the closest sentence', () => {
    const base: StanceSignals = {
      relatedness: 0.1,
      top: 0.1,
      refuteNear: 0,
      refuteAll: 0,
      hedge: 0,
      confirm: 0,
      conflict: false,
      sentences: 5,
      meanTop: 0.1,
      hedgeNear: 0,
      claimHedge: 0,
      claimRefute: 0,
      prefixCoverage: 0,
      linkProbability: 0,
      claimCover: 0,
      judgedAgree: false,
      disputes: false,
      bestHedged: false,
    };
    expect(decideStance(base)).toBe('unrelated');
    expect(decideStance({ ...base, top: 0.5 })).not.toBe('unrelated');
    expect(decideStance({ ...base, relatedness: 0.9, top: 0.6, conflict: true, refuteNear: 1 })).not.toBe('agree');
    // The judge decides support: a sure link with nothing against the claim supports it, and nothing else does.
    expect(decideStance({ ...base, relatedness: 0.9, top: 0.8, linkProbability: 0.95, judgedAgree: true })).toBe(
      'agree',
    );
    const unlinked = { ...base, relatedness: 0.9, top: 0.8, meanTop: 0.7, confirm: 3, linkProbability: 0.2 };
    expect(decideStance(unlinked)).not.toBe('agree');
  });
});

describe('checking a claim across the library', () => {
  it('groups the sample reports by stance, with evidence that points into each text', async () => {
    const lib = tempLibrary();
    try {
      seedSampleLibraryOnce(lib.ctx.db);
      insertArticle(lib.ctx.db, { title: 'Bread', text: 'The price of bread rose in London on Tuesday.' });
      const api = directApi(lib.ctx);
      const result = await api.checkClaim({ claim: 'Fighters who refuse the deal will be taken north to Idlib' });
      expect(result.candidates).toBeLessThan(6); // the bread report shares no word: never read closely
      expect(result.hits.length).toBeGreaterThanOrEqual(2);
      for (const hit of result.hits) {
        const text = (await api.getArticle({ id: hit.article.id })).text;
        for (const e of hit.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }
      expect(result.hits.map((h) => h.article.outlet)).toEqual(
        expect.arrayContaining(['Al-Masdar News', 'The New Arab']),
      );
      await expect(api.checkClaim({ claim: ' ' })).rejects.toMatchObject({ code: 'invalid_input' });
    } finally {
      lib.close();
    }
  });
});

describe('parallax stance', () => {
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['main/bin/parallax.cjs', ...args], { encoding: 'utf8', input });

  it('--jsonl answers one line per line in, with an error line for a bad one', () => {
    const run = cli(
      ['stance', '--jsonl'],
      [
        JSON.stringify({
          id: 'a',
          claim: CLAIM,
          report: 'The Russian centre offered the rebels in Daraa a ceasefire, officials confirmed.',
        }),
        JSON.stringify({ id: 'b', claim: CLAIM, report: 'The price of bread rose in London.' }),
        JSON.stringify({ id: 'c', claim: CLAIM }),
      ].join('\n'),
    );
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0]).toMatchObject({ id: 'a', stance: 'agree' });
    expect(out[1]).toMatchObject({ id: 'b', stance: 'unrelated' });
    expect(Object.keys(out[0])).toEqual(['id', 'stance', 'score']);
    expect(out[2]).toMatchObject({ id: 'c', error: expect.stringMatching(/report/) });
    expect(run.status).toBe(1);
  });

  it('checks the library with --json', () => {
    const dir = tempDir();
    try {
      const db = path.join(dir, 'lib.sqlite');
      fs.writeFileSync(
        path.join(dir, 'convoys.txt'),
        'Fighters who refused the deal were moved north to Idlib on buses, the army said.',
      );
      fs.writeFileSync(path.join(dir, 'bread.txt'), 'The price of bread rose in London on Tuesday.');
      expect(cli(['import', '--db', db, dir]).status).toBe(0);
      const run = cli(['stance', 'Fighters who refuse will be moved to Idlib', '--db', db, '--json']);
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(run.stdout);
      expect(result.hits.map((h: { article: { title: string } }) => h.article.title)).toEqual(['convoys']);
      expect(result.unrelated).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
