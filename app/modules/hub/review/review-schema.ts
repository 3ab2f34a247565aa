import { z } from 'zod';
import {
  editorDecisions,
  reviewCriteria,
  reviewRecommendations,
  scoreMax,
  scoreMin,
} from '#db/schema/hub-values';
import { code, optionalText } from '~/platform/forms/fields';
import { normaliseDigits } from '~/platform/text/normalise-text';

export const REVIEW_COMMENTS_MAX = 5000;
export const CONFLICT_TEXT_MAX = 2000;
export const DECISION_COMMENT_MAX = 5000;

const scoreScale = { min: scoreMin, max: scoreMax };
const score = z.preprocess(
  (v) => (typeof v === 'string' ? Number(normaliseDigits(v.trim()) || Number.NaN) : v),
  z
    .number(code('hubScoreRequired', scoreScale))
    .int(code('hubScoreRequired', scoreScale))
    .min(scoreMin, code('hubScoreRequired', scoreScale))
    .max(scoreMax, code('hubScoreRequired', scoreScale)),
);

/** The conflict-of-interest answer: none, or declared with a description. */
export const conflictSchema = z
  .object({
    conflict: z.enum(['none', 'declared'], code('invalidChoice')),
    conflictText: optionalText({ max: CONFLICT_TEXT_MAX }),
  })
  .superRefine((v, ctx) => {
    if (v.conflict === 'declared' && !v.conflictText) {
      ctx.addIssue({ code: 'custom', path: ['conflictText'], message: 'errors.hubConflictTextRequired' });
    }
  });
export type ConflictInput = z.output<typeof conflictSchema>;

/** A review: a score for every fixed criterion, a recommendation, comments (required unless accepting). */
export const reviewSchema = z
  .object({
    ...Object.fromEntries(reviewCriteria.map((c) => [c, score])),
    recommendation: z.enum(reviewRecommendations, code('invalidChoice')),
    comments: optionalText({ max: REVIEW_COMMENTS_MAX }),
  })
  .superRefine((v, ctx) => {
    if (v.recommendation !== 'accept' && !v.comments) {
      ctx.addIssue({ code: 'custom', path: ['comments'], message: 'errors.hubCommentsRequired' });
    }
  });

export const decisionSchema = z
  .object({
    decision: z.enum(editorDecisions, code('invalidChoice')),
    comment: optionalText({ max: DECISION_COMMENT_MAX }),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'publish' && !v.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'errors.hubDecisionCommentRequired' });
    }
  });
