// The back-end side of the interface: settings kept across restarts (language, first-run guide), the system's
// language in appInfo, search within the library's filters with a count, and recent comparisons that show the
// counts after the researcher's corrections.
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../../main/library/open';
import { seedSampleLibraryOnce } from '../../main/library/seed';
import { readSettings } from '../../main/library/settings';
import type { Settings } from '../../shared/domain';
import { resolveLocale, supportedLocale } from '../../shared/presentation/locale';
import { directApi, tempLibrary } from '../helpers/library';

describe('settings', () => {
  it('start with the system language and the guide unseen, and survive closing the library', async () => {
    const lib = tempLibrary();
    const changed: Settings[] = [];
    const api = directApi({ ...lib.ctx, onSettingsChanged: (s) => changed.push(s) });
    try {
      expect(await api.getSettings({})).toEqual({ locale: 'system', guideSeen: false, scanLanguage: 'detect' });
      expect(await api.updateSettings({ locale: 'fr' })).toEqual({
        locale: 'fr',
        guideSeen: false,
        scanLanguage: 'detect',
      });
      expect(await api.updateSettings({ guideSeen: true, scanLanguage: 'en' })).toEqual({
        locale: 'fr',
        guideSeen: true,
        scanLanguage: 'en',
      });
      await expect(api.updateSettings({ scanLanguage: 'de' as never })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      expect(changed.map((s) => s.locale)).toEqual(['fr', 'fr']);
      await expect(api.updateSettings({ locale: 'de' as never })).rejects.toMatchObject({ code: 'invalid_input' });
      lib.ctx.db.close();
      const reopened = openLibrary(lib.file);
      expect(readSettings(reopened)).toEqual({ locale: 'fr', guideSeen: true, scanLanguage: 'en' });
      // A hand-edited or unknown value falls back to the default instead of failing.
      reopened
        .prepare("UPDATE meta SET value = ? WHERE key = 'settings'")
        .run('{"locale":"klingon","guideSeen":1,"scanLanguage":"xx"}');
      expect(readSettings(reopened)).toEqual({ locale: 'system', guideSeen: false, scanLanguage: 'detect' });
      reopened.prepare("UPDATE meta SET value = 'not json' WHERE key = 'settings'").run();
      expect(readSettings(reopened)).toEqual({ locale: 'system', guideSeen: false, scanLanguage: 'detect' });
      reopened.close();
    } finally {
      lib.close();
    }
  });

  it('on a library open read-only, keep a change for this run without writing the file', async () => {
    const lib = tempLibrary();
    try {
      const api = directApi({ ...lib.ctx, readOnly: true });
      expect(await api.updateSettings({ locale: 'fr' })).toMatchObject({ locale: 'fr' });
      expect(await api.getSettings({})).toMatchObject({ locale: 'fr' });
      expect(lib.ctx.db.prepare("SELECT count(*) FROM meta WHERE key = 'settings'").pluck().get()).toBe(0);
      expect((await api.appInfo({})).readOnly).toBe(true);
    } finally {
      lib.close();
    }
  });

  it('appInfo carries the system language the desktop app sees, and none in browser mode', async () => {
    const lib = tempLibrary();
    try {
      expect((await directApi(lib.ctx).appInfo({})).systemLocale).toBeNull();
      expect((await directApi({ ...lib.ctx, systemLocale: 'fr-CA' }).appInfo({})).systemLocale).toBe('fr-CA');
    } finally {
      lib.close();
    }
  });
});

describe('choosing the interface language', () => {
  it('follows the choice, else the first system language Parallax speaks, else English', () => {
    expect(resolveLocale('fr', ['en-US'])).toBe('fr');
    expect(resolveLocale('system', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(resolveLocale('system', ['en-GB', 'fr'])).toBe('en');
    expect(resolveLocale('system', ['de', 'ja'])).toBe('en');
    expect(resolveLocale(null, [])).toBe('en');
    expect(resolveLocale('klingon' as never, ['fr'])).toBe('en');
    expect(supportedLocale('FR_fr')).toBe('fr');
    expect(supportedLocale('french')).toBeNull();
    expect(supportedLocale('')).toBeNull();
  });
});

describe('search', () => {
  it('honours every filter and counts all matches, not only the ones returned', async () => {
    const lib = tempLibrary();
    try {
      seedSampleLibraryOnce(lib.ctx.db);
      const api = directApi(lib.ctx);
      const all = await api.searchArticles({ query: 'Deraa' });
      expect(all.total).toBeGreaterThanOrEqual(3);
      expect(all.hits).toHaveLength(all.total);
      const fr = await api.searchArticles({ query: 'Deraa', language: 'fr' });
      expect(fr.total).toBe(1);
      expect(fr.hits[0]!.title).toMatch(/Cessez-le-feu/);
      const outlet = await api.searchArticles({ query: 'Deraa', outlet: 'The New Arab' });
      expect(outlet.hits.map((h) => h.outlet)).toEqual(['The New Arab']);
      const [story] = (await api.libraryFacets({})).stories;
      const inStory = await api.searchArticles({ query: 'Deraa', story: story! });
      expect(inStory.total).toBe(all.total);
      expect((await api.searchArticles({ query: 'Deraa', story: 'No such story' })).total).toBe(0);
      const target = (await api.listArticles({ language: 'en' }))[0]!;
      await api.updateArticle({ id: target.id, tags: ['checked'] });
      const word = target.title.split(/[^\p{L}]+/u).sort((x, y) => y.length - x.length)[0]!;
      const tagged = await api.searchArticles({ query: word, tag: 'checked' });
      expect(tagged).toMatchObject({ total: 1, hits: [{ id: target.id }] });
      // More matches than one page: the count still says how many.
      for (let i = 0; i < 60; i++) await api.addArticle({ title: `Wire ${i}`, text: `Deraa wire number ${i}.` });
      const many = await api.searchArticles({ query: 'Deraa wire' });
      expect(many.hits).toHaveLength(50);
      expect(many.total).toBe(60);
    } finally {
      lib.close();
    }
  });
});

describe('recent comparisons', () => {
  it('show the counts after the researcher’s corrections, and before them again after Undo', async () => {
    const lib = tempLibrary();
    try {
      const api = directApi(lib.ctx);
      const a = await api.addArticle({ title: 'A', text: 'The truce lasts 12 hours, officials said.' });
      const b = await api.addArticle({ title: 'B', text: 'The truce lasts 24 hours, officials said.' });
      const v = await api.openComparison({ leftId: a.id, rightId: b.id });
      expect((await api.recentComparisons({}))[0]!.counts).toMatchObject({ conflict: 1, agree: 0 });
      const [l, r] = [v.comparison.left.claims[0]!.text, v.comparison.right.claims[0]!.text];
      await api.correctComparison({
        comparisonId: v.comparisonId,
        kind: 'verdict',
        verdict: 'agree',
        leftText: l,
        rightText: r,
      });
      expect((await api.recentComparisons({}))[0]!.counts).toMatchObject({ conflict: 0, agree: 1 });
      await api.undoCorrection({ comparisonId: v.comparisonId });
      expect((await api.recentComparisons({}))[0]!.counts).toMatchObject({ conflict: 1, agree: 0 });
    } finally {
      lib.close();
    }
  });
});
