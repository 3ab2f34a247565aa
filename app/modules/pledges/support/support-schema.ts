import { z } from 'zod';
import type { Translated } from '#db/schema/columns';
import { type SupportStatus, supportKinds } from '#db/schema/pledge-support-values';
import { objectiveCount } from '~/modules/reference/constants';
import { normaliseDigits, plainText } from '~/platform/text/normalise-text';
import { parseOrThrow } from '../pledge-schema';

/** Limits shared by the forms and the domain. */
export const SUPPORT_DESCRIPTION_MIN_LENGTH = 20;
export const SUPPORT_DESCRIPTION_MAX_LENGTH = 2000;
export const SUPPORT_REPLY_MAX_LENGTH = 5000;

const err = (code: string) => ({ error: `errors.${code}` });

const optionalText = (max: number, min: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? plainText(v) || undefined : (v ?? undefined)),
    z.string().min(min).max(max).optional(),
  );

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );

/** What a pledger sends to ask for support: a kind, a description in Arabic and/or English, objectives. */
export const supportRequestSchema = z
  .object({
    kind: z.enum(supportKinds, err('invalidChoice')),
    description: z
      .object({
        ar: optionalText(SUPPORT_DESCRIPTION_MAX_LENGTH, SUPPORT_DESCRIPTION_MIN_LENGTH),
        en: optionalText(SUPPORT_DESCRIPTION_MAX_LENGTH, SUPPORT_DESCRIPTION_MIN_LENGTH),
      })
      .default({}),
    originalLanguage: z.enum(['ar', 'en'], err('invalidChoice')),
    objectives: list(
      z.preprocess(
        (v) => (typeof v === 'string' ? Number(normaliseDigits(v)) : v),
        z.number().int().min(1).max(objectiveCount),
      ),
    ).pipe(z.array(z.number()).max(objectiveCount)),
  })
  .superRefine((v, ctx) => {
    if (!v.description.ar && !v.description.en) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'errors.supportDescriptionRequired' });
    } else if (!v.description[v.originalLanguage]) {
      ctx.addIssue({ code: 'custom', path: ['originalLanguage'], message: 'errors.supportOriginalMissing' });
    }
  })
  .transform((v) => {
    const description: Translated = {};
    if (v.description.ar) description.ar = v.description.ar;
    if (v.description.en) description.en = v.description.en;
    return { ...v, description, objectives: [...new Set(v.objectives)].sort((a, b) => a - b) };
  });
export type SupportRequestInput = z.output<typeof supportRequestSchema>;

/** Statuses the secretariat may set (a request is opened by its requester only). */
export const answerStatuses = [
  'in_progress',
  'answered',
  'closed',
] as const satisfies readonly SupportStatus[];

/** The secretariat's answer: a status and the reply text (required to mark it answered). */
export const supportAnswerSchema = z
  .object({
    status: z.enum(answerStatuses, err('invalidChoice')),
    reply: optionalText(SUPPORT_REPLY_MAX_LENGTH, 1),
    replyLanguage: z.enum(['ar', 'en'], err('invalidChoice')),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'answered' && !v.reply) {
      ctx.addIssue({ code: 'custom', path: ['reply'], message: 'errors.supportReplyRequired' });
    }
  });
export type SupportAnswerInput = z.output<typeof supportAnswerSchema>;

/** Parses or throws AppError(first issue, 400) with every issue in details.issues (as pledges do). */
export const parseSupportRequest = (raw: unknown): SupportRequestInput =>
  parseOrThrow(supportRequestSchema, raw);
export const parseSupportAnswer = (raw: unknown): SupportAnswerInput =>
  parseOrThrow(supportAnswerSchema, raw);
