import { data } from 'react-router';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { isPledger } from '~/modules/pledges/pledge-policy';
import type { InputIssue } from '~/modules/pledges/pledge-schema';
import { guard } from '~/permissions/guard.server';
import { forbidden, isAppError } from '~/platform/errors';
import { type FieldError, formValues, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';

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

/** The pledge for a page only its pledger may use (ask for support, attach files); others get the error page. */
export async function pledgeForPledger(request: Request, pledgeId: string) {
  const viewer = await guard(request, 'pledges.edit');
  const detail = await orErrorPage(async () => {
    const found = await getPledge({ subject: viewer.subject, pledgeId });
    if (!isPledger(viewer.subject, found.pledge)) throw forbidden();
    return found;
  });
  return { viewer, detail };
}
