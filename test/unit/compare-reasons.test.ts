// Each reason kind on a small pair, in French, English and across them: the verdict and where the reason points.
// The sentences are the developers' own, on several subjects, and include the regressions reported against the
// first engine (a denial never linked, surface forms read as negations, figures that never clashed).
import { describe, expect, it } from 'vitest';
import { compareTexts, type Comparison, type Reason } from '../../shared/compare';

function only(c: Comparison): { verdict: string; reasons: readonly Reason[]; strength: string } {
  expect(c.links, JSON.stringify(c.links)).toHaveLength(1);
  return c.links[0]!;
}

function reasonOf(c: Comparison, kind: Reason['kind']): Reason {
  const r = only(c).reasons.find((x) => x.kind === kind);
  expect(r, `no ${kind} reason in ${JSON.stringify(only(c).reasons)}`).toBeDefined();
  return r!;
}

const kinds = (c: Comparison) => c.links.flatMap((l) => l.reasons.map((r) => r.kind));

describe('numbers', () => {
  it('a 12-hour truce against a 24-hour one, across languages, with units', () => {
    const c = compareTexts(
      'Le cessez-le-feu de 12 heures est entré en vigueur à Khartoum.',
      'The 24-hour ceasefire took effect in Khartoum.',
    );
    expect(only(c).verdict).toBe('conflict');
    const r = reasonOf(c, 'number');
    expect(r.left).toBe('12 heures');
    expect(r.right).toBe('24-hour');
    // Spans point into the texts as given.
    expect(c.left.claims[0]!.text.slice(r.leftSpan![0], r.leftSpan![1])).toBe('12 heures');
  });

  it('translated figures clash when they count the same thing: 82 soldats against 68 soldiers', () => {
    const c = compareTexts('82 soldats ont été tués dans l’attaque.', '68 soldiers were killed in the attack.');
    expect(reasonOf(c, 'number')).toMatchObject({ left: '82', right: '68' });
  });

  it('140 roubles against 120 roubles, and the same figure written two ways agrees', () => {
    const c = compareTexts(
      'A litre of fuel now costs 140 roubles in Moscow.',
      'A litre of fuel now costs 120 rubles in Moscow.',
    );
    expect(reasonOf(c, 'number').note).toMatch(/different figures/);
    const same = compareTexts(
      'More than 14,000 people have fled the city.',
      'Plus de 14 000 personnes ont fui la ville.',
    );
    expect(only(same).verdict).toBe('agree');
  });

  it('"not $46 million but $11 million" asserts 11, so it clashes with 46', () => {
    const c = compareTexts(
      'The club paid not $46 million but $11 million for the striker.',
      'The club paid $46 million for the striker.',
    );
    expect(reasonOf(c, 'number')).toMatchObject({ left: '$11 million', right: '$46 million' });
  });

  it('"more than 120" and "more than 20" retailers differ; "more than 100" and 120 do not', () => {
    const c = compareTexts(
      'The pills were sold by more than 120 other retailers.',
      'The pills were sold by more than 20 other retailers.',
    );
    expect(kinds(c)).toContain('number');
    const fine = compareTexts(
      'The pills were sold by more than 100 retailers.',
      'The pills were sold by 120 retailers.',
    );
    expect(kinds(fine)).not.toContain('number');
  });

  it('a rank is not a figure and not a negation: "the No. 1 spot"', () => {
    const c = compareTexts('The single reached the No. 1 spot in May.', 'The single reached the No. 1 spot in May.');
    expect(only(c)).toMatchObject({ verdict: 'agree', reasons: [] });
  });
});

describe('dates', () => {
  it('Thursday against Friday, and a weekday that contradicts a date', () => {
    const c = compareTexts(
      'The minister met the union leaders on Thursday.',
      'The minister met the union leaders on Friday.',
    );
    expect(reasonOf(c, 'date').left).toBe('Thursday');
    const w = compareTexts('The strike began in Lyon on 29 June 2018.', 'The strike began in Lyon on Thursday.');
    expect(reasonOf(w, 'date').note).toMatch(/Thursday does not fall on that date \(it was a Friday\)/);
  });

  it('reads numeric dates: 26/01/2015 against 27/01/2015', () => {
    const c = compareTexts(
      'The trial opened on 26/01/2015 in Brussels.',
      'The trial opened on 27/01/2015 in Brussels.',
    );
    expect(reasonOf(c, 'date').note).toMatch(/different dates/);
  });

  it('the same day of another year is another date: "31 juillet 2022" against "31 July 2023"', () => {
    const c = compareTexts(
      'Le gouvernement peut recourir au pass sanitaire jusqu’au 31 juillet 2022.',
      'The government may use the health pass until 31 July 2023.',
    );
    expect(reasonOf(c, 'date').note).toMatch(/different dates/);
    const same = compareTexts(
      'Le gouvernement peut recourir au pass sanitaire jusqu’au 31 juillet 2022.',
      'The government may use the health pass until 31 July 2022.',
    );
    expect(same.links.flatMap((l) => l.reasons).filter((r) => r.kind === 'date')).toEqual([]);
  });

  it('months across languages: "en août" against "in September"', () => {
    const c = compareTexts(
      'En août, la fondation a donné 1,5 million à la banque pour un programme de microcrédit.',
      'In September, the foundation gave 1.5 million to the bank for a microcredit programme.',
    );
    expect(reasonOf(c, 'date').note).toMatch(/different months/);
  });
});

