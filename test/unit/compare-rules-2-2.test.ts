// Rules added in engine 2.2.0, each on the developers' own sentences: end dates compared with end dates, two
// negations that deny each other's statement, whose forces a nationality names, the doer in a reduced passive,
// modifiers of an actor's name, names written as one word or in the plural. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyseArticle, compareTexts, type Comparison } from '../../shared/compare';
import { translateFr } from '../../shared/compare/language/french';

const kinds = (c: Comparison) => c.links.flatMap((l) => l.reasons.map((r) => r.kind));
const reasons = (c: Comparison) => c.links.flatMap((l) => l.reasons);

describe('engine 2.2.0 rules', () => {
  it('an end date clashes with another end date even when the other side also gives a day it shares', () => {
    const c = compareTexts(
      'Parliament voted on 5 November to extend the emergency powers until 31 July 2022.',
      'The emergency powers Parliament extended will last until 5 November 2023.',
    );
    const date = reasons(c).find((r) => r.kind === 'date');
    expect(date, JSON.stringify(c.links)).toBeDefined();
    expect(date!.note).toMatch(/deadline/);
    expect(date).toMatchObject({ left: '31 July 2022', right: '5 November 2023' });
    const same = compareTexts(
      'Parliament voted on 5 November to extend the emergency powers until 31 July 2022.',
      'The emergency powers Parliament extended will last until 31 July 2022.',
    );
    expect(kinds(same)).not.toContain('date');
  });

  it('each side denies what the other asserts: "and not with the EU" / "and not with national governments"', () => {
    const c = compareTexts(
      'The decision on school closures rests with national governments and not with the European Union.',
      'The decision on school closures rests with the European Union and not with national governments.',
    );
    expect(reasons(c).find((r) => r.kind === 'negation')?.note).toMatch(/each report denies/);
    // Both deny the same thing: no clash.
    const same = compareTexts(
      'The decision on school closures does not rest with the European Union.',
      'The European Union has no say in the decision on school closures: it does not rest with it.',
    );
    expect(kinds(same)).not.toContain('negation');
  });

  it('whose forces: "troupes russes" against "Syrian troops", and a run of nationalities shares its noun', () => {
    const c = compareTexts(
      'Les troupes russes restent déployées autour de la centrale, selon le maire.',
      'Syrian troops remain deployed around the power plant, according to the mayor.',
    );
    const actor = reasons(c).find((r) => r.kind === 'actor');
    expect(actor, JSON.stringify(c.links)).toMatchObject({ left: 'russes', right: 'Syrian' });
    const both = compareTexts(
      'Russian and Syrian troops remain deployed around the power plant, according to the mayor.',
      'Syrian troops remain deployed around the power plant, according to the mayor.',
    );
    expect(both.links).toHaveLength(1);
    expect(kinds(both)).not.toContain('actor');
  });

  it('two nationalities on each side, in another order, agree on whose leaders they are', () => {
    const c = compareTexts(
      'Les dirigeants polonais et lituaniens ont signé hier soir un accord sur le gazoduc commun.',
      'Les dirigeants lituanien et polonais ont signé hier soir un accord sur le gazoduc commun.',
    );
    expect(c.links).toHaveLength(1);
    expect(kinds(c)).not.toContain('actor');
  });

  it('a town that is someone’s first name: "Craig McCaw" is a person, "Quebec City" still a place', () => {
    const text = 'Three years ago, the entrepreneur Craig McCaw gave $2 million to a centre in Quebec City.';
    const a = analyseArticle(text, { language: 'en' });
    const entities = a.sentences[0]!.entities.map((e) => [text.slice(e.span[0], e.span[1]), e.kind]);
    expect(entities).toContainEqual(['Craig McCaw', 'name']);
    expect(entities).toContainEqual(['Quebec', 'place']);
  });

  it('French -é(e)(s) is English -ate: "associés", "délégués" are associates and delegates', () => {
    expect(translateFr('associés')).toContain('associate');
    expect(translateFr('délégués')).toContain('delegate');
    // Only where English has the word: "porte" is no "portate".
    expect(translateFr('porte')).not.toContain('portate');
  });

  it('"without" negates as French "sans" does, on both sides of a comparison', () => {
    const c = compareTexts(
      'The council approved the new budget after a public vote.',
      'The council approved the new budget without a public vote.',
    );
    expect(reasons(c).find((r) => r.kind === 'negation')?.right).toBe('without');
    const same = compareTexts(
      'She said she was not aware that he was not wearing a helmet during the race.',
      'She said he took part in the race without a helmet.',
    );
    expect(kinds(same)).not.toContain('negation');
  });

  it('a negation of degree denies nothing: "wasn’t the most popular", "not always", "pas toujours"', () => {
    const negations = (text: string, language: string) =>
      analyseArticle(text, { language }).sentences.map((x) => x.negations.length);
    expect(negations('He wasn’t the most popular coach in the league. Talks are not always easy.', 'en')).toEqual([
      0, 0,
    ]);
    expect(negations('Les négociations ne sont pas toujours faciles. Il n’a pas signé.', 'fr')).toEqual([0, 1]);
  });

  it('"declining revenue" is no refusal, and "declined to confirm" withholds rather than denies', () => {
    const a = analyseArticle(
      'It was the eleventh quarter of declining revenue. The ministry declined to confirm the figure. The bank declined to pay.',
      { language: 'en' },
    );
    expect(a.sentences.map((x) => x.negations.length)).toEqual([0, 0, 1]);
    expect(a.sentences[1]!.hedges.map((h) => h.cue)).toContain('declined to confirm');
  });

  it('French "ne … pas seulement" and "ne … pas le seul" add, they do not deny (the phrase starts after "ne")', () => {
    const c = compareTexts(
      'Ce n’est pas seulement la Russie qui a bombardé la ville, la Syrie aussi.',
      'La Russie a bombardé la ville, avec la Syrie.',
    );
    expect(kinds(c)).not.toContain('negation');
  });

  it('a participle before "by" is passive: in "vehicles used by the Americans" the Americans are the doers', () => {
    const text = 'The fighters seized several vehicles used by the Americans at the embassy.';
    const a = analyseArticle(text, { language: 'en' });
    const used = a.sentences[0]!.actions.find((x) => text.slice(x.span[0], x.span[1]) === 'used');
    expect(used && text.slice(used.actorSpan[0], used.actorSpan[1])).toBe('Americans');
  });

  it('a name before an actor modifies it: "U.S. Marines" are not a different actor from "the Americans"', () => {
    const c = compareTexts(
      'Americans stationed at the embassy destroyed their heavy weapons before leaving.',
      'U.S. Marines stationed at the embassy destroyed their heavy weapons before leaving.',
    );
    expect(c.links).toHaveLength(1);
    expect(kinds(c)).not.toContain('actor');
  });

  it('a name written as one word meets the same name written apart, so the source is the same', () => {
    const c = compareTexts(
      'According to a post by GlobalTradeWatch, the port will reopen to container ships on Friday.',
      'Global Trade Watch reported that the port will reopen to container ships on Friday.',
    );
    expect(c.links).toHaveLength(1);
    expect(kinds(c)).not.toContain('attribution');
  });

  it('a plural name for a group answers to its singular, and a sentence-initial "No" is not part of a name', () => {
    const text = 'The Marines left the city. No Marine handed a weapon to the fighters. Senator Sanders spoke.';
    const a = analyseArticle(text, { language: 'en' });
    const [plural, singular, surname] = a.sentences;
    expect(singular!.entities.map((e) => text.slice(e.span[0], e.span[1]))).toEqual(['Marine']);
    // A key for the sentences to meet on, not one of the entity's own (initials stay as they were).
    expect(Object.keys(plural!.keys)).toContain(singular!.entities[0]!.keys[0]);
    expect(plural!.entities[0]!.keys).toEqual(['E:marines']);
    // A surname ending in -s is no plural: "Sanders" does not answer to "Sander".
    expect(Object.keys(surname!.keys)).not.toContain('E:sander');
  });

  it('a report that writes both a name and its acronym still meets the other’s acronym ("KO" against "KO")', () => {
    const c = compareTexts(
      'The board of Kestrel Orbital met in Denver on Monday. Last year, KO hired 4,500 engineers around the world.',
      'Last year, KO hired 4,500 engineers around the world, the company said.',
      { leftLanguage: 'en', rightLanguage: 'en' },
    );
    const link = c.links.find((l) => l.left.includes('L2'));
    expect(link?.verdict, JSON.stringify(c.links)).toBe('agree');
  });

  it('a lexicon entry written with a capital "Not" is matched, not looped on forever', () => {
    const c = compareTexts('He was found not guilty.', 'He was acquitted.', {
      lexicon: { entries: [{ kind: 'alias', terms: ['Not Guilty', 'acquitted'] }] },
    });
    expect(c.links).toHaveLength(1);
  });

  it('names inside a title keep their negation words, and a surname prefix is no camel case', () => {
    const a = analyseArticle('Reporters Without Borders condemned the arrest. Senator McCain voted.', {
      language: 'en',
    });
    expect(a.sentences[0]!.negations).toEqual([]);
    expect(Object.keys(a.sentences[1]!.keys)).not.toContain('E:cain');
    // In a Title Case headline every word has a capital: "Not" still negates.
    const headline = analyseArticle('Apple Will Not Release A New Watch This Year', { language: 'en' });
    expect(headline.sentences[0]!.negations.map((n) => n.cue)).toEqual(['Not']);
  });

  it('contractions are read like the words they stand for: "hasn’t confirmed", "wasn’t immediately clear" withhold, not deny', () => {
    const text =
      'The Pentagon hasn’t confirmed that the commander was wounded. It wasn’t immediately clear what was seized.';
    const a = analyseArticle(text, { language: 'en' });
    expect(a.sentences.map((s) => s.negations.length)).toEqual([0, 0]);
    expect(a.sentences[0]!.hedges.map((h) => h.cue)).toContain('hasn’t confirmed');
    const denial = analyseArticle('The Pentagon didn’t strike the convoy.', { language: 'en' });
    expect(denial.sentences[0]!.negations).toHaveLength(1);
  });
});

