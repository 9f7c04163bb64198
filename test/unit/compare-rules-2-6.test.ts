// Rules added in engine 2.6.0, on the developers' own sentences, from the French dev sentence pairs (DACCORD dev) and
// general French and English grammar: a cause ("car", "parce que", "because") ends what a negation negates; "non"
// between a noun and its adjective is part of a word, as "non-" is; "pas uniquement", "not merely", "not solely" deny
// nothing; "entre le 1er et 5 mars" is a span of days; a French negation in a restrictive relative clause ("les
// travailleurs qui ne font pas…") asserts nothing; "pas" without "ne" after a comma or a conjunction negates; a word
// or two in quotation marks stays in a negation's reach; a subject pronoun is the doer ("la société qu'il a créée");
// a place that locates something else (a seat, a journey, a route) is not where the event happened. Each test fails
// without its rule.
import { describe, expect, it } from 'vitest';
import { analyseArticle, compareTexts } from '../../shared/compare';

const fr = (a: string, b: string) => compareTexts(a, b, { leftLanguage: 'fr', rightLanguage: 'fr' });
const en = (a: string, b: string) => compareTexts(a, b, { leftLanguage: 'en', rightLanguage: 'en' });
const conflict = (c: ReturnType<typeof compareTexts>) => c.links.some((l) => l.verdict === 'conflict');
const linked = (c: ReturnType<typeof compareTexts>) => c.links.some((l) => l.strength === 'linked');

/** The negations of the first sentence as "cue: first words of its scope". */
const negations = (text: string, language: 'fr' | 'en' = 'fr') =>
  analyseArticle(text, { language })
    .sentences[0]!.negations.filter((n) => !n.subordinate)
    .map((n) => `${n.cue}: ${n.scope.map((k) => k[0]).join(' ')}`);

describe('engine 2.6.0: what a negation negates', () => {
  it('a cause opens a clause of its own', () => {
    expect(negations('Les colis ne sont plus livrés car la route du col est coupée.')).toEqual([
      'ne sont plus: fr:livr',
    ]);
    expect(negations('The parcels were not delivered because the mountain road was closed.', 'en')).toEqual([
      'not: en:deliv',
    ]);
    const c = fr(
      'Les colis ne sont plus livrés car la route du col est coupée par la neige.',
      'La route du col est coupée par la neige depuis mardi, selon la préfecture.',
    );
    expect(linked(c)).toBe(true);
    expect(conflict(c)).toBe(false);
  });

  it('"non" between a noun and its adjective is part of the word, as "non-" is; after a participle it negates', () => {
    expect(negations('Le taux est plus élevé chez les patients non vaccinés que chez les autres.')).toEqual([]);
    expect(negations('Le taux est plus élevé chez les patients non-vaccinés que chez les autres.')).toEqual([]);
    expect(negations('Les trois décès ont été jugés non liés au traitement.')).toEqual(['non: fr:li fr:trait']);
    expect(negations('Il a choisi le train et non pas la voiture.')).toEqual(['non: fr:voitur']);
    const c = fr(
      'Le taux de guérison est plus élevé chez les patients vaccinés que chez les patients non vaccinés.',
      'Le taux de guérison est moins élevé chez les patients non-vaccinés que chez les patients vaccinés.',
    );
    expect(conflict(c)).toBe(false);
  });

  it('"pas uniquement", "not merely", "not solely" deny nothing', () => {
    expect(negations("Le prix n'est pas uniquement fixé par le marché de gros.")).toEqual([]);
    expect(negations('The price is not merely set by the wholesale market.', 'en')).toEqual([]);
    expect(negations('The price is not solely set by the wholesale market.', 'en')).toEqual([]);
    // A plain negation still negates.
    expect(negations("Le prix n'est pas fixé par le marché de gros.")).toHaveLength(1);
  });

  it('a French negation in a restrictive relative clause asserts nothing; after a comma it states a fact', () => {
    const restrictive = analyseArticle('La règle vaut pour tous les salariés qui ne font pas partie du litige.', {
      language: 'fr',
    }).sentences[0]!.negations;
    expect(restrictive.map((n) => n.subordinate)).toEqual([true]);
    const apposed = analyseArticle('La règle vaut pour le salarié, qui ne fait pas partie du litige.', {
      language: 'fr',
    }).sentences[0]!.negations;
    expect(apposed.map((n) => !!n.subordinate)).toEqual([false]);
    const c = fr(
      'La règle reste en vigueur pour les salariés car le jugement ne vise que les plaignants du litige.',
      'La règle reste en vigueur pour tous les salariés qui ne font pas partie des plaignants du litige.',
    );
    expect(conflict(c)).toBe(false);
  });

  it('"pas" without "ne" after a comma or a conjunction negates what follows', () => {
    expect(negations('La panne vient du câble, pas du logiciel.')).toEqual(['pas: fr:logiciel']);
    expect(negations('Les grévistes protestaient contre leurs horaires et pas contre la réforme.')).toEqual([
      'pas: fr:contr fr:reform',
    ]);
    // "pas" after "ne" is counted once, at "ne".
    expect(negations('Elle ne viendra pas, dit-il.')).toEqual(['ne viendra pas: fr:ven']);
    const c = fr(
      'Les grévistes ont manifesté contre la réforme des retraites devant la mairie.',
      'Les grévistes protestaient contre leurs horaires et pas contre la réforme des retraites.',
    );
    expect(conflict(c)).toBe(true);
  });

  it('a word or two in quotation marks stays in the reach of a negation', () => {
    expect(negations("Le virus n'est ni nouveau ni une « fusion » de deux souches.")).toEqual([
      "n'est ni: fr:nouveau fr:fusion fr:deux",
    ]);
    // A longer quotation is a clause of its own.
    expect(negations("Il n'a pas dit « nous partirons demain matin sans attendre les autres ».")).toEqual([
      "n'a pas: fr:dir",
      'sans: fr:attendr',
    ]);
  });
});

