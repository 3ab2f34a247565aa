import { z } from 'zod';
import { type SupportStatus, supportKinds } from '#db/schema/pledge-support-values';
import { objectiveCount } from '~/modules/reference/constants';
import { choice, language, list, number, optionalText, translatedText } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

/** Limits shared by the forms and the domain. */
export const SUPPORT_DESCRIPTION_MIN_LENGTH = 20;
export const SUPPORT_DESCRIPTION_MAX_LENGTH = 2000;
export const SUPPORT_REPLY_MAX_LENGTH = 5000;

/** What a pledger sends to ask for support: a kind, a description in Arabic and/or English, objectives. */
export const supportRequestSchema = z
  .object({
    kind: choice(supportKinds),
    description: translatedText({ max: SUPPORT_DESCRIPTION_MAX_LENGTH, min: SUPPORT_DESCRIPTION_MIN_LENGTH }),
    originalLanguage: language(),
    objectives: list(number({ int: true, min: 1, max: objectiveCount }), { max: objectiveCount }),
  })
  .superRefine((v, ctx) => {
    if (!v.description.ar && !v.description.en) {
      ctx.addIssue({ code: 'custom', path: ['description'], message: 'errors.supportDescriptionRequired' });
    } else if (!v.description[v.originalLanguage]) {
      ctx.addIssue({ code: 'custom', path: ['originalLanguage'], message: 'errors.supportOriginalMissing' });
    }
  })
  .transform((v) => ({ ...v, objectives: [...new Set(v.objectives)].sort((a, b) => a - b) }));
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
    status: choice(answerStatuses),
    reply: optionalText({ max: SUPPORT_REPLY_MAX_LENGTH }),
    replyLanguage: language(),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'answered' && !v.reply) {
      ctx.addIssue({ code: 'custom', path: ['reply'], message: 'errors.supportReplyRequired' });
    }
  });
export type SupportAnswerInput = z.output<typeof supportAnswerSchema>;

/** Parses or throws every refusal by path (AppError details.fieldErrors), as pledges do. */
export const parseSupportRequest = (raw: unknown): SupportRequestInput =>
  parseInput(supportRequestSchema, raw);
export const parseSupportAnswer = (raw: unknown): SupportAnswerInput => parseInput(supportAnswerSchema, raw);