describe('a denial in the next sentence', () => {
  it('joins the link of the sentence beside it and makes it a conflict', () => {
    const left = [
      'The minister spoke to reporters after the vote on Tuesday.',
      '"I never promised a cut.',
      'All I said was that we would look at fuel prices again in the spring," she told the radio station.',
    ].join(' ');
    const right =
      'Speaking on the morning programme of the national radio station, the finance minister said she had promised a cut in fuel duty for hauliers and farmers, and that the government would look at fuel prices again in the spring.';
    const c = compareTexts(left, right, { leftLanguage: 'en', rightLanguage: 'en' });
    const link = c.links.find((l) => l.right.includes('R1'));
    expect(link, JSON.stringify(c.links)).toBeDefined();
    expect(link!.left).toEqual(['L2', 'L3']);
    expect(link!.verdict).toBe('conflict');
    expect(link!.reasons.find((r) => r.kind === 'negation')?.left).toBe('never');
  });
});

describe('a denial of the other report’s first sentence', () => {
  it('joins the link of that sentence, wherever it stands, and counts for its denial only', () => {
    const left = [
      'Rebel fighters seized three armoured trucks and several rifles from Kenyan peacekeepers at Kismayo airport on Friday as the mission withdrew, two airport officials said.',
      'The airport has been closed since the fighting began.',
      'Flights were diverted to the capital.',
    ].join(' ');
    const right = [
      'A television channel reported on Friday that rebel fighters had seized armoured trucks and rifles from Kenyan peacekeepers at Kismayo airport as the mission withdrew.',
      'The mission will now be based in the capital.',
      'Its commander said the withdrawal had gone smoothly.',
      'The mission later issued a statement.',
      'It said every vehicle had been driven to the port.',
      'No Kenyan trucks were seized, it added.',
    ].join(' ');
    const c = compareTexts(left, right, { leftLanguage: 'en', rightLanguage: 'en' });
    const link = c.links.find((l) => l.left.includes('L1'));
    expect(link?.right, JSON.stringify(c.links)).toEqual(['R1', 'R6']);
    expect(link!.verdict).toBe('conflict');
    expect(link!.reasons.map((r) => [r.kind, r.right])).toEqual([['negation', 'No']]);
  });
});

describe('a report that calls the other story false', () => {
  it('links its disputing sentence to the claim it names, as a conflict, even with few words in common', () => {
    const hoax = [
      'Pop singer Lena Marsh has been fired by her record label after a row over money.',
      'According to a statement, Lena Marsh is the secret daughter of the actor Tom Ridley.',
      'The label said the decision was final.',
    ].join(' ');
    const debunk = [
      'Gullible fans went wild over the Ridley-Marsh tale, not realising that the website behind it publishes satirical and made-up articles.',
      'The label has not commented.',
    ].join(' ');
    const c = compareTexts(hoax, debunk, { leftLanguage: 'en', rightLanguage: 'en' });
    expect(c.documentStance?.side).toBe('right');
    const link = c.links.find((l) => l.right.includes(c.documentStance!.claim));
    expect(link, JSON.stringify(c.links)).toBeDefined();
    expect(link!.verdict).toBe('conflict');
    expect(c.left.claims.find((k) => k.id === link!.left[0])!.text).toMatch(/secret daughter/);
    expect(link!.reasons[0]!.note).toMatch(/calls this story false/);
  });
});
