import type { ConflictState, ReviewRecommendation } from '#db/schema/hub-values';
import type { PanelReview } from './panel-rules';

/** Assignment rows as the panel rules read them. */
export const panelReviews = (
  assignments: readonly {
    conflict: ConflictState;
    submittedAt: Date | null;
    recommendation: ReviewRecommendation | null;
    tieBreak: boolean;
  }[],
): PanelReview[] =>
  assignments.map((a) => ({
    submitted: Boolean(a.submittedAt),
    conflictDeclared: a.conflict === 'declared',
    recommendation: a.submittedAt ? a.recommendation : null,
    tieBreak: a.tieBreak,
  }));
