// The engine's invariants and edge cases: coverage, one place per claim, determinism, odd inputs.
import { describe, expect, it } from 'vitest';
import { compareTexts, MAX_TEXT_CHARS, TextTooLargeError, type Comparison } from '../../shared/compare';
import { SAMPLE_ARTICLES } from '../../main/library/sample-library';

function checkInvariants(c: Comparison, leftText: string, rightText: string): void {
  for (const [side, text] of [
    [c.left, leftText],
    [c.right, rightText],
  ] as const) {
    let covered = '';
    let pos = 0;
    for (const claim of side.claims) {
      expect(claim.start).toBeGreaterThanOrEqual(pos);
      expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      expect(text.slice(pos, claim.start).trim()).toBe(''); // nothing but blanks between claims
      covered += claim.text;
      pos = claim.end;
    }
    expect(text.slice(pos).trim()).toBe('');
    expect(covered.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  }
  const placed = [...c.links.flatMap((l) => [...l.left, ...l.right]), ...c.onlyLeft, ...c.onlyRight];
  const all = [...c.left.claims, ...c.right.claims].map((x) => x.id);
  expect([...placed].sort()).toEqual([...all].sort());
  for (const l of c.links) {
    expect(l.score).toBeGreaterThanOrEqual(0);
    expect(l.score).toBeLessThanOrEqual(1);
  }
}

const [frenchReport, voa, cnn] = SAMPLE_ARTICLES.map((a) => a.text) as [string, string, string];

describe('engine invariants', () => {
  it('covers both sample texts with claims, and places every claim exactly once', () => {
    for (const [a, b] of [
      [frenchReport, voa],
      [frenchReport, cnn],
      [voa, cnn],
    ] as const) {
      checkInvariants(compareTexts(a, b), a, b);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareTexts(frenchReport, cnn))).toBe(JSON.stringify(compareTexts(frenchReport, cnn)));
  });

  it('detects the languages of the samples and finds French-English links', () => {
    const c = compareTexts(frenchReport, cnn);
    expect(c.left.language).toBe('fr');
    expect(c.right.language).toBe('en');
    expect(c.links.length).toBeGreaterThan(0);
    expect(c.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('edge cases', () => {
  it('empty texts give no claims and no links', () => {
    const c = compareTexts('', '   \n ');
    expect(c.left.claims).toEqual([]);
    expect(c.right.claims).toEqual([]);
    expect(c.links).toEqual([]);
    expect(c.counts).toEqual({ agree: 0, conflict: 0, framing: 0, possible: 0, onlyLeft: 0, onlyRight: 0 });
    expect(c.documentStance).toBeNull();
  });

  it('one sentence against an unrelated one: each only on its side', () => {
    const c = compareTexts('The weather in Oslo was mild.', 'Le prix du pétrole a baissé hier.');
    expect(c.onlyLeft).toEqual(['L1']);
    expect(c.onlyRight).toEqual(['R1']);
  });

  it('identical texts agree everywhere', () => {
    const c = compareTexts(voa, voa);
    expect(c.onlyLeft).toEqual([]);
    expect(c.onlyRight).toEqual([]);
    expect(c.links.every((l) => l.verdict === 'agree' && l.strength === 'linked' && l.score > 0.5)).toBe(true);
    expect(c.counts.agree).toBe(c.left.claims.length);
  });

  it('a text without punctuation is still split into readable claims and compared', () => {
    const text = voa.replace(/[.,;:!?“”"’']/g, '').replace(/\n/g, ' ');
    const c = compareTexts(text, voa);
    checkInvariants(c, text, voa);
    expect(c.left.claims.every((x) => x.text.length <= 600)).toBe(true);
    expect(c.links.length).toBeGreaterThan(0);
  });

  it('a very long sentence is cut into claims of at most 600 characters', () => {
    const long =
      Array.from({ length: 80 }, (_, i) => `the convoy number ${i} moved north towards Idlib`).join(', ') + '.';
    const c = compareTexts(long, 'The convoy number 3 moved north towards Idlib.');
    checkInvariants(c, long, 'The convoy number 3 moved north towards Idlib.');
    expect(c.left.claims.length).toBeGreaterThan(3);
  });

  it('abbreviations do not end sentences: "M. Poutine", "U.S.", "Mr."', () => {
    const c = compareTexts(
      'M. Poutine a rencontré M. Trump à Helsinki. Le sommet a duré deux heures.',
      'Mr. Putin met U.S. President Trump in Helsinki. The summit lasted two hours.',
    );
    expect(c.left.claims.map((x) => x.text)).toEqual([
      'M. Poutine a rencontré M. Trump à Helsinki.',
      'Le sommet a duré deux heures.',
    ]);
    expect(c.right.claims.map((x) => x.text)).toEqual([
      'Mr. Putin met U.S. President Trump in Helsinki.',
      'The summit lasted two hours.',
    ]);
    expect(c.links).toHaveLength(2);
  });

  it('splits a multi-sentence quotation in « » into sentences that keep the speaker', () => {
    const text =
      '« Nous ne savons rien. Nous ne pouvons qu’être surpris », a déclaré Peskov. Le sommet aura lieu le 16 juillet.';
    const c = compareTexts(text, '“We know nothing,” Peskov said.');
    expect(c.left.claims.slice(0, 2).map((x) => [x.quoted, x.speaker])).toEqual([
      [true, 'Peskov'],
      [true, 'Peskov'],
    ]);
    expect(c.left.claims[2]!.quoted).toBeUndefined();
    expect(c.right.claims[0]).toMatchObject({ quoted: true, speaker: 'Peskov' });
  });

  it('Arabic (right-to-left) text does not crash and falls back to "und"', () => {
    const arabic = 'فر آلاف المدنيين من درعا. وقالت الأمم المتحدة إن 325000 شخص نزحوا.';
    const c = compareTexts(arabic, 'Thousands of civilians fled Daraa. The UN said 325,000 people were displaced.');
    expect(c.left.language).toBe('und');
    checkInvariants(c, arabic, 'Thousands of civilians fled Daraa. The UN said 325,000 people were displaced.');
    expect(compareTexts(arabic, arabic).counts.agree).toBe(2);
  });

  it('a text in a third language is said to be so, and its names and figures are still compared', () => {
    const german = 'In Berlin demonstrierten am Samstag 20000 Menschen gegen die Reform.';
    const c = compareTexts(german, 'In Berlin, 20,000 people demonstrated against the reform on Saturday.');
    expect(c.left.language).toBe('und');
    expect(c.notes.join(' ')).toMatch(/left text is in a language Parallax has no word lists for/);
    expect(c.links).toHaveLength(1);
  });

  it('texts of only numbers, only quotation marks or one word give a result, not a crash', () => {
    for (const [a, b] of [
      ['12 13 14 15', '12 13 14 16'],
      ['“ ” « » "" ‘’', '« »'],
      ['Hello', 'Bonjour'],
      ['...', '?!'],
    ] as const) {
      const c = compareTexts(a, b);
      checkInvariants(c, a, b);
    }
  });

  it('refuses a text over the size limit with a message saying what to do', () => {
    const huge = 'a '.repeat(MAX_TEXT_CHARS / 2 + 1);
    expect(() => compareTexts(huge, 'x')).toThrow(TextTooLargeError);
    expect(() => compareTexts('x', huge)).toThrow(/right text has .* Split it and compare the parts/);
  });

  it('an explicit language wins over detection, and an unknown code becomes "und"', () => {
    const c = compareTexts('Le cessez-le-feu a commencé.', 'The ceasefire began.', {
      leftLanguage: 'fr-FR',
      rightLanguage: 'xx',
    });
    expect(c.left.language).toBe('fr');
    expect(c.right.language).toBe('und');
  });

  it('gives each link a word diff, segmented per language, that rebuilds both claims', () => {
    const c = compareTexts('The truce lasts 12 hours in Daraa.', 'The truce lasts 24 hours in Daraa.');
    const diff = c.links[0]!.diff;
    expect(
      diff
        .filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('The truce lasts 12 hours in Daraa.');
    expect(
      diff
        .filter((p) => p.op !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('The truce lasts 24 hours in Daraa.');
    expect(diff.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['12']);
    expect(diff.filter((p) => p.op === 'added').map((p) => p.text.trim())).toEqual(['24']);
  });
});
