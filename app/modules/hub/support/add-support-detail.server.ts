import { eq } from 'drizzle-orm';
import { supportRequests } from '#db/schema/pledge-support';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { supportEntityType } from '~/modules/pledges/support/support-policy';
import { lockSupportRequest } from '~/modules/pledges/support/support-records.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkAddSupportDetail } from './hub-support-policy';
import { parseSupportDetail } from './hub-support-schema';
import { recordSupportEvent } from './support-events.server';
import { nextSupportStatus } from './support-workflow';

/**
 * The requester answers the secretariat's question: the detail goes on the timeline and the request
 * waits for triage again (needs_detail → open).
 */
export async function addSupportDetail(options: {
  db?: DbOrTx;
  subject: Subject;
  requestId: string;
  expectedVersion: number;
  input: unknown;
  now?: Date;
  auditRequestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const input = parseSupportDetail(options.input);
  return db.transaction(async (tx) => {
    const current = await lockSupportRequest(tx, options.requestId);
    checkAddSupportDetail(subject, current);
    const status = nextSupportStatus(current.status, 'add_detail');
    const { after } = await updateVersioned({
      db: tx,
      table: supportRequests,
      where: eq(supportRequests.id, current.id),
      expectedVersion: options.expectedVersion,
      set: { status },
    });
    await recordSupportEvent(tx, {
      requestId: current.id,
      kind: 'detail_added',
      status,
      note: input.detail,
      actorId: subject.userId,
      at: now,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'support.detail',
      entityType: supportEntityType,
      entityId: current.id,
      before: { status: current.status },
      after: { status, version: after.version },
      requestId: options.auditRequestId,
    });
    return after;
  });
}
