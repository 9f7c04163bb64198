// Beside a conflict the researcher reads how often conflicts found the same way were real, as measured for this
// engine version: the evidence a conflict rests on is its strongest reason; English pairs have their own figures
// (most conflicts found there were wrong, and the comparison and the story say so first), French and
// cross-language pairs theirs; nothing is shown for a "possibly related" link, a comparison with a language
// Parallax has no word lists for, or one made by another engine version.
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../shared/compare';
import type { Reason } from '../../shared/compare/types';
import {
  conflictEvidence,
  conflictReliability,
  EVIDENCE,
  LISTED_STANCES,
  MEASURED,
  MIN_CHECKED,
} from '../../shared/compare/reliability';
import { ENGINE_VERSION } from '../../shared/compare/version';
import {
  comparisonCaution,
  languageCaution,
  linkReliabilityText,
  reliabilityText,
  stanceReliabilityText,
  storyCautions,
} from '../../shared/presentation/reliability';
import { formatComparison } from '../../main/compare/format';

const r = (kind: Reason['kind'], code?: Reason['code']) => ({ kind, ...(code ? { code } : {}) });
const conflict = (reasons: ReturnType<typeof r>[]) => ({ verdict: 'conflict', strength: 'linked' as const, reasons });
const judgedIn = (left: string, right: string, engineVersion = ENGINE_VERSION) => ({
  engineVersion,
  left: { language: left },
  right: { language: right },
});

describe('the evidence a conflict rests on', () => {
  it('is its strongest reason, by code, or by kind for a reason saved before codes', () => {
    expect(conflictEvidence([r('negation', 'negates'), r('negation', 'storyFalse')])).toBe('calledFalse');
    expect(conflictEvidence([r('negation', 'negates'), r('number', 'figures')])).toBe('figure');
    expect(conflictEvidence([r('actor', 'doers'), r('negation', 'denies')])).toBe('denial');
    expect(conflictEvidence([r('actor', 'doers'), r('hedge', 'hedge')])).toBe('who');
    expect(conflictEvidence([r('date')])).toBe('figure');
    expect(conflictEvidence([r('hedge', 'hedge'), r('label', 'labels')])).toBeNull();
  });
});

describe('the measured figures', () => {
  it('were measured for this engine version (after a change of results, run `npx tsx test/eval/reliability.ts --write`)', () => {
    expect(MEASURED.engineVersion).toBe(ENGINE_VERSION);
    for (const basis of ['en', 'fr'] as const)
      for (const e of EVIDENCE) {
        const [real, checked] = MEASURED.bases[basis][e];
        expect(real, `${basis} ${e}`).toBeLessThanOrEqual(checked);
      }
  });

  it('are English for two English reports, French for French or mixed ones, and none for any other language', () => {
    const link = conflict([r('negation', 'negates')]);
    expect(conflictReliability(link, ENGINE_VERSION, 'en', 'en')).toMatchObject({ basis: 'en', across: false });
    expect(conflictReliability(link, ENGINE_VERSION, 'fr', 'fr')).toMatchObject({ basis: 'fr', across: false });
    expect(conflictReliability(link, ENGINE_VERSION, 'fr', 'en')).toMatchObject({ basis: 'fr', across: true });
    expect(linkReliabilityText(link, judgedIn('fr', 'en'), 'en')).toMatch(
      /nothing was measured across French and English/,
    );
    // A language with no word lists, or a comparison made by another engine version: nothing was measured for it.
    expect(conflictReliability(link, ENGINE_VERSION, 'und', 'en')).toBeNull();
    expect(linkReliabilityText(link, judgedIn('de', 'de'), 'en')).toBeNull();
    expect(linkReliabilityText(link, judgedIn('en', 'en', '0.0.1'), 'en')).toBeNull();
    expect(languageCaution('0.0.1', 'en', 'en', 'en')).toBeNull();
  });

  it('are never shown for a "possibly related" link or a link that is no conflict', () => {
    const reasons = [r('negation', 'negates')];
    expect(
      linkReliabilityText({ verdict: 'conflict', strength: 'possible', reasons }, judgedIn('en', 'en'), 'en'),
    ).toBeNull();
    expect(
      linkReliabilityText({ verdict: 'framing', strength: 'linked', reasons }, judgedIn('en', 'en'), 'en'),
    ).toBeNull();
    expect(
      comparisonCaution(
        { ...judgedIn('en', 'en'), links: [{ verdict: 'conflict', strength: 'possible', reasons }] },
        'en',
      ),
    ).toBeNull();
  });
});

