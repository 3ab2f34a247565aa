import { data } from 'react-router';
import { issuesOf } from '~/modules/reviews/cycles/input-fields';
import { isAppError } from '~/platform/errors';
import { type FieldError, formValues } from '~/platform/forms.server';
import type { RefusedForm } from './cycle-form-state';

/**
 * Helpers shared by the review-cycle pages (cycles, templates, tracker, outcome): domain refusals
 * become error pages (loaders) or forms shown again with every reason (actions).
 */

/**
 * Runs an action's domain call; an AppError answers the form again with the user's values and
 * every reason (details.issues) beside its field, in the error's status. Other errors propagate.
 */
export async function attemptForm<T>(
  form: FormData,
  run: () => Promise<T>,
  options: { mapField?: (field: string) => string } = {},
) {
  try {
    return { ok: true as const, value: await run() };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const issues = issuesOf(error);
    const fieldErrors: Record<string, FieldError[]> = {};
    for (const issue of issues) {
      const e: FieldError = { code: issue.code, ...(issue.params ? { params: issue.params } : {}) };
      // These forms still name rows with dots (milestone.3.kind); their paths are bracketed.
      const path = issue.field.replace(/\[(\d+)\]/g, '.$1');
      const field = options.mapField ? options.mapField(path) : path;
      fieldErrors[field] = [...(fieldErrors[field] ?? []), e];
    }
    const result: RefusedForm = {
      status: 'error',
      intent: String(form.get('intent') ?? ''),
      values: formValues(form),
      fieldErrors,
      problems: issues.map((i) => ({ code: i.code, ...(i.params ? { params: i.params } : {}) })),
      ...(error.code === 'staleVersion' ? { current: error.details?.current } : {}),
    };
    return { ok: false as const, error, response: data(result, { status: error.status }) };
  }
}

/** A notice named in the query string (?notice=created), if it is one the page knows. */
export function noticeOf<T extends string>(request: Request, known: readonly T[]): T | null {
  const notice = new URL(request.url).searchParams.get('notice');
  return (known as readonly (string | null)[]).includes(notice) ? (notice as T) : null;
}
