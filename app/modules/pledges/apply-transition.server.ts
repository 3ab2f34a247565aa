import { eq, sql } from 'drizzle-orm';
import { pledges, pledgeTransitions } from '#db/schema/pledges';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { staleVersion } from '~/platform/errors';
import { pledgeContent } from './pledge-content.server';
import { checkTransition, type PledgeAction } from './pledge-policy';
import { lockPledge, type PledgeRow, pledgeEntityType } from './pledge-records.server';

const auditAction: Record<PledgeAction, string> = {
  submit: 'pledge.submit',
  requestChanges: 'pledge.request_changes',
  approve: 'pledge.approve',
  publish: 'pledge.publish',
  close: 'pledge.close',
};

/**
 * Moves a pledge along the workflow inside the caller's transaction: locks it, checks the rule
 * (403 / 409), an optional expected version (409 staleVersion), then the caller's extra check;
 * bumps the version, stamps submitted/published/closed, records the transition and the audit entry.
 */
export async function applyTransition(
  tx: DbOrTx,
  options: {
    subject: Subject;
    pledgeId: string;
    action: PledgeAction;
    comment?: string | null;
    expectedVersion?: number;
    now: Date;
    requestId?: string;
    check?: (pledge: PledgeRow) => Promise<void>;
  },
): Promise<PledgeRow> {
  const { subject, action, now } = options;
  const before = await lockPledge(tx, options.pledgeId);
  const to = checkTransition({ subject, pledge: before, action });
  if (options.expectedVersion !== undefined && options.expectedVersion !== before.version) {
    throw staleVersion(before);
  }
  await options.check?.(before);
  const stamps =
    action === 'submit'
      ? { submittedAt: now }
      : action === 'publish'
        ? { publishedAt: now }
        : action === 'close'
          ? { closedAt: now }
          : {};
  const [after] = await tx
    .update(pledges)
    .set({ status: to, ...stamps, version: sql`${pledges.version} + 1`, updatedAt: now })
    .where(eq(pledges.id, before.id))
    .returning();
  const comment = options.comment?.trim() || null;
  await tx.insert(pledgeTransitions).values({
    pledgeId: before.id,
    fromStatus: before.status,
    toStatus: to,
    actorId: subject.userId,
    comment,
    at: now,
  });
  await syncContent(tx, pledgeContent, [before.id]);
  await recordAudit(tx, {
    actorId: subject.userId,
    action: auditAction[action],
    entityType: pledgeEntityType,
    entityId: before.id,
    before: { status: before.status, version: before.version },
    after: { status: to, version: after!.version, comment },
    requestId: options.requestId,
  });
  return after!;
}
