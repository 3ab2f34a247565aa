import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { type InputIssue, parseOrThrow } from '~/modules/pledges/pledge-schema';
import { AppError } from '~/platform/errors';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';

/** Zod pieces shared by the cycle, template and outcome inputs (forms and JSON alike). */

export type { InputIssue };
export { parseOrThrow };

export const err = (code: string) => ({ error: `errors.${code}` });

/** A list from a form (one value arrives as a string) or from JSON. */
export const list = <T extends z.ZodType>(item: T, max = 1000) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item).max(max),
  );

/** Plain text in one language; empty means absent. */
const optionalText = (max: number) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v ?? undefined;
    return plainText(v) || undefined;
  }, z.string().max(max).optional());

/** A text in Arabic and/or English, stored plain; absent languages are left out. */
export const translatedText = (max: number) =>
  z
    .object({ ar: optionalText(max), en: optionalText(max) })
    .default({})
    .transform((t) => {
      const out: Translated = {};
      if (t.ar) out.ar = t.ar;
      if (t.en) out.en = t.en;
      return out;
    });

export const hasText = (t: Translated) => Boolean(t.ar || t.en);

const toDateInput = (v: unknown) =>
  typeof v === 'string' ? normaliseDigits(v).trim() || undefined : (v ?? undefined);
export const isoDate = z.preprocess(toDateInput, z.iso.date(err('invalidDate')));
export const optionalDate = z.preprocess(toDateInput, z.iso.date(err('invalidDate')).optional());

export const iso3 = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toUpperCase() : v),
  z.string().regex(/^[A-Z]{3}$/, err('invalidChoice')),
);

export const bool = z.preprocess(
  (v) =>
    v === 'on' || v === 'true' || v === '1' ? true : v === '' || v === 'false' || v === '0' ? false : v,
  z.boolean(),
);

export const uuid = z.uuid(err('invalidChoice'));

/**
 * Throws the refusals found by a rule check (not by the schema) the way parseOrThrow does:
 * AppError(first code, 422, params + field) with every issue in details.issues.
 */
export function refuseIssues(issues: InputIssue[]): void {
  const first = issues[0];
  if (!first) return;
  throw new AppError(first.code, 422, { ...first.params, field: first.field }, { issues });
}

/** The issues an AppError carries (details.issues, or its own field), for forms that list them all. */
export function issuesOf(error: AppError): InputIssue[] {
  const details = error.details as { issues?: InputIssue[] } | undefined;
  if (details?.issues?.length) return details.issues;
  const field = typeof error.params.field === 'string' ? error.params.field : '_form';
  return [{ field, code: error.code, params: error.params }];
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10);
