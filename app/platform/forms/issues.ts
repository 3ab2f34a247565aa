import type { z } from 'zod';
import { AppError, type FieldError, type FieldErrors, isAppError } from '../errors';
import { pathOf } from './paths';

/** The path of refusals that concern the whole form, not one field. */
export const FORM_PATH = '';

/** One Zod issue as a coded refusal: the kit's own codes, else Zod's kind of issue. */
export function issueError(issue: z.core.$ZodIssue): FieldError {
  if (issue.message?.startsWith('errors.')) {
    const brace = issue.message.indexOf('{');
    const key = brace < 0 ? issue.message.slice(7) : issue.message.slice(7, brace);
    const params: FieldError['params'] =
      brace >= 0
        ? (JSON.parse(issue.message.slice(brace)) as FieldError['params'])
        : issue.code === 'custom'
          ? (issue.params as FieldError['params'])
          : undefined;
    return { code: key, ...(params && Object.keys(params).length ? { params } : {}) };
  }
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
      if (issue.format === 'date') return { code: 'invalidDate' };
      return { code: 'invalidFormat' };
    case 'invalid_value':
      return { code: 'invalidChoice' };
    case 'invalid_type':
      return issue.input === undefined ? { code: 'required' } : { code: 'invalidFormat' };
    default:
      return { code: 'invalidFormat' };
  }
}

/** Zod's issues keyed by the path of the refused value (`title.ar`, `indicators[0].target`). */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const path = pathOf(issue.path);
    out[path] = [...(out[path] ?? []), issueError(issue)];
  }
  return out;
}

/** The first refusal (in the schema's order), for an error's own code and params. */
function firstOf(fieldErrors: FieldErrors): { path: string; error: FieldError } | null {
  for (const [path, errors] of Object.entries(fieldErrors)) if (errors[0]) return { path, error: errors[0] };
  return null;
}

/**
 * Refuses input with every refusal: AppError(first code, status, params) whose
 * `details.fieldErrors` places each beside its field. Nothing is thrown when there is none.
 */
export function refuseFields(fieldErrors: FieldErrors, status = 400): void {
  const first = firstOf(fieldErrors);
  if (!first) return;
  throw new AppError(first.error.code, status, first.error.params ?? {}, { fieldErrors });
}

/** Parses with the schema or throws the refusals (see refuseFields), so an API and a form can report them all. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, status = 400): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  refuseFields(fieldErrorsOf(parsed.error.issues), status);
  throw new Error('unreachable');
}

/**
 * Where an AppError's refusals go: its field errors by path; an error of one field named in its
 * params (`params.field`) goes there; anything else concerns the whole form (FORM_PATH).
 */
export function errorFields(error: AppError): FieldErrors {
  if (error.details?.fieldErrors && Object.keys(error.details.fieldErrors).length)
    return error.details.fieldErrors;
  const { field, ...params } = error.params;
  const path = typeof field === 'string' ? field : FORM_PATH;
  return { [path]: [{ code: error.code, ...(Object.keys(params).length ? { params } : {}) }] };
}

export { isAppError };
