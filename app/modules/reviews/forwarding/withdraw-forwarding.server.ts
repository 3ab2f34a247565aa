import { and, eq, isNull } from 'drizzle-orm';
import { forwardingEntityType } from '#db/schema/review-forwarding-values';
import { reviewForwardings } from '#db/schema/review-forwardings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { checkForwardToImrf } from '../cycles/cycle-policy';
import { loadCycle } from '../cycles/cycle-records.server';

/**
 * Withdraws a forwarding recorded by mistake: it leaves the cycle's and the meeting's pages, the row
 * stays (withdrawn_at) for the audit trail, and the same version may be forwarded again.
 */
export async function withdrawForwarding(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  forwardingId: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, options.cycleId);
    checkForwardToImrf(subject, cycle);
    if (!isUuid(options.forwardingId)) throw notFound();
    const [row] = await tx
      .update(reviewForwardings)
      .set({ withdrawnAt: options.now ?? new Date(), withdrawnBy: subject.userId })
      .where(
        and(
          eq(reviewForwardings.id, options.forwardingId),
          eq(reviewForwardings.cycleId, cycle.id),
          isNull(reviewForwardings.withdrawnAt),
        ),
      )
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_forwarding.withdraw',
      entityType: forwardingEntityType,
      entityId: row.id,
      before: { withdrawnAt: null },
      after: { withdrawnAt: row.withdrawnAt?.toISOString() ?? null },
      requestId: options.requestId,
    });
    return row;
  });
}
