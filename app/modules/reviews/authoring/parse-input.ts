import type { z } from 'zod';
import { fieldRefusal } from '~/platform/errors';

/**
 * Parses a domain operation's input with its form schema; the first problem becomes an AppError
 * with the field in `details.field` (the page shows it beside that field) and the same codes the
 * forms use (required, tooLong, invalidChoice, …).
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '_form';
  let code = 'invalidFormat';
  let params: Record<string, string | number> = {};
  if (issue.message?.startsWith('errors.')) code = issue.message.slice(7);
  else if (issue.code === 'too_big') {
    code = issue.origin === 'string' ? 'tooLong' : 'tooBig';
    params = { max: Number(issue.maximum) };
  } else if (issue.code === 'too_small') code = 'required';
  else if (issue.code === 'invalid_value') code = 'invalidChoice';
  else if (issue.code === 'invalid_format' && issue.format === 'email') code = 'invalidEmail';
  else if (issue.code === 'invalid_type' && issue.input === undefined) code = 'required';
  throw fieldRefusal(field, code, { params });
}
