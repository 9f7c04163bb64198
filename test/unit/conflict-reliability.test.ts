// Beside a conflict the researcher reads how often conflicts found the same way were real, as measured for this
// engine version: the evidence a conflict rests on is its strongest reason; English pairs have their own figures
// (most conflicts found there were wrong, and the comparison says so), French and cross-language pairs theirs.
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../shared/compare';
import type { Reason } from '../../shared/compare/types';
import {
  conflictEvidence,
  conflictReliability,
  EVIDENCE,
  MEASURED,
  MIN_CHECKED,
} from '../../shared/compare/reliability';
import { ENGINE_VERSION } from '../../shared/compare/version';
import {
  comparisonCaution,
  conflictReliabilityText,
  mostlyWrong,
  reliabilityText,
} from '../../shared/presentation/reliability';
import { formatComparison } from '../../main/compare/format';

const r = (kind: Reason['kind'], code?: Reason['code']) => ({ kind, ...(code ? { code } : {}) });

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
        expect(real).toBeGreaterThanOrEqual(0);
        expect(real).toBeLessThanOrEqual(checked);
      }
  });

  it('are English for two English reports, French otherwise, and say when no figure crosses the languages', () => {
    const reasons = [r('negation', 'negates')];
    expect(conflictReliability(reasons, 'en', 'en')).toMatchObject({
      basis: 'en',
      across: false,
      evidence: 'negation',
    });
    expect(conflictReliability(reasons, 'fr', 'fr')).toMatchObject({ basis: 'fr', across: false });
    expect(conflictReliability(reasons, 'fr', 'en')).toMatchObject({ basis: 'fr', across: true });
    expect(conflictReliabilityText(reasons, 'fr', 'en', 'en')).toMatch(
      /nothing was measured across French and English/,
    );
  });
});

describe('what the researcher reads', () => {
  it('tells to read both sentences when most conflicts of the kind were wrong, and not when most were right', () => {
    const base = { evidence: 'negation', basis: 'en', across: false } as const;
    const wrong = reliabilityText({ ...base, real: 5, checked: 36 }, 'en');
    expect(wrong).toBe(
      'Measured on English report pairs nobody chose for their conflicts: 5 of the 36 conflicts found this way (a negation) were real. Most were not: read both sentences before relying on this one.',
    );
    const right = reliabilityText({ ...base, basis: 'fr', real: 147, checked: 187 }, 'fr');
    expect(right).toMatch(
      /^Mesuré sur des paires de phrases françaises .* : 147 des 187 contradictions trouvées ainsi \(une négation\) étaient réelles\.$/,
    );
    expect(right).not.toMatch(/lisez les deux phrases/);
    expect(reliabilityText({ ...base, real: 0, checked: MIN_CHECKED - 1 }, 'en')).toMatch(
      /^Too few conflicts found this way/,
    );
    expect(mostlyWrong({ real: 0, checked: MIN_CHECKED - 1 })).toBe(false);
  });

  it('beside a conflict the engine found between two English reports, and in the terminal report', () => {
    const c = compareTexts(
      'The minister said the army withdrew its troops from the northern border town on Monday.',
      'The minister said the army did not withdraw its troops from the northern border town on Monday.',
      { leftLanguage: 'en', rightLanguage: 'en' },
    );
    const conflict = c.links.find((l) => l.verdict === 'conflict')!;
    expect(conflict).toBeDefined();
    const [real, checked] = MEASURED.bases.en.negation;
    const text = conflictReliabilityText(conflict.reasons, 'en', 'en', 'en')!;
    expect(text).toContain(`: ${real} of the ${checked} conflicts found this way (a negation) were real.`);
    const caution = comparisonCaution('en', 'en', 'en');
    const printed = formatComparison(c, 'A', 'B', false);
    expect(printed).toContain(text);
    // Most English conflicts found were wrong (19 of 92 real for engine 2.4.0): the comparison says so first.
    expect(caution).toMatch(
      /^Conflicts to check: on English report pairs .*, only \d+ of the \d+ that Parallax found were real\.$/,
    );
    expect(printed).toContain(caution!);
  });

  it('no caution for French reports, where most conflicts found were real', () => {
    expect(comparisonCaution('fr', 'fr', 'fr')).toBeNull();
    expect(comparisonCaution('fr', 'en', 'en')).toBeNull();
  });
});
