// Each reason kind on a small pair, in French, English and across them: the verdict and where the reason points.
import { describe, expect, it } from 'vitest';
import { compareTexts, type Comparison, type Reason } from '../../shared/compare';

function only(c: Comparison): { verdict: string; reasons: readonly Reason[] } {
  expect(c.links).toHaveLength(1);
  return c.links[0]!;
}

function reasonOf(c: Comparison, kind: Reason['kind']): Reason {
  const r = only(c).reasons.find((x) => x.kind === kind);
  expect(r, `no ${kind} reason in ${JSON.stringify(only(c).reasons)}`).toBeDefined();
  return r!;
}

describe('reasons', () => {
  it('number: a 12-hour truce against a 24-hour one, across languages, with units', () => {
    const c = compareTexts(
      'Le cessez-le-feu de 12 heures est entré en vigueur à Deraa.',
      'The 24-hour ceasefire took effect in Daraa.',
    );
    expect(only(c).verdict).toBe('conflict');
    const r = reasonOf(c, 'number');
    expect(r.left).toBe('12 heures');
    expect(r.right).toBe('24-hour');
    // Spans point into the texts as given.
    expect(c.left.claims[0]!.text.slice(r.leftSpan![0], r.leftSpan![1])).toBe('12 heures');
  });

  it('number: 14,000 against forty thousand displaced people, and agreement when figures match', () => {
    const c = compareTexts(
      'More than 14,000 civilians have fled Daraa.',
      'More than forty thousand civilians have fled Daraa.',
    );
    expect(reasonOf(c, 'number').note).toMatch(/people/);
    const same = compareTexts('More than 14,000 civilians have fled Daraa.', 'Plus de 14 000 civils ont fui Deraa.');
    expect(only(same).verdict).toBe('agree');
  });

  it('date: Thursday against Friday, and a weekday that contradicts a date', () => {
    const c = compareTexts(
      'Trump met King Abdullah on Thursday in Washington.',
      'Trump met King Abdullah on Friday in Washington.',
    );
    expect(reasonOf(c, 'date').left).toBe('Thursday');
    const d = compareTexts(
      'The truce began on Friday 29 June 2018 in Daraa.',
      'The truce began on Thursday 29 June 2018 in Daraa.',
    );
    expect(only(d).verdict).toBe('conflict');
    const w = compareTexts('The truce began in Daraa on 29 June 2018.', 'The truce began in Daraa on Thursday.');
    expect(reasonOf(w, 'date').note).toMatch(/Thursday does not fall on that date \(it was a Friday\)/);
  });

  it('negation: will against will not, and agreed against refused', () => {
    const c = compareTexts(
      'The rebels will hand over their heavy weapons.',
      'The rebels will not hand over their heavy weapons.',
    );
    expect(reasonOf(c, 'negation').right).toBe('not');
    const d = compareTexts(
      'The rebels agreed to the Russian ceasefire offer.',
      'The rebels refused the Russian ceasefire offer.',
    );
    expect(only(d).verdict).toBe('conflict');
    expect(reasonOf(d, 'negation').note).toBe('opposite words');
    const fr = compareTexts(
      'Les rebelles ont accepté le cessez-le-feu russe.',
      'The rebels rejected the Russian ceasefire.',
    );
    expect(reasonOf(fr, 'negation').note).toBe('opposite words');
  });

  it('attribution: the same statement credited to different sources', () => {
    const c = compareTexts(
      'According to Al-Masdar, the rebels proposed the truce in Daraa.',
      'According to CNN, the rebels proposed the truce in Daraa.',
    );
    const r = reasonOf(c, 'attribution');
    expect(r.left).toContain('Al-Masdar');
    expect(r.right).toContain('CNN');
  });

  it('actor: who proposed the truce', () => {
    const c = compareTexts(
      'Le centre russe a proposé une trêve aux groupes armés de Deraa.',
      'The rebels proposed a truce to the Russian centre in Daraa.',
    );
    const r = reasonOf(c, 'actor');
    expect(r.left).toMatch(/centre russe/i);
    expect(r.right).toBe('rebels');
    expect(only(c).verdict).toBe('conflict');
  });

  it('place: the same event in two different places', () => {
    const c = compareTexts(
      'Those who refuse will be taken north to Idlib by bus.',
      'Those who refuse will be taken north to Aleppo by bus.',
    );
    expect(reasonOf(c, 'place')).toMatchObject({ left: 'Idlib', right: 'Aleppo' });
  });

  it('hedge: stated as fact against "reportedly", and the French reportative conditional', () => {
    const c = compareTexts(
      'Russia offered the rebels a ceasefire in Daraa.',
      'Russia reportedly offered the rebels a ceasefire in Daraa.',
    );
    expect(only(c).verdict).toBe('framing');
    expect(reasonOf(c, 'hedge').right).toBe('reportedly');
    const fr = compareTexts(
      'Le centre russe aurait proposé un cessez-le-feu aux rebelles de Deraa.',
      'The Russian centre proposed a ceasefire to the rebels in Daraa.',
    );
    expect(reasonOf(fr, 'hedge').left).toBe('aurait proposé');
    expect(only(fr).verdict).toBe('framing');
  });

  it('label: "terroristes" against "rebels" for the same fighters, and regime against government', () => {
    const c = compareTexts(
      'Les terroristes retranchés à Deraa ont reçu une offre de cessez-le-feu.',
      'The rebels entrenched in Daraa received a ceasefire offer.',
    );
    expect(only(c).verdict).toBe('framing');
    expect(reasonOf(c, 'label')).toMatchObject({ left: 'terroristes', right: 'rebels' });
    const d = compareTexts(
      'The regime launched an offensive on Daraa.',
      'The government launched an offensive on Daraa.',
    );
    expect(reasonOf(d, 'label')).toMatchObject({ left: 'regime', right: 'government' });
  });

  it('quote: the same quotation worded differently', () => {
    const c = compareTexts(
      '“We know nothing and can only be surprised,” Peskov said.',
      '“We know nothing and we can only be surprised by this,” Peskov said.',
    );
    expect(reasonOf(c, 'quote').note).toMatch(/worded differently/);
  });

  it('agree: the same fact, said the same way', () => {
    const c = compareTexts(
      'The Syrian army is not taking part in the truce.',
      'The Syrian army is not taking part in the truce.',
    );
    expect(only(c)).toMatchObject({ verdict: 'agree', reasons: [] });
  });
});
