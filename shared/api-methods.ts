// The names of every operation in the API contract, with no dependencies, so the sandboxed preload can
// expose exactly these without bundling the schemas. `shared/api.ts` is checked against this list.
export const API_METHODS = [
  'appInfo',
  'listArticles',
  'getArticle',
  'addArticle',
  'importFiles',
  'importQdpx',
  'ocrStatus',
  'cancelOcr',
  'zoteroItems',
  'importZotero',
  'searchArticles',
  'libraryFacets',
  'updateArticle',
  'trashArticle',
  'restoreArticle',
  'setOutletNotes',
  'openComparison',
  'recentComparisons',
  'correctComparison',
  'undoCorrection',
  'exportComparison',
  'exportQdpx',
  'checkClaim',
  'getSettings',
  'updateSettings',
  'listLexicon',
  'addLexiconEntry',
  'updateLexiconEntry',
  'removeLexiconEntry',
  'exportLexicon',
  'importLexicon',
  'taskProgress',
  'cancelTask',
  'openStory',
  'correctStoryPair',
  'exportStory',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** The IPC channel that carries one contract method. */
export function ipcChannel(method: ApiMethod): string {
  return `parallax:${method}`;
}

/** Commands the desktop app's menu sends to the page (the second, one-method bridge `window.parallaxShell`). */
export const SHELL_COMMANDS = [
  'next-conflict',
  'previous-conflict',
  'next-difference',
  'previous-difference',
  'back',
  'forward',
  'show-guide',
  'show-shortcuts',
] as const;

export type ShellCommand = (typeof SHELL_COMMANDS)[number];
