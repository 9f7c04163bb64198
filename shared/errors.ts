// Errors that cross the API boundary: a stable code the UI can branch on and a message the user can act on.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'unauthorized',
  'forbidden',
  'too_large',
  'unknown_method',
  'conflict',
  'unsupported',
  'read_only',
  'damaged',
  'cancelled',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What every transport carries: a value, or an error with its code (Electron's invoke would keep only the message). */
export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorShape };

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Turns a received envelope back into a value or a thrown ApiError. */
export function unwrapEnvelope<T>(envelope: unknown): T {
  if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) {
    const e = envelope as Envelope<T>;
    if (e.ok) return e.value;
    const code = isErrorCode(e.error?.code) ? e.error.code : 'internal';
    throw new ApiError(code, String(e.error?.message ?? 'Unknown error'));
  }
  throw new ApiError('internal', 'The back end sent a reply Parallax does not understand.');
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
