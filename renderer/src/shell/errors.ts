// What an error says to the researcher: the transport's own failures in their language; the back end's messages
// (which say what to do) as they come.
import type { TFunction } from 'i18next';
import { NoTokenError, UnreachableError } from '../api/client';
import { ApiError } from '../../../shared/errors';

export function errorMessage(err: unknown, t: TFunction): string {
  if (err instanceof UnreachableError) return t('errors.unreachable');
  if (err instanceof NoTokenError) return t('errors.noToken');
  if (err instanceof ApiError && err.code === 'unauthorized') return t('errors.unauthorized');
  if (err instanceof ApiError && err.code === 'cancelled') return t('errors.cancelled');
  return err instanceof Error && err.message ? err.message : t('errors.unexpected');
}

export function isNotFound(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'not_found';
}
