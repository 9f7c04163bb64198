// One handler per contract method: a plain function of (context, validated input). No transport code here.
import type { ApiMethod, ApiParsedInput, ApiResult } from '../shared/api';
import { countArticles, getArticle, listArticles } from './library/articles';
import type { AppContext } from './context';

export type Handlers = {
  readonly [M in ApiMethod]: (ctx: AppContext, input: ApiParsedInput<M>) => ApiResult<M> | Promise<ApiResult<M>>;
};

export const handlers: Handlers = {
  appInfo: (ctx) => ({
    name: 'Parallax',
    version: ctx.version,
    libraryPath: ctx.libraryPath,
    articleCount: countArticles(ctx.db),
    transport: ctx.transport,
  }),
  listArticles: (ctx, input) => listArticles(ctx.db, input.sort),
  getArticle: (ctx, input) => getArticle(ctx.db, input.id),
};
