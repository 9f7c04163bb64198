// The query layer: every read from the back end is a TanStack Query keyed by what it depends on, so screens
// share answers, and a change (a correction, an import, an edit) invalidates exactly what it makes stale:
// recent comparisons and their counts after a correction, the library and its counts after an import.
import { QueryClient, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ApiInput } from '../../../shared/api';
import type { ArticleFilters, ComparisonView, StorySelection } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import { viewId } from '../shell/WorkProgress';
import { getApi, UnreachableError } from './client';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The back end is this machine: answers are fresh until something here changes them.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A missing article or a refused token will not come back by asking again.
        // Nor will an unreachable back end: the banner offers Retry.
        retry: (count, err) =>
          count < 1 && !(err instanceof ApiError && err.code !== 'internal') && !(err instanceof UnreachableError),
        // A failed query is asked again by Retry (or when the back end answers again), not by every component
        // that shows it: refetching on each mount would make views that wait for it flicker in a loop.
        retryOnMount: false,
      },
    },
  });
}

export const keys = {
  appInfo: ['appInfo'] as const,
  settings: ['settings'] as const,
  facets: ['facets'] as const,
  articles: (params: ArticleFilters & { sort?: string; trash?: boolean }) => ['articles', params] as const,
  search: (query: string, filters: ArticleFilters, bothLanguages: boolean) =>
    ['search', query, filters, bothLanguages] as const,
  article: (id: number) => ['article', id] as const,
  recent: ['recent'] as const,
  comparison: (left: number, right: number) => ['comparison', left, right] as const,
  check: (claim: string, from?: number) => ['check', claim, from ?? null] as const,
  story: (selection: StorySelection) => ['story', selection] as const,
};

/** What changes when the library changes (import, paste, edit, trash, restore). */
export const LIBRARY_KEYS: readonly QueryKey[] = [
  keys.appInfo,
  keys.facets,
  ['articles'],
  ['search'],
  ['article'],
  keys.recent,
  ['comparison'],
  ['check'],
  ['story'],
];

export function invalidateLibrary(client: QueryClient): Promise<void> {
  return Promise.all(LIBRARY_KEYS.map((queryKey) => client.invalidateQueries({ queryKey }))).then(() => undefined);
}

/** A correction's answer is the new comparison: show it at once, and refresh what shows its counts or its links. */
export function afterCorrection(client: QueryClient, view: ComparisonView): Promise<void> {
  client.setQueryData(keys.comparison(view.left.id, view.right.id), view);
  // Story views show the pair's corrections too.
  return Promise.all([keys.recent, ['story']].map((queryKey) => client.invalidateQueries({ queryKey }))).then(
    () => undefined,
  );
}

export const useAppInfo = () => useQuery({ queryKey: keys.appInfo, queryFn: () => getApi().appInfo({}) });
export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => getApi().getSettings({}) });
export const useFacets = () => useQuery({ queryKey: keys.facets, queryFn: () => getApi().libraryFacets({}) });
export const useRecent = () => useQuery({ queryKey: keys.recent, queryFn: () => getApi().recentComparisons({}) });

export function useArticles(params: ArticleFilters & { sort?: 'date' | 'outlet' | 'title'; trash?: boolean }) {
  return useQuery({ queryKey: keys.articles(params), queryFn: () => getApi().listArticles(params) });
}

export function useSearch(query: string, filters: ArticleFilters, bothLanguages = false) {
  return useQuery({
    queryKey: keys.search(query, filters, bothLanguages),
    queryFn: () => getApi().searchArticles({ query, ...filters, ...(bothLanguages ? { bothLanguages } : {}) }),
    enabled: query.length > 0,
    // Keep the previous results on screen while the next keystroke's answer comes.
    placeholderData: (previous) => previous,
  });
}

export function useArticle(id: number) {
  return useQuery({ queryKey: keys.article(id), queryFn: () => getApi().getArticle({ id }) });
}

export function useComparison(left: number, right: number) {
  const client = useQueryClient();
  return useQuery({
    queryKey: keys.comparison(left, right),
    queryFn: () => {
      performance.mark('parallax:compare-requested');
      return getApi()
        .openComparison({ leftId: left, rightId: right, view: viewId('compare') })
        .then((v) => {
          performance.mark('parallax:compare-received');
          // Opening records the pair as recent: the list picks that up.
          void client.invalidateQueries({ queryKey: keys.recent });
          return v;
        });
    },
  });
}

/** A selection as the contract takes it (its schema's arrays are not readonly). */
export const storyInput = (selection: StorySelection) => selection as ApiInput<'openStory'>;

/** A story across its reports; a correction or an edit anywhere makes it stale (see afterStoryCorrection). */
export function useStory(selection: StorySelection, enabled = true) {
  return useQuery({
    queryKey: keys.story(selection),
    queryFn: () => getApi().openStory(storyInput(selection)),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** A correction made in the story view changes its pair's comparison and every story that holds the pair. */
export function afterStoryCorrection(client: QueryClient): Promise<void> {
  return Promise.all(
    [['story'], ['comparison'], keys.recent].map((queryKey) => client.invalidateQueries({ queryKey })),
  ).then(() => undefined);
}

export function useClaimCheck(claim: string, sourceArticleId?: number) {
  return useQuery({
    queryKey: keys.check(claim, sourceArticleId),
    queryFn: () =>
      getApi().checkClaim({ claim, ...(sourceArticleId ? { sourceArticleId } : {}), view: viewId('check') }),
  });
}
