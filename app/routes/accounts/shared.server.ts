import { data, type Params } from 'react-router';
import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from '~/modules/accounts/password-rules';
import { isAppError } from '~/platform/errors';
import { type FieldError, formFailure, formValues, type SubmissionResult } from '~/platform/forms.server';
import { isLocale, type Locale } from '~/platform/i18n/locales';

/** The page language (the lang layout has already refused anything but ar/en). */
export function langOf(params: Params): Locale {
  return isLocale(params.lang) ? params.lang : 'ar';
}

export const emailField = z.string().trim().min(1).max(254).pipe(z.email());
export const passwordField = z.string().min(passwordMinLength).max(passwordMaxLength);
/** Any non-empty password (sign-in, current password): length rules apply only to new passwords. */
export const anyPasswordField = z.string().min(1).max(passwordMaxLength);
export const nameField = z.string().trim().min(1).max(120);

/** Refinement for forms with a new password typed twice. */
export const passwordsMatch: [
  (v: { password: string; passwordConfirm: string }) => boolean,
  { message: string; path: PropertyKey[] },
] = [
  (v) => v.password === v.passwordConfirm,
  { message: 'errors.passwordMismatch', path: ['passwordConfirm'] },
];

/**
 * Runs a domain call; an AppError becomes a form result that keeps the user's values. When the
 * error names a field (details.field) the message goes beside that field, otherwise above the
 * form. A 429 carries Retry-After.
 */
export async function attemptForm<T>(form: FormData, run: () => Promise<T>) {
  try {
    return { ok: true as const, value: await run() };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const e: FieldError = { code: error.code, params: error.params };
    const field = (error.details as { field?: unknown } | undefined)?.field;
    const result: SubmissionResult =
      typeof field === 'string'
        ? { status: 'error', values: formValues(form), fieldErrors: { [field]: [e] } }
        : formFailure(form, e);
    const headers = new Headers();
    if (error.status === 429 && typeof error.params.minutes === 'number') {
      headers.set('Retry-After', String(error.params.minutes * 60));
    }
    if (error.status === 429 && typeof error.params.seconds === 'number') {
      headers.set('Retry-After', String(error.params.seconds));
    }
    return { ok: false as const, error, response: data(result, { status: error.status, headers }) };
  }
}

/**
 * The route `headers` export: what the parent routes set (as without the export; React Router adds
 * the cookies itself), plus an action's Retry-After so a 429 page carries it.
 */
export function retryAfterHeaders({
  actionHeaders,
  parentHeaders,
}: {
  actionHeaders: Headers;
  parentHeaders: Headers;
}) {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get('Retry-After');
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
}
