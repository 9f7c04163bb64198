// Rules added in engine 2.4.0, each on the developers' own sentences, from a precision audit of the English
// conflicts on unlabelled FNC-1 training bodies (docs/EVALUATION.md): a doer or a source the other report names
// too is a wording, not a clash; an abbreviation names the same doer; a negative hedge, a negation in another
// sentence of the link, a second rejection of the claim, or the same refusal verb on both sides leave nothing
// opposed; a denial verb denies a claim only when one follows it; English figures count the same thing only when
// the counted word is shared. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyseArticle, compareTexts, type Comparison } from '../../shared/compare';
import { abbreviates } from '../../shared/compare/pair/judge';

const kinds = (c: Comparison) =>
  c.links.filter((l) => l.strength === 'linked').flatMap((l) => l.reasons.map((r) => r.kind));
const sentence = (text: string, language = 'en') => analyseArticle(text, { language }).sentences[0]!;

describe('engine 2.4.0 rules', () => {
  it('two named doers clash only when the other report never names them, or one acts upon the other', () => {
    const story = 'Harbour police in Kestrel Bay arrested the smuggler on the pier after a long chase.';
    const unknown = compareTexts(
      `Officer Dana Whitlock arrested the smuggler on the pier after a long chase. ${story.replace('Harbour police in Kestrel Bay arrested', 'Crowds watched as police arrested')}`,
      'Sergeant Amos Fielding arrested the smuggler on the pier after a long chase, witnesses said.',
    );
    expect(kinds(unknown)).toContain('actor');
    // The other report names Whitlock too: "Fielding arrested" is more likely its wording of the same arrest.
    const known = compareTexts(
      'Officer Dana Whitlock arrested the smuggler on the pier after a long chase.',
      'Sergeant Amos Fielding arrested the smuggler on the pier after a long chase. Whitlock later spoke to the press about the chase.',
    );
    expect(kinds(known)).not.toContain('actor');
    // Half swapped: the left's doer acted upon the right's one, the right says the other did it.
    const swapped = compareTexts(
      'Kestrel Bay Council offered the Harbour Guild a new lease on the pier.',
      'The Harbour Guild itself offered a new lease on the pier, the paper said. Kestrel Bay Council met on Monday.',
    );
    expect(kinds(swapped)).toContain('actor');
  });

  it('an abbreviation names the same doer: "GM" / "General Motors", "IS" / "ISIS", not "UK" / "Ukraine"', () => {
    expect(abbreviates('GM', 'General Motors')).toBe(true);
    expect(abbreviates('IS', 'the Islamic State')).toBe(true);
    expect(abbreviates('IS', 'ISIS')).toBe(true);
    expect(abbreviates('UK', 'Ukraine')).toBe(false);
    expect(abbreviates('US', 'Ukrainians')).toBe(false);
    expect(abbreviates('EU', 'Europeans')).toBe(false);
    expect(abbreviates('VW', 'Renault')).toBe(false);
    const c = compareTexts(
      'GM hired the production chief of its rival in March.',
      'General Motors hired the production chief of its rival in March.',
    );
    expect(c.links.length).toBeGreaterThan(0);
    expect(kinds(c)).not.toContain('actor');
  });

  it('a person or a source the other report names in full elsewhere is not a different one', () => {
    const gave = (who: string) =>
      `Three years ago ${who} gave two million to launch the village phone centre in Rwanda.`;
    const named = compareTexts(
      `${gave('Marta Lindqvist')} The centre now serves four towns.`,
      `${gave('Jonas Berglund')} The Berglund Foundation also funds schools.`,
    );
    // "The Berglund Foundation" does not name Jonas Berglund: the left does not know him.
    expect(kinds(named)).toContain('actor');
    const known = compareTexts(
      `${gave('Marta Lindqvist')} Jonas Berglund sits on its board.`,
      `${gave('Jonas Berglund')} The centre now serves four towns.`,
    );
    expect(kinds(known)).not.toContain('actor');
    const led = (who: string) =>
      `The march through the town centre on Sunday was led by ${who}, a cousin of the victim.`;
    expect(kinds(compareTexts(led('Anna Kowalski'), led('Tomas Berg')))).toContain('actor');
    const spoke = compareTexts(
      led('Anna Kowalski'),
      `${led('Tomas Berg')} Anna Kowalski spoke to the crowd afterwards.`,
    );
    expect(kinds(spoke)).not.toContain('actor');
    // French pairs keep the earlier judgement: these rules came from English reports only.
    const fr = (who: string) =>
      `Il y a trois ans, ${who} a donné deux millions pour lancer le centre téléphonique du village au Rwanda.`;
    const french = compareTexts(
      `${fr('Marta Lindqvist')} Jonas Berglund siège à son conseil.`,
      `${fr('Jonas Berglund')} Le centre dessert quatre villes.`,
      {
        leftLanguage: 'fr',
        rightLanguage: 'fr',
      },
    );
    expect(kinds(french)).toContain('actor');
    const quote = (who: string) =>
      `"There is no truth whatsoever to these claims about the golf tour," ${who} said in a statement on Monday.`;
    const sources = compareTexts(
      `${quote('Tour spokesman Ty Marlow')} Ben Okafor is the tour's media officer.`,
      `${quote('Tour media officer Ben Okafor')} The tour also wrote to the player's agent.`,
    );
    expect(kinds(sources)).not.toContain('attribution');
  });

  it('a hedge that is itself negative, or a negation in another sentence of the link, opposes nothing', () => {
    const hedged = compareTexts(
      'The network said it could not independently verify the authenticity of the recording of the shots.',
      'We have not been able to verify the authenticity of the recording of the shots, the network said.',
    );
    expect(hedged.links.length).toBeGreaterThan(0);
    expect(kinds(hedged)).not.toContain('negation');
    expect(
      kinds(
        compareTexts(
          'The network verified the authenticity of the recording of the shots, it said.',
          'We have not been able to verify the authenticity of the recording of the shots, the network said.',
        ),
      ),
    ).toContain('negation');
    const split = compareTexts(
      'Asked whether fathers may build snowmen, the cleric replied: "It is not permitted to make a statue out of snow, even in play."',
      'The cleric was asked whether it is permitted to make a statue out of snow. It is not permitted to make a statue out of snow, even in play, he replied.',
    );
    expect(split.links.some((l) => l.right.length === 2)).toBe(true);
    expect(kinds(split)).not.toContain('negation');
  });

  it('an English negation in a relative clause, a condition or after "may" or "should" asserts nothing', () => {
    const sub = (t: string) => sentence(t).negations.map((n) => !!n.subordinate);
    expect(sub('In the recording a man who has not been identified is heard speaking.')).toEqual([true]);
    expect(sub('They would kill him within three days if the government did not pay.')).toEqual([true]);
    expect(sub('Those men may not technically be fighters, his spokesman said.')).toEqual([true]);
    expect(sub('The man has not been identified, police said.')).toEqual([false]);
    const relative = compareTexts(
      'In the recording a man who has not been identified is heard speaking as shots ring out behind the shop.',
      'In the recording a man is heard speaking as shots ring out behind the shop; police have identified him.',
    );
    expect(relative.links.length).toBeGreaterThan(0);
    expect(kinds(relative)).not.toContain('negation');
    expect(
      kinds(
        compareTexts(
          'In the recording the man has not been identified, though he is heard speaking as shots ring out behind the shop.',
          'In the recording a man is heard speaking as shots ring out behind the shop; police have identified him.',
        ),
      ),
    ).toContain('negation');
  });

  it('"reject" and "dismiss" deny a claim only when one follows them; otherwise they refuse a thing', () => {
    const first = (t: string) => sentence(t).negations[0]!;
    expect(first('The ministry denied that the minister had resigned.')).toMatchObject({ kind: 'denial' });
    expect(first('The minister denied involvement in the bribery scheme.').refusal).toBeUndefined();
    expect(first('The ministry rejected the allegations about the fund.').refusal).toBeUndefined();
    expect(first('His office has already dismissed many minor cases of possession.')).toMatchObject({
      kind: 'denial',
      refusal: true,
    });
    expect(first('Clerks were told to reject any birth certificates with the name.').refusal).toBe(true);
    // Between English reports a refusal is no denial: the other side's own refusal matches it.
    const refused = compareTexts(
      'The council rejected the new stadium design on Tuesday, the mayor said.',
      'The council approved the new stadium design on Tuesday, the mayor said.',
    );
    expect(refused.links[0]!.reasons.find((r) => r.kind === 'negation')?.code).toBe('negates');
  });

  it('French and cross-language pairs keep the earlier judgement: the rules above came from English reports', () => {
    const fr = (a: string, b: string, right = 'fr') =>
      kinds(compareTexts(a, b, { leftLanguage: 'fr', rightLanguage: right }));
    // A negative hedge against a plain negation.
    expect(
      fr(
        "La chaîne n'a pas pu vérifier de manière indépendante l'authenticité de l'enregistrement des tirs.",
        "Nous n'avons pas pu vérifier l'authenticité de l'enregistrement des tirs, a dit la chaîne.",
      ),
    ).toContain('negation');
    // A negation in another sentence of the link.
    expect(
      fr(
        "Interrogé, le religieux a répondu : « Il n'est pas permis de faire une statue de neige, même pour jouer. »",
        "On a demandé au religieux s'il est permis de faire une statue de neige. Il n'est pas permis de faire une statue de neige, même pour jouer, a-t-il répondu.",
      ),
    ).toContain('negation');
    // The same refusal verb on both sides.
    expect(
      fr(
        "Les greffiers ont reçu l'ordre de refuser tout acte de naissance portant le nom du dirigeant.",
        'Les actes de naissance portant le nom du dirigeant donnés à un nouveau-né seront refusés.',
      ),
    ).toContain('negation');
    // Figures near one shared word.
    expect(
      fr(
        'Le procureur a dit que les analyses se poursuivaient sur quatre tombes supplémentaires trouvées près de la ville.',
        "Le procureur a dit qu'après la découverte des tombes près de la ville, huit personnes supplémentaires ont été arrêtées.",
      ),
    ).toContain('number');
    // A source the other report names elsewhere.
    expect(
      fr(
        "Le bilan de l'explosion au port s'élève à douze morts, selon Reuters. L'agence Tass a aussi publié des images.",
        "Le bilan de l'explosion au port s'élève à douze morts, selon l'agence Tass. Reuters a aussi publié des images.",
      ),
    ).toContain('attribution');
    // An English negation in a relative clause, against French.
    expect(
      fr(
        "Dans l'enregistrement, on entend un homme parler pendant que des coups de feu retentissent derrière le magasin ; la police l'a identifié.",
        'In the recording a man who has not been identified is heard speaking as shots ring out behind the shop.',
        'en',
      ),
    ).toContain('negation');
  });

  it('"ni" is a negation word, not a form of "nier"', () => {
    const negations = sentence("Le flurona n'est ni une maladie nouvelle ni une fusion de deux virus.", 'fr').negations;
    expect(negations.map((n) => n.kind)).toEqual(['not']);
  });

  it('two rejections of one claim, or one refusal said on both sides, agree', () => {
    const both = compareTexts(
      'The department said on Wednesday that claims that fighters were caught at the border are false.',
      'A department spokeswoman disputed the claims that fighters were caught at the border on Wednesday.',
    );
    expect(both.links.length).toBeGreaterThan(0);
    expect(kinds(both)).not.toContain('negation');
    // Both must be rejections: a plain negation against a sentence that calls something else false still clashes.
    const other = compareTexts(
      'The army did not withdraw its troops from the town of Saraqeb on Tuesday.',
      'The army withdrew its troops from the town of Saraqeb on Tuesday and called reports of a massacre there false.',
    );
    expect(other.links[0]!.reasons.map((r) => r.code)).toContain('negates');
    // The refusal said on both sides, once as a verb with what it refuses and once in the passive.
    const refusal = compareTexts(
      'Registry clerks have been told to reject any birth certificates with the leader’s name.',
      'Birth certificates with the leader’s name given to any newborn will be rejected.',
    );
    expect(refusal.links.length).toBeGreaterThan(0);
    expect(kinds(refusal)).not.toContain('negation');
    // The verb's own word, not a sense it shares: "declined an earlier design" does not say "refused".
    const declined = compareTexts(
      'The council refused to approve the new stadium on Tuesday.',
      'The council approved the new stadium on Tuesday after it declined an earlier design.',
    );
    expect(kinds(declined)).toContain('negation');
    const both2 = compareTexts(
      'Registry clerks have been told to reject any birth certificates bearing the leader’s name.',
      'Birth certificates bearing the leader’s name will be rejected by registry clerks.',
    );
    expect(both2.links.length).toBeGreaterThan(0);
    expect(kinds(both2)).not.toContain('negation');
  });

  it('English figures count the same thing when the counted word, or two words, are shared', () => {
    const other = compareTexts(
      'The prosecutor said tests were continuing on four additional graves found near the town last week.',
      'The prosecutor said that after the graves near the town were found, an additional eight people were arrested.',
    );
    expect(other.links.length).toBeGreaterThan(0);
    expect(kinds(other)).not.toContain('number');
    const same = compareTexts(
      'About 50 people have been arrested in connection with the disappearance of the students.',
      'Thirty people have been arrested in connection with the disappearance of the students.',
    );
    expect(kinds(same)).toContain('number');
    // Two words shared near the figures, though the first differs: "young students" / "students".
    expect(
      kinds(
        compareTexts(
          'About 50 young students were arrested at the protest outside the parliament on Sunday.',
          'About 30 students were arrested at the protest outside the parliament on Sunday.',
        ),
      ),
    ).toContain('number');
    // A sense of the counted word is the counted word: nations and countries.
    const synonym = compareTexts(
      'There are 200 people from six nations taking part in the mountain exercise, officials said.',
      'The mountain exercise involves five countries and more than 200 participants, the military said.',
    );
    expect(kinds(synonym)).toContain('number');
  });
});