describe('engine 2.6.0: dates, doers and places', () => {
  it('"entre le 1er et 5 mars" is a span of days that holds the 3rd', () => {
    const d = analyseArticle('Entre le 1er et 5 mars 2022, des centaines de migrants sont arrivés à Melilla.', {
      language: 'fr',
    }).sentences[0]!.dates;
    expect(d.map((x) => !!x.range)).toEqual([true]);
    const e = analyseArticle('From 1 to 5 March 2022, hundreds of migrants reached Melilla.', { language: 'en' })
      .sentences[0]!.dates;
    expect(e.every((x) => x.range)).toBe(true);
    const c = fr(
      'Entre le 1er et 5 mars 2022, des centaines de migrants sont arrivés à Melilla.',
      'Le 3 mars 2022, une nouvelle arrivée de centaines de migrants a eu lieu à Melilla.',
    );
    expect(linked(c)).toBe(true);
    expect(c.links.some((l) => l.reasons.some((r) => r.kind === 'date'))).toBe(false);
  });

  it('a subject pronoun is the doer: the noun before it is what was done', () => {
    const doers = (text: string, language: 'fr' | 'en') => {
      const s = analyseArticle(text, { language }).sentences[0]!;
      return s.actions.filter((a) => !a.party).map((a) => `${text.slice(...a.span)} <- ${text.slice(...a.actorSpan)}`);
    };
    expect(doers("Il dirige l'entreprise Norbel Industrie qu'il a créée il y a dix ans.", 'fr')).toEqual([]);
    expect(doers('She runs the Norbel Foundation that she founded in 2004.', 'en')).toEqual([]);
    // Without a pronoun the noun before the verb still is the doer.
    expect(doers('Les rebelles ont attaqué le convoi.', 'fr')).toEqual(['attaqué <- rebelles']);
  });

  it('a seat, a journey or a route is not where the event happened', () => {
    const place = (c: ReturnType<typeof compareTexts>) =>
      c.links.some((l) => l.reasons.some((r) => r.kind === 'place'));
    expect(
      place(
        en(
          'The Hallberg Group, based in Sweden, denied on Monday that its factory had been closed.',
          'The Hallberg Group denied on Monday that its factory in Poland had been closed.',
        ),
      ),
    ).toBe(false);
    expect(
      place(
        fr(
          'Le ministre a rappelé lors d’un déplacement au Luxembourg que les biens sanctionnés ne transiteront plus.',
          'Les biens sanctionnés ne transiteront plus par la Lituanie, a rappelé le ministre.',
        ),
      ),
    ).toBe(false);
    // The place of the event still counts.
    expect(
      place(
        en(
          'The Hallberg Group closed its factory in Sweden on Monday, the company said.',
          'The Hallberg Group closed its factory in Poland on Monday, the company said.',
        ),
      ),
    ).toBe(true);
  });
});

