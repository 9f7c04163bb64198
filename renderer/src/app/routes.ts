// Views in the address: a route per screen, in the URL fragment, so reload, back/forward and bookmarks bring a
// view back. Parsing is strict: anything malformed is no route (the app shows its start screen). The browser-mode
// token never appears here: it arrives as "#token=…", is read once and replaced by a route (api/client.ts).
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'article'; readonly id: number }
  | { readonly name: 'pick'; readonly left?: number }
  | {
      readonly name: 'compare';
      readonly left: number;
      readonly right: number;
      /** The selected claim (and with it, its link), such as "L4". */
      readonly claim?: string;
    }
  | {
      readonly name: 'story';
      readonly story: string;
      /** The reports chosen when the story has more than the view compares at once. */
      readonly articles?: readonly number[];
    }
  | { readonly name: 'lexicon' }
  | {
      readonly name: 'check';
      readonly claim?: string;
      /** The article the claim was taken from (never listed as evidence for it). */
      readonly from?: number;
    };

export const HOME: Route = { name: 'home' };

const ID = /^[1-9]\d{0,14}$/;
const CLAIM = /^[LR][1-9]\d{0,6}$/;

function id(s: string | undefined): number | null {
  return s !== undefined && ID.test(s) ? Number(s) : null;
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The route a fragment names ("#/compare/3/5?claim=L4"), or null when it names none. */
export function parseRoute(hash: string): Route | null {
  const m = /^#?\/([^?]*)(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const parts = m[1]!.split('/').filter((p, i, all) => p !== '' || i < all.length - 1);
  const query = new URLSearchParams(m[2] ?? '');
  switch (parts[0]) {
    case undefined:
    case '':
      return parts.length <= 1 ? HOME : null;
    case 'article': {
      const n = id(parts[1]);
      return n !== null && parts.length === 2 ? { name: 'article', id: n } : null;
    }
    case 'compare': {
      if (parts.length === 1) {
        const left = query.get('left');
        if (left === null) return { name: 'pick' };
        const n = id(left);
        return n === null ? null : { name: 'pick', left: n };
      }
      const left = id(parts[1]);
      const right = id(parts[2]);
      if (left === null || right === null || left === right || parts.length !== 3) return null;
      const claim = query.get('claim');
      return claim !== null && CLAIM.test(claim)
        ? { name: 'compare', left, right, claim }
        : { name: 'compare', left, right };
    }
    case 'lexicon':
      return parts.length === 1 ? { name: 'lexicon' } : null;
    case 'story': {
      const story = parts.length === 2 ? decode(parts[1]!) : null;
      if (!story?.trim()) return null;
      const chosen = query.get('articles');
      if (chosen === null) return { name: 'story', story };
      const articles = chosen.split(',').map((x) => id(x));
      return articles.length && articles.every((n) => n !== null)
        ? { name: 'story', story, articles: articles as number[] }
        : null;
    }
    case 'check': {
      if (parts.length !== 1) return null;
      const claim = query.get('claim');
      const from = id(query.get('from') ?? undefined);
      return { name: 'check', ...(claim ? { claim } : {}), ...(claim && from !== null ? { from } : {}) };
    }
    default:
      return null;
  }
}

/** The fragment of a route, with its leading "#". */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'article':
      return `#/article/${route.id}`;
    case 'pick':
      return route.left === undefined ? '#/compare' : `#/compare?left=${route.left}`;
    case 'compare':
      return `#/compare/${route.left}/${route.right}${route.claim ? `?claim=${route.claim}` : ''}`;
    case 'story':
      return `#/story/${encodeURIComponent(route.story)}${route.articles?.length ? `?articles=${route.articles.join(',')}` : ''}`;
    case 'lexicon':
      return '#/lexicon';
    case 'check':
      if (!route.claim) return '#/check';
      return `#/check?${new URLSearchParams({
        claim: route.claim,
        ...(route.from === undefined ? {} : { from: String(route.from) }),
      }).toString()}`;
  }
}
