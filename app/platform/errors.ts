/**
 * The one error type domain code throws. `code` is an i18n key under "errors." (translated at
 * render, never stored translated); `status` is the HTTP status the route boundary answers with.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status = 400,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('notFound', 404);
export const forbidden = () => new AppError('forbidden', 403);
/** A save based on an old version of the record: the user's text is kept and the conflict explained. */
export const staleVersion = (current?: unknown) => new AppError('staleVersion', 409, {}, current);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError');
}
