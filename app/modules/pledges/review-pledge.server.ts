import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { applyTransition } from './apply-transition.server';
import type { PledgeAction } from './pledge-policy';
import { checkPartnersConfirmed } from './pledge-records.server';
import { COMMENT_MAX_LENGTH } from './pledge-schema';

export const reviewDecisions = [
  'requestChanges',
  'approve',
  'publish',
  'close',
] as const satisfies readonly PledgeAction[];
export type ReviewDecision = (typeof reviewDecisions)[number];

/**
 * The Network secretariat's moderation: request changes (a comment saying what to change is
 * required), approve, publish, close. Approval and publication need every partner to have confirmed.
 */
export async function reviewPledge(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  decision: ReviewDecision;
  comment?: string | null;
  expectedVersion?: number;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), now = new Date(), decision } = options;
  if (!(reviewDecisions as readonly string[]).includes(decision)) {
    throw new AppError('invalidChoice', 400, { field: 'decision' });
  }
  const comment = options.comment?.trim() ?? '';
  if (comment.length > COMMENT_MAX_LENGTH) {
    throw new AppError('tooLong', 400, { max: COMMENT_MAX_LENGTH, field: 'comment' });
  }
  return db.transaction(async (tx) => {
    return applyTransition(tx, {
      ...options,
      action: decision,
      comment,
      now,
      async check(pledge) {
        if (decision === 'requestChanges' && !comment) {
          throw new AppError('pledgeCommentRequired', 400, { field: 'comment' });
        }
        if (decision === 'approve' || decision === 'publish') await checkPartnersConfirmed(tx, pledge.id);
      },
    });
  });
}
