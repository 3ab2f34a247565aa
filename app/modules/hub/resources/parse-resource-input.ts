import { AppError } from '~/platform/errors';
import { type ResourceInput, resourceInputSchema } from './resource-schema';

export interface ResourceInputIssue {
  field: string;
  code: string;
}

/** The issues of a raw resource input, as { field, code } (the code an i18n key under "errors."). */
export function resourceInputIssues(
  raw: unknown,
): { ok: true; data: ResourceInput } | { ok: false; issues: ResourceInputIssue[] } {
  const parsed = resourceInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || '_form',
      code: issue.message?.startsWith('errors.')
        ? issue.message.slice(7)
        : issue.code === 'invalid_value'
          ? 'invalidChoice'
          : issue.code === 'too_big'
            ? 'tooLong'
            : issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined)
              ? 'required'
              : 'invalidFormat',
    })),
  };
}

/** Parses or throws AppError(first issue's code, 400, { field }) with every issue in `details.issues`. */
export function parseResourceInput(raw: unknown): ResourceInput {
  const result = resourceInputIssues(raw);
  if (result.ok) return result.data;
  const first = result.issues[0]!;
  throw new AppError(first.code, 400, { field: first.field }, { issues: result.issues });
}
