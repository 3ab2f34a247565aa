import type { z } from 'zod';
import { AppError } from '~/platform/errors';

/** Parses with the schema or throws AppError(first issue's i18n code, 400, { field }). */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const code = issue.message?.startsWith('errors.') ? issue.message.slice(7) : 'invalidFormat';
  throw new AppError(code, 400, { field: issue.path.map(String).join('.') });
}