describe('engine 2.6.0: a name after "à" is a place', () => {
  it('two near-copies that differ by a name after "à" name no different person', () => {
    // A station or a street named after someone: "à Jean Moulin", not the person Jean Moulin.
    const c = fr(
      'La première pilote de chasse, Natacha Perrin, est arrivée à Jean Moulin hier.',
      'La première pilote de chasse, Natacha Perrin, est arrivée à Louis Blanc hier.',
    );
    expect(linked(c)).toBe(true);
    expect(c.links.some((l) => l.reasons.some((r) => r.kind === 'actor'))).toBe(false);
  });
});

describe('engine 2.6.0: a debunk that retells the story it calls false', () => {
  const hoax =
    'The singer Tom Vellard has died at the age of 58. Officers entered his house through an open back door and found a body in the hall, a police spokesman said.';
  const debunk = (retold: string) =>
    `Tom Vellard fans were shocked this week by a report of his death. The report is a hoax. ${retold}`;
  const retoldLink = (c: ReturnType<typeof compareTexts>) =>
    c.links.find((l) => l.reasons.some((r) => r.code === 'storyRetold'));

  it('reads "According to the story", "the article claimed", "selon la rumeur" as a retelling', () => {
    const retelling = (text: string, language: 'en' | 'fr' = 'en') => {
      const s = analyseArticle(text, { language }).sentences[0]!;
      return s.retelling ? text.slice(...s.retelling) : null;
    };
    expect(retelling('According to the story, NASA confirmed six days of darkness.')).toBe('According to the story');
    expect(retelling('According to a fake quote, officers found a body.')).toBe('According to a fake quote');
    expect(retelling('The article claimed the school banned the word.')).toBe('The article claimed');
    expect(retelling('Selon la rumeur, le chanteur serait mort.', 'fr')).toBe('Selon la rumeur');
    // Credited to a person, or pointing back with "it": no retelling.
    expect(retelling('According to the police, officers found a body.')).toBeNull();
    expect(retelling('It said officers found a body.')).toBeNull();
  });

  it('a retelling in a report that calls the story false conflicts with the story, not agrees', () => {
    const c = en(
      hoax,
      debunk(
        'According to a fake quote from a police spokesman, officers entered his house through an open back door and found a body in the hall.',
      ),
    );
    expect(c.documentStance?.side).toBe('right');
    const link = retoldLink(c);
    expect(link?.verdict).toBe('conflict');
    expect(link?.reasons.find((r) => r.code === 'storyRetold')?.right).toBe('According to a fake quote');
  });

  it('no conflict without the dispute, nor when the other report denies it too', () => {
    const plain = en(
      hoax,
      'Tom Vellard fans were shocked this week. According to the story, officers entered his house through an open back door and found a body in the hall.',
    );
    expect(plain.documentStance).toBeNull();
    expect(retoldLink(plain)).toBeUndefined();
    const denied = en(
      'The singer Tom Vellard has died at the age of 58. Officers did not enter his house through an open back door and found no body in the hall.',
      debunk(
        'According to the story, officers entered his house through an open back door and found a body in the hall.',
      ),
    );
    expect(retoldLink(denied)).toBeUndefined();
  });
});

describe('engine 2.6.0: English statements that assert nothing', () => {
  it('"cannot independently verify" withholds, as "could not independently verify" did', () => {
    const s = analyseArticle('The agency cannot independently verify the recording.', { language: 'en' }).sentences[0]!;
    expect(s.negations).toEqual([]);
    expect(s.hedges.map((h) => h.cue)).toEqual(['cannot independently verify']);
    const c = en(
      'The agency cannot independently verify the recording of the shots.',
      'The agency says the recording of the shots is authentic.',
    );
    expect(conflict(c)).toBe(false);
  });

  it('an imperative\'s "do not" gives an instruction, it states no fact', () => {
    expect(negations('Just do not use the app to call yourself a doctor, the post says.', 'en')).toEqual([]);
    expect(negations("Don't travel to the coast this weekend.", 'en')).toEqual([]);
    expect(negations('They do not know the driver.', 'en')).toEqual(['not: en:know en:driver']);
    const c = en(
      'Just do not use the app to book a taxi after midnight, the post says.',
      'The post says many people use the app to book a taxi after midnight.',
    );
    expect(conflict(c)).toBe(false);
  });
});

