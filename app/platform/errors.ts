/** One refusal of one value: an i18n code under "errors." and its message parameters. */
export interface FieldError {
  code: string;
  params?: Record<string, string | number>;
}

/** Refusals keyed by the schema path of the refused value (`title.ar`, `indicators[0].target`). */
export type FieldErrors = Record<string, FieldError[]>;

/**
 * What an AppError may carry beyond its code. `fieldErrors` places refusals beside their inputs
 * (forms) or names them (API); `current` is the record as it is now when a save was stale; a
 * domain may add its own explanation (quality findings, missing sections, an existing record).
 */
export interface AppErrorDetails {
  fieldErrors?: FieldErrors;
  current?: unknown;
  [more: string]: unknown;
}

/**
 * The one error type domain code throws. `code` is an i18n key under "errors." (translated at
 * render, never stored translated); `status` is the HTTP status the route boundary answers with.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status = 400,
    readonly params: Record<string, string | number> = {},
    readonly details?: AppErrorDetails,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('notFound', 404);
export const forbidden = () => new AppError('forbidden', 403);
/** A save based on an old version of the record: the user's text is kept and the conflict explained. */
export const staleVersion = (current?: unknown) => new AppError('staleVersion', 409, {}, { current });

/** A refusal of one field, shown beside the input named by `path`. */
export function fieldRefusal(
  path: string,
  code: string,
  options: { status?: number; params?: Record<string, string | number> } = {},
) {
  const params = options.params ?? {};
  const error: FieldError = Object.keys(params).length ? { code, params } : { code };
  return new AppError(code, options.status ?? 400, params, { fieldErrors: { [path]: [error] } });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError || (error instanceof Error && error.name === 'AppError');
}
