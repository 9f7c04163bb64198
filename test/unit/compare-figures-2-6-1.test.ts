// Figures fixed in engine 2.6.1, on the developers' own sentences (two false conflicts of the English audit showed
// the defects, and a second reader the cases around them): the digits of a numeric date are one date, not three
// figures; units of measurement ("GB", "mg", "mph", "°C"), written onto the figure or apart, are units, so "128GB"
// is never compared with a plain count and "40mph" is compared with "60 mph". Each test fails without its fix.
import { describe, expect, it } from 'vitest';
import { analyseArticle, compareTexts } from '../../shared/compare';

const en = (a: string, b: string) => compareTexts(a, b, { leftLanguage: 'en', rightLanguage: 'en' });
const kinds = (c: ReturnType<typeof compareTexts>) => c.links.flatMap((l) => l.reasons.map((r) => r.kind));
const figures = (text: string) =>
  analyseArticle(text, { language: 'en' }).sentences[0]!.quantities.map((q) => `${q.value} ${q.unit ?? '-'}`);

describe('engine 2.6.1: figures', () => {
  it('reads a numeric date as a date, not as figures', () => {
    expect(figures('The notice, dated 14/03/2021, says the bridge will reopen.')).toEqual([]);
    expect(figures('The notice dated 14.03.2021 lists 12 repairs.')).toEqual(['12 -']);
    // Its year still links the sentence to others of that year, as a written date's does.
    const keys = (t: string) => Object.keys(analyseArticle(t, { language: 'en' }).sentences[0]!.keys);
    expect(keys('The notice is dated 14/03/2021.')).toContain('N:2021');
    expect(keys('The notice is dated 14 March 2021.')).toContain('N:2021');
    expect(keys('The notice is dated 2021-03-14.')).toContain('N:2021');
    // A range of decimals is not a date.
    expect(figures('Growth will be 3.5-4.5 percent this year.').map((f) => parseFloat(f))).toEqual([3.5, 4.5]);
    const c = en(
      'The notice, dated 14/03/2021, says the bridge will reopen after repairs.',
      'The notice, dated 02/05/2021, says the bridge will reopen after repairs.',
    );
    // The two dates may differ; no figure does.
    expect(kinds(c)).not.toContain('number');
    expect(kinds(c)).toContain('date');
  });

  it('reads a unit written onto its figure as the same unit written apart', () => {
    expect(figures('She bought a 256GB laptop for her studies.')).toEqual(['256 gb']);
    expect(figures('She bought a 256 GB laptop for her studies.')).toEqual(['256 gb']);
    expect(figures('The pill holds 5mg of the drug.')).toEqual(['5 mg']);
    expect(figures('Temperatures reached 45°C and 40C on Friday.')).toEqual(['45 c', '40 c']);
    expect(figures('The fund raised 500mn last year.')).toEqual(['500000000 -']);
    // A plural, an ordinal, a time zone are not units.
    expect(figures('The band sold 40 albums in the 1990s.')).not.toContain('1990 s');
    expect(figures('He finished 3rd of 40 runners.')).toEqual(['40 -']);
    expect(figures('Polls close at 1930BST tonight.')).toEqual([]);
    const c = en(
      'She bought a 256GB laptop for her studies at the university.',
      'She compared two laptops before buying one for her studies at the university.',
    );
    expect(c.links.some((l) => l.strength === 'linked')).toBe(true);
    expect(kinds(c)).not.toContain('number');
    // Written onto the figure or apart, the same unit is compared.
    expect(
      kinds(en('The storm brought winds of 40mph to the coast.', 'The storm brought winds of 60 mph to the coast.')),
    ).toContain('number');
    expect(kinds(en('Gusts of between 40 and 50mph hit the town.', 'Gusts of 70mph hit the town.'))).toContain(
      'number',
    );
    const fr = compareTexts(
      'Le nouveau téléphone offre 128Go de stockage, selon la marque.',
      'Le nouveau téléphone offre 256 Go de stockage, selon la marque.',
      { leftLanguage: 'fr', rightLanguage: 'fr' },
    );
    expect(kinds(fr)).toContain('number');
  });
});
