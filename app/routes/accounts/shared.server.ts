import type { Params } from 'react-router';
import { z } from 'zod';
import { passwordMaxLength, passwordMinLength } from '~/modules/accounts/password-rules';
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
