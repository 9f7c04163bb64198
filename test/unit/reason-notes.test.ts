// A reason's note is written in the reader's language from its code and the words it names: every code has both
// languages, a French note names the same words as the English one and leaves no placeholder, and the engine's
// English notes are what they were before notes had codes.
import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../shared/compare';
import { formatNote, NOTE_CODES, reasonNote } from '../../shared/compare/notes';

const PARAMS = {
  left: 'X1',
  right: 'Y2',
  name: 'Zed',
  cue: 'cue3',
  action: 'act4',
  otherAction: 'act5',
  side: 'left',
  weekday: '2',
  actual: '4',
  how: 'hedged',
  other: 'fact',
  referent: 'armed-opposition',
};

describe('reason notes', () => {
  it('every code is written in English and French, with every placeholder filled', () => {
    for (const code of NOTE_CODES) {
      const en = formatNote(code, PARAMS, 'en');
      const fr = formatNote(code, PARAMS, 'fr');
      for (const text of [en, fr]) expect(text, code).not.toMatch(/[{}]/);
      expect(fr, code).not.toBe(en);
      // The article's words named in English are named in French too.
      for (const word of ['X1', 'Y2', 'Zed', 'cue3', 'act4', 'act5']) {
        if (en.includes(word)) expect(fr, `${code}: ${word}`).toContain(word);
      }
    }
    expect(formatNote('hedge', { how: 'conditional', cue: 'aurait proposé', side: 'left', other: 'fact' }, 'fr')).toBe(
      'au conditionnel journalistique (« aurait proposé ») : rapporté, non garanti dans le texte de gauche, présenté comme un fait dans l’autre'.replace(
        /« | »| :/g,
        (m) => m.replace(' ', '\u00a0'),
      ),
    );
    expect(formatNote('weekdayOfDate', { weekday: '2', actual: '4' })).toBe(
      'Tuesday does not fall on that date (it was a Thursday)',
    );
  });

  it('the engine gives every reason a code, its English note written from it, and French for the reader', () => {
    const c = compareTexts(
      'The army said 82 soldiers surrendered on Tuesday, according to officials. The rebels reportedly proposed the truce.',
      'The army said 68 soldiers surrendered on Tuesday. The rebels proposed the truce, the paper said.',
    );
    const reasons = c.links.flatMap((l) => l.reasons);
    expect(reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['number', 'hedge']));
    for (const r of reasons) {
      expect(r.code).toBeDefined();
      expect(reasonNote(r, 'en')).toBe(r.note);
      expect(reasonNote(r, 'fr')).not.toBe(r.note);
    }
    const number = reasons.find((r) => r.kind === 'number')!;
    expect(number.note).toBe('different figures for the same thing: "82" against "68"');
    expect(reasonNote(number, 'fr')).toBe(
      'chiffres différents pour la même chose\u00a0: «\u00a082\u00a0» contre «\u00a068\u00a0»',
    );
    // A reason stored before notes had codes keeps its own words.
    expect(reasonNote({ note: 'an old note' }, 'fr')).toBe('an old note');
    // A stored code that is no note of this version (or an inherited name) keeps the stored words.
    expect(reasonNote({ note: 'stored', code: 'constructor' as never }, 'fr')).toBe('stored');
  });
});
