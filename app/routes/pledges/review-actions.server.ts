import { z } from 'zod';
import { notifyPledger } from '~/modules/pledges/notify-pledger.server';
import { COMMENT_MAX_LENGTH } from '~/modules/pledges/pledge-schema';
import { type ReviewDecision, reviewDecisions, reviewPledge } from '~/modules/pledges/review-pledge.server';
import type { Subject } from '~/permissions/resolver';
import { attemptForm } from '~/platform/forms.server';
import { getDb } from '~/platform/platform.server';

export const reviewFormSchema = z.object({
  decision: z.enum(reviewDecisions),
  comment: z.string().max(COMMENT_MAX_LENGTH).optional(),
  version: z.coerce.number().int().min(1),
});

/**
 * The secretariat's decision and the mail to the pledger, in one transaction (the mail is queued
 * only if the decision commits). Refusals come back as the form's result with the user's comment.
 */
export async function decide(
  form: FormData,
  options: {
    subject: Subject;
    pledgeId: string;
    decision: ReviewDecision;
    comment?: string;
    version: number;
    baseUrl: string;
    requestId?: string;
  },
) {
  const done = await attemptForm(form, () =>
    getDb().transaction(async (tx) => {
      const after = await reviewPledge({
        db: tx,
        subject: options.subject,
        pledgeId: options.pledgeId,
        decision: options.decision,
        comment: options.comment,
        expectedVersion: options.version,
        requestId: options.requestId,
      });
      await notifyPledger({
        db: tx,
        pledge: after,
        decision: options.decision,
        comment: options.comment,
        baseUrl: options.baseUrl,
      });
    }),
  );
  return done.ok ? null : done.response;
}
