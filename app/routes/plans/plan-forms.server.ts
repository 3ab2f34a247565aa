import { data } from 'react-router';
import { planResource } from '~/modules/plans/plan-policy';
import type { InputIssue } from '~/modules/pledges/pledge-schema';
import { guard, guardResource } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { type FieldError, formValues, type SubmissionResult } from '~/platform/forms.server';

/**
 * Shared by the plan actions: the form as the domain's input, and a refusal as a form result that
 * keeps what the user typed (status 400/409), or an error page for 403/404.
 */

/** Every field of the form, repeated names (objectives, principles) as lists. */
export function inputOf(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key === '_csrf' || key === 'intent' || key === 'version') continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = key === 'objectives' || key === 'principles' ? all : (all[0] ?? '');
  }
  return out;
}

/** The version the form was opened with (0 when missing, which never matches). */
export const versionOf = (form: FormData) => {
  const n = Number(form.get('version'));
  return Number.isInteger(n) ? n : 0;
};

/** Runs a domain call; an AppError becomes the form result (or, for 403/404, the error page). */
export async function orRefusal<T>(
  form: FormData,
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: ReturnType<typeof data<SubmissionResult>> }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.status === 403 || error.status === 404) {
      throw data({ code: error.code }, { status: error.status });
    }
    const issues = (error.details as { issues?: InputIssue[] } | undefined)?.issues ?? [
      { field: String(error.params.field ?? '_form'), code: error.code, params: error.params },
    ];
    const fieldErrors: Record<string, FieldError[]> = {};
    for (const issue of issues) {
      const field = issue.field.split('.')[0] || '_form';
      const { field: _field, ...params } = issue.params ?? {};
      fieldErrors[field] = [...(fieldErrors[field] ?? []), { code: issue.code, params }];
    }
    // Refusals not tied to a field (a stale version, a rule of the plan) are shown above the form.
    const formError = fieldErrors._form?.[0];
    delete fieldErrors._form;
    const result: SubmissionResult = {
      status: 'error',
      values: formValues(form),
      fieldErrors,
      ...(formError ? { formError } : {}),
    };
    return { ok: false, response: data(result, { status: error.status }) };
  }
}

/**
 * The guard of the keepers' pages: anyone who keeps no plan anywhere is sent to sign in or refused
 * (403), and so is a focal point of another country.
 */
export async function keeperOf(request: Request, iso3: string) {
  await guard(request, 'plans.edit');
  return guardResource(request, 'plans.edit', planResource(iso3.trim().toUpperCase()));
}
