import { z } from 'zod';
import { parseInput } from '~/platform/forms/issues';
import { plainText } from '~/platform/text/normalise-text';
import { err, hasText, translatedText } from '../cycles/input-fields';
import { OUTCOME_BODY_MAX, OUTCOME_COMMENT_MAX, OUTCOME_TITLE_MAX } from './outcome-limits';

export const outcomeInputSchema = z.object({
  title: translatedText(OUTCOME_TITLE_MAX),
  body: translatedText(OUTCOME_BODY_MAX).refine(hasText, err('outcomeBodyRequired')),
});
export type OutcomeInput = z.output<typeof outcomeInputSchema>;

export const outcomeCommentSchema = z.object({
  body: z.preprocess(
    (v) => (typeof v === 'string' ? plainText(v) : v),
    z.string(err('required')).min(1).max(OUTCOME_COMMENT_MAX),
  ),
});

export const parseOutcomeInput = (raw: unknown): OutcomeInput => parseInput(outcomeInputSchema, raw);
export const parseOutcomeComment = (raw: unknown) => parseInput(outcomeCommentSchema, raw);

export { OUTCOME_BODY_MAX, OUTCOME_COMMENT_MAX, OUTCOME_TITLE_MAX };
