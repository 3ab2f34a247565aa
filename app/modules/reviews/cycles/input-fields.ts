import type { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import type { AppError, FieldErrors } from '~/platform/errors';
import * as kit from '~/platform/forms/fields';
import { errorFields, refuseFields } from '~/platform/forms/issues';

/** The kit's pieces as the cycle, template and outcome inputs use them (forms and JSON alike). */

/** One refusal found by a rule check: the path of the refused value, its code and params. */
export interface InputIssue {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export const err = kit.code;

/** A list from repeated fields or JSON. */
export const list = <T extends z.ZodType>(item: T, max = 1000) => kit.list(item, { max });

/** A text in Arabic and/or English, stored plain; absent languages are left out. */
export const translatedText = (max: number) => kit.translatedText({ max });

export const hasText = (t: Translated) => Boolean(t.ar || t.en);

export const isoDate = kit.date();
export const optionalDate = kit.optionalDate();
export const iso3 = kit.iso3();
export const bool = kit.checkbox();
export const uuid = kit.uuid();

/** Throws the refusals found by a rule check (not by the schema): AppError(first code, 422) by path. */
export function refuseIssues(issues: InputIssue[]): void {
  const fieldErrors: FieldErrors = {};
  for (const { field, code, params } of issues)
    fieldErrors[field] = [...(fieldErrors[field] ?? []), { code, ...(params ? { params } : {}) }];
  refuseFields(fieldErrors, 422);
}

/** Every refusal an AppError carries, for forms that list them all. */
export function issuesOf(error: AppError): InputIssue[] {
  return Object.entries(errorFields(error)).flatMap(([field, errors]) =>
    errors.map((e) => ({ field, ...e })),
  );
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10);
