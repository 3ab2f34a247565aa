import { data } from 'react-router';
import type { InputIssue } from '~/modules/pledges/pledge-schema';
import { isAppError } from '~/platform/errors';
import { type FieldError, formValues, type SubmissionResult } from '~/platform/forms.server';

/** Domain field paths (description.ar, objectives.2, …) to the support forms' field names. */
function formField(path: string, renames: Record<string, string>): string {
  const p = path.split('.');
  if (p[0] === 'description' && (p[1] === 'ar' || p[1] === 'en'))
    return p[1] === 'ar' ? 'descriptionAr' : 'descriptionEn';
  return renames[p[0] ?? ''] ?? p[0] ?? '_form';
}

/**
 * A refusal of the support forms as the form's result (status of the error, values kept): each
 * issue beside its field, the rest above the form. Not found and forbidden become the error page.
 */
export function supportFailure(form: FormData, error: unknown, renames: Record<string, string> = {}) {
  if (!isAppError(error)) throw error;
  if (error.status === 403 || error.status === 404) {
    throw data({ code: error.code }, { status: error.status });
  }
  const issues = (error.details as { issues?: InputIssue[] } | undefined)?.issues;
  const fieldErrors: Record<string, FieldError[]> = {};
  for (const issue of issues ?? []) {
    const field = formField(issue.field, renames);
    fieldErrors[field] = [
      ...(fieldErrors[field] ?? []),
      { code: issue.code, ...(issue.params ? { params: issue.params } : {}) },
    ];
  }
  const result: SubmissionResult = {
    status: 'error',
    values: formValues(form),
    fieldErrors,
    ...(issues?.length ? {} : { formError: { code: error.code, params: error.params } }),
  };
  return data(result, { status: error.status });
}