describe('engine 2.6.0: what the second reader found', () => {
  const verdicts = (c: ReturnType<typeof compareTexts>) => c.links.map((l) => l.verdict);

  it('"car" ends a negation only as the French conjunction', () => {
    expect(
      conflict(
        en(
          'The thieves broke into the house on Monday night but did not take the car, police said.',
          'The thieves broke into the house on Monday night and took the car, police said.',
        ),
      ),
    ).toBe(true);
    expect(negations("Lundi, il n'y avait pas de car pour conduire les élèves au collège.")).toEqual([
      "n'y avait pas: fr:car fr:conduir fr:elev",
    ]);
  });

  it('"ou pas" negates nothing, nor does "pas moins de" before a figure', () => {
    expect(negations("Qu'il pleuve ou pas, le match aura lieu samedi au stade.")).toEqual([]);
    expect(negations('Au total, pas moins de 300 personnes ont été arrêtées samedi.')).toEqual([]);
    expect(
      verdicts(
        fr(
          "Qu'il pleuve ou pas, le match de rugby aura lieu samedi au stade de Brest.",
          'Le match de rugby aura lieu samedi au stade de Brest, selon les organisateurs.',
        ),
      ),
    ).toEqual(['agree']);
  });

  it('"non" after a verb negates ("reconnu non coupable"); after a noun it is part of a word', () => {
    expect(
      conflict(
        fr(
          "L'ancien maire a été reconnu non coupable de corruption par le tribunal jeudi.",
          "L'ancien maire a été reconnu coupable de corruption par le tribunal jeudi.",
        ),
      ),
    ).toBe(true);
    expect(negations('Des zones rurales non desservies attendent le réseau.')).toEqual([]);
  });

  it('a cleft sentence or a name before "qui ne" states a fact', () => {
    const subordinate = (text: string) =>
      analyseArticle(text, { language: 'fr' }).sentences[0]!.negations.map((n) => !!n.subordinate);
    expect(subordinate("C'est la Russie qui n'a pas respecté le cessez-le-feu dimanche.")).toEqual([false]);
    expect(subordinate("Le président Macron qui ne s'est pas rendu au sommet a envoyé un ministre.")).toEqual([false]);
    expect(subordinate('Les salariés qui ne font pas partie du litige restent soumis à la règle.')).toEqual([true]);
  });

  it('places are compared role with role: two seats, two routes or two visits still clash; "une base" is no seat', () => {
    const place = (c: ReturnType<typeof compareTexts>) =>
      c.links.some((l) => l.reasons.some((r) => r.kind === 'place'));
    expect(
      place(
        en(
          'The Hallberg Group, based in Sweden, closed its factory on Monday.',
          'The Hallberg Group, based in Norway, closed its factory on Monday.',
        ),
      ),
    ).toBe(true);
    expect(
      place(
        en(
          'The weapons were smuggled through Turkey last month, officials said.',
          'The weapons were smuggled through Jordan last month, officials said.',
        ),
      ),
    ).toBe(true);
    expect(
      place(
        fr(
          'Trois soldats ont été tués lundi dans une attaque de drone contre une base en Syrie.',
          'Trois soldats ont été tués lundi dans une attaque de drone contre une base en Irak.',
        ),
      ),
    ).toBe(true);
  });

  it('", and do not plan to" leaves its subject out: it is no imperative', () => {
    expect(
      negations('The dock workers walked out on Monday, and do not plan to return to work before Friday.', 'en'),
    ).toEqual(['not: en:plan en:return en:work']);
  });

  it("a debunk's own sources are no retelling of the story it calls false", () => {
    const retelling = (text: string, language: 'en' | 'fr' = 'en') =>
      !!analyseArticle(text, { language }).sentences[0]!.retelling;
    expect(retelling('According to a police report, he was taken to hospital.')).toBe(false);
    expect(retelling('ABC News reported that he was taken to hospital.')).toBe(false);
    expect(retelling('Selon nos informations, il a été hospitalisé.', 'fr')).toBe(false);
    expect(retelling("Selon le rapport d'autopsie, il est mort d'une crise cardiaque.", 'fr')).toBe(false);
    expect(retelling('A recent rumor claims that the school banned the word.')).toBe(true);
    const c = en(
      'The singer Tom Vellard has died at the age of 58. He was taken to hospital on Monday after a fall at his home in Ohio.',
      'Tom Vellard fans were shocked this week by a report of his death. The report is a hoax. According to a police report, he was taken to hospital on Monday after a fall at his home in Ohio.',
    );
    expect(c.links.some((l) => l.reasons.some((r) => r.code === 'storyRetold'))).toBe(false);
  });
});
