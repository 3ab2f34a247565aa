import { eq, sql } from 'drizzle-orm';
import { pledges, pledgeUpdates, pledgeUpdateValues } from '#db/schema/pledges';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { pledgeContent } from './pledge-content.server';
import { checkProgressUpdate } from './pledge-policy';
import { loadIndicators, lockPledge, pledgeEntityType } from './pledge-records.server';
import { parseProgressUpdate } from './pledge-schema';
import { toIsoDate } from './quality-check';

/**
 * The pledger reports progress on a published pledge: date (not in the future, not before the
 * pledge starts), implementation
 * status, a value per indicator reported, and a narrative. Keeps the pledge's last-progress date.
 */
export async function addProgressUpdate(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const pledge = await lockPledge(tx, options.pledgeId);
    checkProgressUpdate({ subject, pledge });
    const input = parseProgressUpdate(options.input);
    if (input.reportedOn > toIsoDate(now)) {
      throw new AppError('progressDateInFuture', 400, { field: 'reportedOn' });
    }
    if (pledge.startDate && input.reportedOn < pledge.startDate) {
      throw new AppError('progressBeforeStart', 400, { field: 'reportedOn', startDate: pledge.startDate });
    }
    const indicatorIds = new Set((await loadIndicators(tx, pledge.id)).map((i) => i.id));
    for (const v of input.values) {
      if (!indicatorIds.has(v.indicatorId)) throw new AppError('invalidChoice', 400, { field: 'values' });
    }
    const [update] = await tx
      .insert(pledgeUpdates)
      .values({
        pledgeId: pledge.id,
        reportedOn: input.reportedOn,
        status: input.status,
        narrative: input.narrative,
        originalLanguage: input.originalLanguage,
        createdBy: subject.userId,
        createdAt: now,
      })
      .returning();
    const values = input.values.length
      ? await tx
          .insert(pledgeUpdateValues)
          .values(
            input.values.map((v) => ({ updateId: update!.id, indicatorId: v.indicatorId, value: v.value })),
          )
          .returning()
      : [];
    await tx
      .update(pledges)
      .set({
        lastProgressOn: sql`greatest(${pledges.lastProgressOn}, ${input.reportedOn}::date)`,
        updatedAt: now,
      })
      .where(eq(pledges.id, pledge.id));
    const result = { ...update!, values };
    await syncContent(tx, pledgeContent, [pledge.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'pledge.progress.add',
      entityType: pledgeEntityType,
      entityId: pledge.id,
      after: result,
      requestId: options.requestId,
    });
    return result;
  });
}