describe('what the researcher reads', () => {
  const base = { evidence: 'negation', basis: 'en', across: false } as const;

  it('tells to read both sentences when most conflicts of the kind were wrong, and not when most were right', () => {
    expect(reliabilityText({ ...base, real: 5, checked: 36 }, 'en')).toBe(
      'Measured on English report pairs nobody chose for their conflicts: 5 of the 36 conflicts found this way (a negation) were real. Most were not: read both sentences before relying on this one.',
    );
    expect(reliabilityText({ ...base, real: 0, checked: 6 }, 'en')).toMatch(/were real\. None were: read both/);
    const right = reliabilityText({ ...base, basis: 'fr', real: 147, checked: 187 }, 'fr');
    expect(right).toBe(
      'Mesuré sur des paires de phrases françaises tirées de vérifications de faits, pour moitié contradictoires (DACCORD)\u00a0: 147 des 187 contradictions trouvées ainsi (une négation) étaient réelles.',
    );
    expect(reliabilityText({ ...base, real: 0, checked: MIN_CHECKED - 1 }, 'en')).toMatch(
      /^Too few conflicts found this way/,
    );
    // After the researcher has looked at the link (edited it), the figure stays, the advice goes.
    const edited = linkReliabilityText(
      { ...conflict([r('negation', 'negates')]), edited: true },
      judgedIn('en', 'en'),
      'en',
    );
    expect(edited).toMatch(/^Measured on English report pairs/);
    expect(edited).not.toMatch(/read both sentences/);
  });

  it('beside a conflict the engine found between two English reports, and in the terminal report', () => {
    const c = compareTexts(
      'The minister said the army withdrew its troops from the northern border town on Monday.',
      'The minister said the army did not withdraw its troops from the northern border town on Monday.',
      { leftLanguage: 'en', rightLanguage: 'en' },
    );
    const link = c.links.find((l) => l.verdict === 'conflict')!;
    expect(link).toBeDefined();
    const [real, checked] = MEASURED.bases.en.negation;
    const text = linkReliabilityText(link, c, 'en')!;
    expect(text).toContain(`: ${real} of the ${checked} conflicts found this way (a negation) were real.`);
    const caution = comparisonCaution(c, 'en');
    // Most English conflicts found on the audit pairs were wrong: the comparison says so first.
    expect(caution).toMatch(
      /^Conflicts to check: on English report pairs .*, only \d+ of the \d+ that Parallax found were real\.$/,
    );
    const printed = formatComparison(c, 'A', 'B', false);
    expect(printed).toContain(text);
    expect(printed).toContain(caution!);
  });

  it('no caution for French reports, where most conflicts found were real', () => {
    expect(languageCaution(ENGINE_VERSION, 'fr', 'fr', 'fr')).toBeNull();
    expect(languageCaution(ENGINE_VERSION, 'fr', 'en', 'en')).toBeNull();
  });

  it("a story's caution comes from the languages of the pairs whose facts conflict, not from any two columns", () => {
    const conflictLink = (leftId: number, rightId: number) => ({
      leftId,
      rightId,
      ...conflict([r('number', 'figures')]),
    });
    const articles = [
      { id: 1, language: 'en' },
      { id: 2, language: 'en' },
      { id: 3, language: 'fr' },
    ];
    const view = (links: ReturnType<typeof conflictLink>[]) => ({
      engineVersion: ENGINE_VERSION,
      articles,
      facts: [{ links }],
    });
    expect(storyCautions(view([conflictLink(2, 3)]), 'en')).toEqual([]);
    expect(storyCautions(view([conflictLink(1, 2), conflictLink(2, 3)]), 'en')).toEqual([
      languageCaution(ENGINE_VERSION, 'en', 'en', 'en'),
    ]);
  });
});

describe('"Check a claim" says how often its lists were right', () => {
  const english = { engineVersion: ENGINE_VERSION, language: 'en' };

  it('has a measured figure for each list', () => {
    for (const x of LISTED_STANCES) {
      const [real, checked] = MEASURED.stances.en[x];
      expect(checked).toBeGreaterThanOrEqual(MIN_CHECKED);
      expect(real).toBeLessThanOrEqual(checked);
    }
  });

  it('for an English claim, in English and French, with advice where most listed reports did not take the stance', () => {
    const [real, checked] = MEASURED.stances.en.disagree;
    const text = stanceReliabilityText(english, 'disagree', 'en')!;
    expect(text).toContain(`${real} of the ${checked} reports Parallax put here did contradict it`);
    expect(text.includes('read the sentence before relying on this list')).toBe(real * 2 < checked);
    const fr = stanceReliabilityText(english, 'disagree', 'fr')!;
    expect(fr).toContain(`${real} des ${checked} textes que Parallax a rangés ici la contredisaient bien`);
    expect(fr).toContain('(FNC-1)\u00a0:');
  });

  it('nothing for a French claim or a check made by another engine version', () => {
    expect(stanceReliabilityText({ engineVersion: ENGINE_VERSION, language: 'fr' }, 'agree', 'en')).toBeNull();
    expect(stanceReliabilityText({ engineVersion: '0.0.1', language: 'en' }, 'agree', 'en')).toBeNull();
  });
});