describe('negation and denial', () => {
  it('will against will not, and a French negation against an English affirmation', () => {
    const c = compareTexts('The union will accept the new pay offer.', 'The union will not accept the new pay offer.');
    expect(reasonOf(c, 'negation').right).toBe('not');
    const fr = compareTexts(
      "Le syndicat n'a pas accepté la nouvelle offre salariale.",
      'The union accepted the new pay offer.',
    );
    expect(only(fr).verdict).toBe('conflict');
  });

  it('a denial is linked to what it denies, even at low word overlap', () => {
    const c = compareTexts(
      'Apple is planning to discontinue Beats Music.',
      "Apple won't shutter the streaming service.",
    );
    expect(only(c).strength).toBe('linked');
    expect(reasonOf(c, 'negation').right).toMatch(/n't/);
    const d = compareTexts('The doctor snapped a selfie with the patient.', 'The doctor has denied taking a selfie.');
    expect(reasonOf(d, 'negation').note).toMatch(/denies/);
  });

  it('opposite words: accepted against rejected, across languages', () => {
    const fr = compareTexts(
      'Les grévistes ont accepté la proposition du ministre.',
      'The strikers rejected the minister’s proposal.',
    );
    expect(only(fr).verdict).toBe('conflict');
  });

  it('two negative ways of saying one thing do not clash: "unable to drive" / "not permitted to drive"', () => {
    const c = compareTexts(
      'After the accident the driver was unable to drive for a year.',
      'After the accident the driver was not permitted to drive for a year.',
    );
    expect(kinds(c)).not.toContain('negation');
  });

  it('a withheld confirmation is a hedge, not a denial: "has not yet confirmed", "n’a pas encore confirmé"', () => {
    for (const [left, right, language] of [
      [
        'Iraqi officials said the commander was wounded in the air strike near the border.',
        'The Pentagon has not yet confirmed that the commander was wounded in the air strike near the border.',
        'en',
      ],
      [
        'Des responsables irakiens ont dit que le commandant avait été blessé près de la frontière.',
        'Le Pentagone n’a pas encore confirmé que le commandant avait été blessé près de la frontière.',
        'fr',
      ],
    ] as const) {
      const c = compareTexts(left, right, { leftLanguage: language, rightLanguage: language });
      expect(kinds(c)).not.toContain('negation');
      expect(reasonOf(c, 'hedge').right).toMatch(/confirm/);
    }
  });

  it('"not the only" adds, it does not deny: "Las Vegas isn’t the only city on the list"', () => {
    const c = compareTexts(
      'The league will add a team in Las Vegas, and Seattle is also on its expansion list.',
      'Las Vegas isn’t the only city on the league’s expansion list: Seattle is too.',
    );
    expect(kinds(c)).not.toContain('negation');
  });

  it('a question asserts nothing: "Is the singer dead?" does not contradict "the singer is alive"', () => {
    const c = compareTexts('Is the famous singer dead?', 'The famous singer is alive and well.');
    expect(kinds(c)).not.toContain('negation');
  });
});

describe('who', () => {
  it('attribution: the same statement credited to different named sources', () => {
    const c = compareTexts(
      'According to Reuters, the central bank raised its main rate to 4 percent on Tuesday.',
      'According to Bloomberg, the central bank raised its main rate to 4 percent on Tuesday.',
    );
    const r = reasonOf(c, 'attribution');
    expect(r.left).toContain('Reuters');
    expect(r.right).toContain('Bloomberg');
  });

  it('actor: who offered the truce, across languages, and a swap of roles', () => {
    const c = compareTexts(
      'Le centre russe a proposé une trêve aux groupes armés de Khartoum.',
      'The rebels proposed a truce to the Russian centre in Khartoum.',
    );
    expect(reasonOf(c, 'actor').right).toBe('rebels');
    expect(only(c).verdict).toBe('conflict');
  });

  it('nationality nouns are nationalities: "the Russians" against "the Americans"', () => {
    const c = compareTexts('The Russians shelled the town overnight.', 'The Americans shelled the town overnight.');
    expect(reasonOf(c, 'actor')).toMatchObject({ left: 'Russians', right: 'Americans' });
    const same = compareTexts('Russian troops shelled the town overnight.', 'The Russians shelled the town overnight.');
    expect(kinds(same)).not.toContain('actor');
  });

  it('no actor from a word that merely comes first ("once", a news outlet that reports it)', () => {
    const c = compareTexts(
      'Once the talks failed, the army launched the offensive.',
      'CNN reported that the army launched the offensive after the talks failed.',
    );
    expect(kinds(c)).not.toContain('actor');
  });

  it('place: the same event in two different countries', () => {
    const c = compareTexts(
      'The two leaders will meet in Finland next week to discuss the border.',
      'The two leaders will meet in Austria next week to discuss the border.',
    );
    expect(reasonOf(c, 'place')).toMatchObject({ left: 'Finland', right: 'Austria' });
  });
});

describe('framing', () => {
  it('hedge: stated as fact against "reportedly", and the French reportative conditional', () => {
    const c = compareTexts(
      'The company laid off 300 workers at its Detroit plant.',
      'The company reportedly laid off 300 workers at its Detroit plant.',
    );
    expect(only(c).verdict).toBe('framing');
    expect(reasonOf(c, 'hedge').right).toBe('reportedly');
    const fr = compareTexts(
      'Le ministre aurait proposé un nouveau calendrier aux syndicats.',
      'The minister proposed a new timetable to the unions.',
    );
    expect(reasonOf(fr, 'hedge').left).toBe('aurait proposé');
    expect(only(fr).verdict).toBe('framing');
  });

  it('"said" and "a dit" are neutral on both sides: no hedge between them', () => {
    const c = compareTexts(
      'Le ministre a dit que la réforme entrera en vigueur en janvier.',
      'The minister said the reform will take effect in January.',
    );
    expect(kinds(c)).not.toContain('hedge');
  });

  it('label: "terroristes" against "rebels" for the same fighters, and regime against government', () => {
    const c = compareTexts(
      'Les terroristes retranchés dans la vallée ont reçu une offre de cessez-le-feu.',
      'The rebels entrenched in the valley received a ceasefire offer.',
    );
    expect(only(c).verdict).toBe('framing');
    expect(reasonOf(c, 'label')).toMatchObject({ left: 'terroristes', right: 'rebels' });
    const d = compareTexts(
      'The regime launched an offensive on the city.',
      'The government launched an offensive on the city.',
    );
    expect(reasonOf(d, 'label')).toMatchObject({ left: 'regime', right: 'government' });
  });

  it('quote: the same quotation worded differently', () => {
    const c = compareTexts(
      '“We know nothing about these plans and can only be surprised,” the spokesman said.',
      '“We know nothing about these plans and we can only be surprised by them,” the spokesman said.',
    );
    expect(reasonOf(c, 'quote').note).toMatch(/worded differently/);
  });
});

describe('agreement, confidence and the document', () => {
  it('agree: the same fact, said the same way, with a confidence', () => {
    const c = compareTexts('The army is not taking part in the truce.', 'The army is not taking part in the truce.');
    expect(only(c)).toMatchObject({ verdict: 'agree', reasons: [], strength: 'linked' });
    expect(c.links[0]!.score).toBeGreaterThan(0.5);
  });

  it('names across spellings: Poutine/Putin, Daraa/Deraa are one name without any list', () => {
    const c = compareTexts('Poutine a reçu le dirigeant turc à Sotchi.', 'Putin received the Turkish leader in Sochi.');
    expect(c.links).toHaveLength(1);
    const d = compareTexts('Shelling hit Daraa overnight.', 'Shelling hit Deraa overnight.');
    expect(only(d).verdict).toBe('agree');
  });

  it('Paris against Berlin: two known cities are different places', () => {
    const c = compareTexts(
      'The summit of the two ministers will take place in Paris on Monday.',
      'The summit of the two ministers will take place in Berlin on Monday.',
    );
    expect(reasonOf(c, 'place')).toMatchObject({ left: 'Paris', right: 'Berlin' });
  });

  it('a report that calls the other story false as a whole is named in the comparison', () => {
    const c = compareTexts(
      'The actor died on Sunday at his home in Malibu, his agent said.',
      'The story that the actor died on Sunday is a hoax: he is alive and well.',
    );
    expect(c.documentStance).toMatchObject({ side: 'right', cue: 'hoax' });
  });
});
