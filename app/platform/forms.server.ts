import { data } from 'react-router';
import type { z } from 'zod';
import type { RequestContext } from './context';
import { hmac, safeEqual } from './crypto.server';
import { AppError } from './errors';

export const csrfFieldName = '_csrf';

export interface FieldError {
  code: string;
  params?: Record<string, string | number>;
}

/** What an action returns when input is refused: the user's values back, errors as i18n codes. */
export interface SubmissionResult {
  status: 'error';
  values: Record<string, string | string[]>;
  fieldErrors: Record<string, FieldError[]>;
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
    throw new AppError('badForm', 400);
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

/** The submitted values, without passwords and tokens, to render the form again. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key === csrfFieldName || /password/i.test(key)) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

function issueToError(issue: z.core.$ZodIssue): FieldError {
  if (issue.message?.startsWith('errors.')) return { code: issue.message.slice(7) };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { code: 'required' }
          : { code: 'tooShort', params: { min: Number(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'chooseAtLeast', params: { min: Number(issue.minimum) } };
      return { code: 'tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', params: { max: Number(issue.maximum) } };
      return { code: 'tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalidEmail' };
      if (issue.format === 'url') return { code: 'invalidUrl' };
      return { code: 'invalidFormat' };
    case 'invalid_value':
      return { code: 'invalidChoice' };
    case 'invalid_type':
      return issue.input === undefined ? { code: 'required' } : { code: 'invalidFormat' };
    default:
      return { code: 'invalidFormat' };
  }
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; result: SubmissionResult };

/** Validates form fields with the form's Zod schema; on failure returns the user's values and coded errors. */
export function parseForm<S extends z.ZodType>(form: FormData, schema: S): Parsed<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === csrfFieldName) continue;
    const all = form.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, FieldError[]> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issueToError(issue)];
  }
  return { ok: false, result: { status: 'error', values: formValues(form), fieldErrors } };
}

export function formFailure(
  form: FormData,
  error: FieldError,
  fieldErrors: Record<string, FieldError[]> = {},
): SubmissionResult {
  return { status: 'error', values: formValues(form), fieldErrors, formError: error };
}

/** Runs a domain call and turns an AppError into a 4xx form result that keeps the user's input. */
export async function attempt<T>(form: FormData, run: () => Promise<T>) {
  try {
    return { ok: true as const, value: await run() };
  } catch (error) {
    if (error instanceof AppError) {
      return {
        ok: false as const,
        response: data(formFailure(form, { code: error.code, params: error.params }), {
          status: error.status,
        }),
        error,
      };
    }
    throw error;
  }
}
