import { z } from 'zod';
import { code, text, translatedText } from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';
import { hasText } from '../cycles/input-fields';
import { OUTCOME_BODY_MAX, OUTCOME_COMMENT_MAX, OUTCOME_TITLE_MAX } from './outcome-limits';

export const outcomeInputSchema = z.object({
  title: translatedText({ max: OUTCOME_TITLE_MAX }),
  body: translatedText({ max: OUTCOME_BODY_MAX }).refine(hasText, code('outcomeBodyRequired')),
});
export type OutcomeInput = z.output<typeof outcomeInputSchema>;

export const outcomeCommentSchema = z.object({
  body: text({ max: OUTCOME_COMMENT_MAX }),
  /** The paragraph commented on (its identifier); empty for the whole document. */
  paragraph: z
    .string()
    .optional()
    .transform((v) => v?.trim() || null),
});

export const parseOutcomeInput = (raw: unknown): OutcomeInput => parseInput(outcomeInputSchema, raw);
export const parseOutcomeComment = (raw: unknown) => parseInput(outcomeCommentSchema, raw);

export { OUTCOME_BODY_MAX, OUTCOME_COMMENT_MAX, OUTCOME_TITLE_MAX };
