// Views in the address: every route survives a round trip, anything malformed is no route, and the browser-mode
// token is taken out of the address before any route is read, never to appear in one.
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../renderer/src/app/routes';
import { readBrowserToken } from '../../renderer/src/api/client';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'article', id: 12 },
    { name: 'pick' },
    { name: 'pick', left: 3 },
    { name: 'compare', left: 3, right: 5 },
    { name: 'compare', left: 3, right: 5, claim: 'L4' },
    { name: 'compare', left: 3, right: 5, claim: 'R17' },
    { name: 'story', story: 'Deraa, June 2018' },
    { name: 'story', story: 'Syrie/Jordanie & co ?' },
    { name: 'check' },
    { name: 'check', claim: 'Trump wants US troops out of Syria & fast: "now"?' },
    { name: 'check', claim: 'Fighters will be taken north', from: 4 },
  ];

  it.each(routes.map((r) => [formatRoute(r), r] as const))('%s round-trips', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads the forms people type or bookmark', () => {
    expect(parseRoute('')).toBeNull();
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/article/7/')).toEqual({ name: 'article', id: 7 });
    expect(parseRoute('#/compare/3/5?claim=L4')).toEqual({ name: 'compare', left: 3, right: 5, claim: 'L4' });
  });

  it.each([
    '#/article/abc',
    '#/article/0',
    '#/article/-3',
    '#/article/3/extra',
    '#/article/99999999999999999999',
    '#/compare/3',
    '#/compare/3/3',
    '#/compare/3/x',
    '#/compare?left=x',
    '#/story/',
    '#/story/%E0%A4%A',
    '#/check/more',
    '#/nowhere',
    '#token=abc',
    '#/%%%',
  ])('ignores the malformed %s', (hash) => {
    expect(parseRoute(hash)).toBeNull();
  });

  it('drops a selection that is not a claim id', () => {
    expect(parseRoute('#/compare/3/5?claim=<script>')).toEqual({ name: 'compare', left: 3, right: 5 });
    expect(parseRoute('#/compare/3/5?claim=L0')).toEqual({ name: 'compare', left: 3, right: 5 });
  });

  it('never writes a token into a route', () => {
    for (const r of routes) expect(formatRoute(r)).not.toMatch(/token/);
  });
});

describe('the browser-mode token', () => {
  function fakes(hash: string) {
    const store = new Map<string, string>();
    const replaced: string[] = [];
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as unknown as Storage;
    const history = { replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) } as History;
    const loc = { hash, pathname: '/', search: '' } as Location;
    return { storage, history, loc, replaced };
  }

  it('is read once from "#token=…", kept for the tab, and replaced by the start route', () => {
    const f = fakes('#token=s3cr%2Ft');
    expect(readBrowserToken(f.loc, f.storage, f.history)).toBe('s3cr/t');
    expect(f.replaced).toEqual(['/#/']);
    // Later reads (a reload on a route) find it in the tab's storage and leave the address alone.
    const again = { ...f, loc: { hash: '#/compare/3/5', pathname: '/', search: '' } as Location };
    expect(readBrowserToken(again.loc, f.storage, f.history)).toBe('s3cr/t');
    expect(f.replaced).toHaveLength(1);
  });

  it('is not taken from a route that merely contains the word', () => {
    const f = fakes('#/check?claim=a%26token%3Dx');
    expect(readBrowserToken(f.loc, f.storage, f.history)).toBeNull();
    expect(f.replaced).toEqual([]);
  });
});
