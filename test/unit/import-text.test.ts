// How text arrives: legacy encodings decoded as they were meant, metadata held to the API's rules, and news
// texts (headline, dateline, front matter) turned into an article with its details, not into claims.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { directApi, useLibraryAndFiles } from '../helpers/library';
import { decodeText } from '../../main/ingest/decode';
import { importPaths } from '../../main/ingest/import';
import { getArticle } from '../../main/library/articles';

const t = useLibraryAndFiles('parallax-text-');

async function imported(name: string, content: string | Buffer) {
  const p = t.file(name, content);
  const [o] = await importPaths(t.lib.ctx.db, [p]);
  expect(o, JSON.stringify(o)).toMatchObject({ status: 'imported' });
  return getArticle(t.lib.ctx.db, (o as { id: number }).id);
}

const FRENCH = 'L’Observatoire syrien — cité par l’AFP — affirme qu’un « cessez-le-feu » a été proposé à Deraa.';

describe('legacy encodings', () => {
  it('decodes Windows-1252 punctuation as punctuation, not as control characters', () => {
    expect(decodeText(Buffer.from('l\x92Observatoire \x97 5 \x80', 'latin1'), 'x.txt')).toEqual({
      text: 'l’Observatoire — 5 €',
      encoding: 'windows-1252',
    });
  });

  it('decodes every character Windows-1252 has in 0x80-0x9F, in French text', () => {
    const expected = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
    const bytes = [...Array(32).keys()].map((i) => 0x80 + i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    expect(bytes).toHaveLength(expected.length);
    bytes.forEach((b, i) => {
      const text = Buffer.concat([iconv.encode(FRENCH + ' ', 'windows-1252'), Buffer.from([b])]);
      const decoded = decodeText(text, 'x.txt');
      expect(decoded.encoding).toBe('windows-1252');
      expect(decoded.text).toBe(`${FRENCH} ${expected[i]}`);
      expect(decoded.text).not.toMatch(/[\u0080-\u009f]/);
    });
  });

  it('recognises ISO-8859-15 (€ and œ) and Mac Roman French', () => {
    const euro = 'Le cœur du problème : l’aide coûte 5 € par personne, selon l’œuvre.'.replace(/’/g, "'");
    expect(decodeText(iconv.encode(euro, 'iso-8859-15'), 'x.txt')).toEqual({ text: euro, encoding: 'iso-8859-15' });
    const mac = FRENCH.replace('—', '-').replace('—', '-');
    expect(decodeText(iconv.encode(mac, 'macintosh'), 'x.txt')).toEqual({ text: mac, encoding: 'macintosh' });
  });

  it('imports a Windows-1252 file with its typography', async () => {
    const a = await imported('cp1252.txt', iconv.encode(FRENCH, 'windows-1252'));
    expect(a.text).toBe(FRENCH);
  });
});

describe('imported metadata is held to the API’s rules', () => {
  const page = (meta: string) =>
    `<html lang="fr-FR"><head>${meta}</head><body><article><p>${FRENCH} Les convois sont partis vers Idlib samedi, selon la même source, et le cessez-le-feu tient.</p></article></body></html>`;

  it('drops a javascript: URL, an outlet of 5,000 characters and control characters; reads "June 5, 2018"', async () => {
    const a = await imported(
      'hostile.html',
      page(
        `<meta property="og:title" content="Truce\x1b]0;pwned\x07 in Daraa\x1b[2J"><meta property="og:url" content="javascript:alert(1)">` +
          `<meta property="og:site_name" content="${'X'.repeat(5000)}"><meta name="date" content="June 5, 2018"><meta name="author" content="Jane Doe">`,
      ),
    );
    expect(a).toMatchObject({
      title: 'Truce ]0;pwned in Daraa [2J',
      url: null,
      outlet: null,
      publishedAt: '2018-06-05',
      language: 'fr',
    });
    // "Save" with nothing changed succeeds: every stored field passes the API's own schema.
    const api = directApi(t.lib.ctx);
    const { id, title, outlet, authors, publishedAt, url, language, stories, tags } = a;
    await expect(
      api.updateArticle({
        id,
        title,
        outlet,
        authors: [...authors],
        publishedAt,
        url,
        language,
        stories: [...stories],
        tags: [...tags],
      }),
    ).resolves.toMatchObject({ id });
  });

  it('keeps an http(s) URL and reads a French date', async () => {
    const a = await imported(
      'ok.html',
      page('<meta property="og:url" content="https://example.org/a"><meta name="date" content="5 juin 2018">'),
    );
    expect(a).toMatchObject({ url: 'https://example.org/a', publishedAt: '2018-06-05' });
  });

  it('drops data: and file: URLs from Markdown front matter', async () => {
    for (const url of ['data:text/html,<script>1</script>', 'file:///etc/passwd']) {
      const a = await imported(`u${url.length}.md`, `---\ntitle: T\nurl: "${url}"\n---\n${FRENCH} ${url.length}`);
      expect(a.url).toBeNull();
    }
  });
});

describe('news texts become articles with their details', () => {
  it('takes a .txt headline as the title and a dateline as metadata, keeping neither in the text', async () => {
    const a = await imported(
      'wire.txt',
      'Cessez-le-feu russe à Deraa\n\nDERAA (Syrie), 29 juin 2018 (AFP) - Le centre russe aurait proposé un cessez-le-feu de 12 heures.\n\nLes rebels ont refusé.',
    );
    expect(a).toMatchObject({
      title: 'Cessez-le-feu russe à Deraa',
      outlet: 'AFP',
      publishedAt: '2018-06-29',
      text: 'Le centre russe aurait proposé un cessez-le-feu de 12 heures.\n\nLes rebels ont refusé.',
    });
    expect(a.provenance).toBe('Imported from wire.txt; dateline "DERAA (Syrie), 29 juin 2018 (AFP)"');
  });

  it('does not guess the year of a dateline without one, and reads a Reuters dateline', async () => {
    const a = await imported(
      'reuters.txt',
      'BEIRUT, June 29 (Reuters) - Syrian rebels in Deraa were offered a truce on Friday.',
    );
    expect(a).toMatchObject({ outlet: 'Reuters', publishedAt: null, title: 'reuters' });
    expect(a.text).toBe('Syrian rebels in Deraa were offered a truce on Friday.');
  });

  it('honours Markdown front matter whole and does not repeat the heading in the text', async () => {
    const a = await imported(
      'note.md',
      '---\ntitle: "Truce talks"\nlanguage: en\nauthors: [Jane Doe, John Roe]\ntags:\n  - truce\n  - "Deraa, June 2018"\ndate: 2018-06-29\n---\n# Truce talks\n\nShort.',
    );
    expect(a).toMatchObject({
      title: 'Truce talks',
      language: 'en',
      authors: ['Jane Doe', 'John Roe'],
      tags: ['truce', 'Deraa, June 2018'],
      publishedAt: '2018-06-29',
      text: 'Short.',
    });
  });

  it('says what to do with a damaged Word document, without internals or URLs', async () => {
    fs.writeFileSync(path.join(t.dir, 'bad.docx'), 'PK\u0003\u0004 not a zip at all');
    const [o] = await importPaths(t.lib.ctx.db, [path.join(t.dir, 'bad.docx')]);
    expect((o as { reason: string }).reason).toBe(
      'bad.docx is not a readable Word document: it is damaged, or not really a .docx. If it opens in Word, save it again as .docx (or as PDF) and import that.',
    );
  });
});
