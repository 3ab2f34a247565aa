import type { Translated } from '#db/schema/columns';
import type { FieldErrors } from '~/platform/errors';
import { refuseFields } from '~/platform/forms/issues';

/** What the cycle, template and outcome rules share beside the form kit. */

/** One refusal found by a rule check: the path of the refused value, its code and params. */
export interface InputIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export const hasText = (t: Translated) => Boolean(t.ar || t.en);

/** Throws the refusals found by a rule check (not by the schema): AppError(first code, 422) by path. */
export function refuseIssues(issues: InputIssue[]): void {
  const fieldErrors: FieldErrors = {};
  for (const { field, code, params } of issues)
    fieldErrors[field] = [...(fieldErrors[field] ?? []), { code, ...(params ? { params } : {}) }];
  refuseFields(fieldErrors, 422);
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10);
