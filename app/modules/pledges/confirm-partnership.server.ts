import { eq } from 'drizzle-orm';
import { pledgePartners } from '#db/schema/pledges';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { lockPartnerFor } from './lock-partner.server';
import { pledgeContent } from './pledge-content.server';
import { pledgeEntityType } from './pledge-records.server';

/**
 * A partner confirms its part in a pledge: a member of the partner organisation, or a focal
 * point of the partner state. Confirming again changes nothing. Not on closed pledges.
 */
export async function confirmPartnership(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  partnerId: string;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const { pledge, partner } = await lockPartnerFor(tx, subject, options.pledgeId, options.partnerId);
    if (pledge.status === 'closed') throw new AppError('pledgeClosed', 409);
    if (partner.confirmedAt) return partner;
    const [after] = await tx
      .update(pledgePartners)
      .set({ confirmedAt: now, confirmedBy: subject.userId })
      .where(eq(pledgePartners.id, partner.id))
      .returning();
    await syncContent(tx, pledgeContent, [pledge.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'pledge.partner.confirm',
      entityType: pledgeEntityType,
      entityId: pledge.id,
      before: partner,
      after,
      requestId: options.requestId,
    });
    return after!;
  });
}
