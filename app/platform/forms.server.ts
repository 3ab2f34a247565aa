import { data } from 'react-router';
import type { z } from 'zod';
import type { RequestContext } from './context';
import { hmac, safeEqual } from './crypto.server';
import { type AppError, type FieldError, type FieldErrors, isAppError } from './errors';
import { errorFields, FORM_PATH, fieldErrorsOf } from './forms/issues';
import { formInput } from './forms/paths';
import { errorPage } from './http/error-page';

export type { FieldError, FieldErrors };

export const csrfFieldName = '_csrf';

/**
 * What an action returns when input is refused: the user's values back (by field name, which is
 * the schema path), refusals beside their fields as i18n codes, and one above the form.
 */
export interface SubmissionResult {
  status: 'error';
  values: Record<string, string | string[]>;
  fieldErrors: FieldErrors;
  formError?: FieldError;
}

export function csrfTokenFor(csrfCookie: string): string {
  return hmac(csrfCookie, 'csrf');
}

/** Reads the form body and refuses it unless it carries this browser's CSRF token. */
export async function readForm(
  request: Request,
  context: Pick<RequestContext, 'csrfCookie'>,
): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    // A Response, so the page's error boundary answers 400 (an AppError here would be a 500).
    throw data({ code: 'badForm' }, { status: 400 });
  }
  const token = form.get(csrfFieldName);
  if (
    typeof token !== 'string' ||
    !context.csrfCookie ||
    !safeEqual(token, csrfTokenFor(context.csrfCookie))
  ) {
    throw data({ code: 'csrfInvalid' }, { status: 403 });
  }
  return form;
}

/** The submitted values by field name, without passwords and tokens, to render the form again. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key === csrfFieldName || /password/i.test(key)) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

/** The form again with the user's values and these refusals; those of the whole form go above it. */
export function formResult(
  form: FormData,
  fieldErrors: FieldErrors,
  formError?: FieldError,
): SubmissionResult {
  const { [FORM_PATH]: general, ...byField } = fieldErrors;
  const above = formError ?? general?.[0];
  return {
    status: 'error',
    values: formValues(form),
    fieldErrors: byField,
    ...(above ? { formError: above } : {}),
  };
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; result: SubmissionResult };

/** Parses the form (names are schema paths, see formInput) with its schema; on failure, the form again. */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S): Parsed<z.output<S>> {
  const parsed = schema.safeParse(formInput(form));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, result: formResult(form, fieldErrorsOf(parsed.error.issues)) };
}

/**
 * A domain refusal as the form's answer, in the error's status: its refusals beside their fields
 * (see errorFields), the user's values kept (never passwords), a 429's Retry-After. A record the
 * viewer may not open or that is gone (notFound, forbidden) becomes the error page instead; other
 * refusals, whatever their status (403 "confirm your address first", 409, 422), are explained on
 * the form. Anything but an AppError is thrown on.
 */
export function refusal<X extends object = object>(form: FormData, error: unknown, extra?: X) {
  if (!isAppError(error)) throw error;
  if (error.code === 'notFound' || error.code === 'forbidden') throw errorPage(error);
  const fieldErrors = errorFields(error);
  const headers = new Headers();
  if (error.status === 429 && typeof error.params.minutes === 'number')
    headers.set('Retry-After', String(error.params.minutes * 60));
  if (error.status === 429 && typeof error.params.seconds === 'number')
    headers.set('Retry-After', String(error.params.seconds));
  const result = formResult(form, fieldErrors);
  return data({ ...result, ...(extra as X) }, { status: error.status, headers });
}

type FormSource = FormData | { request: Request; context: Pick<RequestContext, 'csrfCookie'> };

type Attempted<T, R> =
  | { ok: true; value: T; form: FormData }
  | { ok: false; form: FormData; error: AppError | null; response: R };

type AttemptOptions<T, S extends z.ZodType, X extends object> = {
  schema?: S;
  run: (input: z.output<S>, form: FormData) => Promise<T>;
  extra?: (form: FormData, error: AppError | null) => X;
};

/**
 * The one way an action handles a form: read it (CSRF-checked, unless already read), parse it with
 * `schema` when given (a refusal answers 400 with the form again), run the operation with the
 * nested input (see formInput), and turn an AppError into the form again (see refusal). `extra`
 * adds what the page needs beside the result (quality findings, the record as it is now, …).
 * `attemptForm(form, () => operation())` is the short form when the input is already parsed.
 */
export async function attemptForm<
  T,
  S extends z.ZodType = z.ZodType<Record<string, unknown>>,
  X extends object = object,
>(
  source: FormSource,
  how: AttemptOptions<T, S, X> | (() => Promise<T>),
): Promise<Attempted<T, ReturnType<typeof data<SubmissionResult & X>>>> {
  const options: AttemptOptions<T, S, X> = typeof how === 'function' ? { run: () => how() } : how;
  const form = source instanceof FormData ? source : await readForm(source.request, source.context);
  let input: z.output<S>;
  if (options.schema) {
    const parsed = parseForm(form, options.schema);
    if (!parsed.ok) {
      const extra = options.extra?.(form, null) as X;
      return {
        ok: false,
        form,
        error: null,
        response: data({ ...parsed.result, ...extra }, { status: 400 }),
      };
    }
    input = parsed.data;
  } else {
    input = formInput(form) as z.output<S>;
  }
  try {
    return { ok: true, value: await options.run(input, form), form };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { ok: false, form, error, response: refusal(form, error, options.extra?.(form, error) as X) };
  }
}
