import { eq } from 'drizzle-orm';
import { hubExperts } from '#db/schema/hub-experts';
import { supportRequests } from '#db/schema/pledge-support';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { supportEntityType } from '~/modules/pledges/support/support-policy';
import { lockSupportRequest } from '~/modules/pledges/support/support-records.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkTriageSupport } from './hub-support-policy';
import { parseTriage } from './hub-support-schema';
import { notifySupportRequester } from './notify-support-requester.server';
import { recordSupportEvent } from './support-events.server';
import { nextSupportStatus, type TriageAction } from './support-workflow';

const eventOf: Record<TriageAction, 'accepted' | 'detail_asked' | 'declined' | 'assigned' | 'closed'> = {
  accept: 'accepted',
  ask_detail: 'detail_asked',
  decline: 'declined',
  assign: 'assigned',
  close: 'closed',
};

/**
 * The Network secretariat triages a request (any kind, pledge requests included): accept, ask for
 * detail (with the question), decline (with the reason), assign an entity and/or an approved expert,
 * close. Versioned (staleVersion 409), audited, written on the requester's timeline, and the requester
 * is mailed in the same transaction.
 */
export async function triageSupport(options: {
  db?: DbOrTx;
  subject: Subject;
  requestId: string;
  expectedVersion: number;
  input: unknown;
  baseUrl: string;
  now?: Date;
  auditRequestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  checkTriageSupport(subject);
  const input = parseTriage(options.input);
  return db.transaction(async (tx) => {
    const current = await lockSupportRequest(tx, options.requestId);
    const status = nextSupportStatus(current.status, input.action);
    let expertName: string | null = null;
    if (input.action === 'assign' && input.assignedExpertId) {
      const [expert] = await tx
        .select({ name: hubExperts.name, status: hubExperts.status })
        .from(hubExperts)
        .where(eq(hubExperts.id, input.assignedExpertId))
        .limit(1);
      expertName = expert?.status === 'approved' ? expert.name : null;
      if (expertName === null) throw fieldRefusal('assignedExpertId', 'invalidChoice');
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: supportRequests,
      where: eq(supportRequests.id, current.id),
      expectedVersion: options.expectedVersion,
      set: {
        status,
        ...(input.action === 'decline' ? { declineReason: input.note ?? null } : {}),
        ...(input.action === 'assign'
          ? { assignedEntity: input.assignedEntity ?? null, assignedExpertId: input.assignedExpertId ?? null }
          : {}),
        closedAt: status === 'closed' || status === 'declined' ? now : null,
      },
    });
    const assignee = [input.assignedEntity, expertName].filter(Boolean).join(' — ');
    const note =
      input.action === 'assign' ? [assignee, input.note].filter(Boolean).join('\n') : (input.note ?? null);
    await recordSupportEvent(tx, {
      requestId: current.id,
      kind: eventOf[input.action],
      status,
      note,
      actorId: subject.userId,
      at: now,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: `support.${input.action}`,
      entityType: supportEntityType,
      entityId: current.id,
      before: { status: before.status, version: before.version },
      after: {
        status: after.status,
        assignedEntity: after.assignedEntity,
        assignedExpertId: after.assignedExpertId,
        version: after.version,
      },
      requestId: options.auditRequestId,
    });
    await notifySupportRequester({ db: tx, request: after, note, baseUrl: options.baseUrl });
    return after;
  });
}
