import { and, eq, lte, sql } from 'drizzle-orm';
import { hubPracticeCalls } from '#db/schema/hub-practices';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { syncPracticeCalls } from './practice-content.server';
import { hubPracticeCallEntityType } from './practice-policy';

/**
 * Closes every open call whose deadline has come (the scheduled job, app/jobs.server.ts). Idempotent:
 * a closed call is left alone, so a retried or doubled run changes nothing. Readers never wait for it
 * (a past deadline already reads as closed).
 */
export async function closeDueCalls(options: { db?: DbOrTx; now?: Date } = {}) {
  const { db = getDb(), now = new Date() } = options;
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(hubPracticeCalls)
      .set({ status: 'closed', closedAt: now, version: sql`${hubPracticeCalls.version} + 1`, updatedAt: now })
      .where(and(eq(hubPracticeCalls.status, 'open'), lte(hubPracticeCalls.deadlineAt, now)))
      .returning({ id: hubPracticeCalls.id });
    for (const c of closed) {
      await recordAudit(tx, {
        actorId: null,
        action: 'hub.call.close',
        entityType: hubPracticeCallEntityType,
        entityId: c.id,
        before: { status: 'open' },
        after: { status: 'closed', reason: 'deadline' },
      });
    }
    await syncPracticeCalls(
      tx,
      closed.map((c) => c.id),
    );
    return closed.map((c) => c.id);
  });
}
