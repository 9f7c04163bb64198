// Figures fixed in engine 2.6.1, on the developers' own sentences (two false conflicts of the English audit showed
// the defects): the digits of a numeric date are one date, not three figures, and letters written onto a figure
// ("128GB", "5mg") are its unit, so it is never compared with a plain count. Each test fails without its fix.
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
    const c = en(
      'The notice, dated 14/03/2021, says the bridge will reopen after repairs.',
      'The notice, dated 02/05/2021, says the bridge will reopen after repairs.',
    );
    // The two dates may differ; no figure does.
    expect(kinds(c)).not.toContain('number');
    expect(kinds(c)).toContain('date');
  });

  it('takes letters written onto a figure as its unit', () => {
    expect(figures('She bought a 256GB laptop for her studies.')).toEqual(['256 gb']);
    expect(figures('The pill holds 5mg of the drug.')).toEqual(['5 mg']);
    // A plural and an ordinal are not units.
    expect(figures('The band sold 40 albums in the 1990s.')).not.toContain('1990 s');
    expect(figures('He finished 3rd of 40 runners.')).toEqual(['40 -']);
    const c = en(
      'She bought a 256GB laptop for her studies at the university.',
      'She compared two laptops before buying one for her studies at the university.',
    );
    expect(c.links.some((l) => l.strength === 'linked')).toBe(true);
    expect(kinds(c)).not.toContain('number');
    // The same unit on both sides is still compared.
    expect(kinds(en('The drive holds 256GB of her photos.', 'The drive holds 512GB of her photos.'))).toContain(
      'number',
    );
  });
});
