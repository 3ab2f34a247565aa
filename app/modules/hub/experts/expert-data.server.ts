import { and, asc, eq } from 'drizzle-orm';
import { auditLog } from '#db/schema/accounts';
import { hubExpertMessages, hubExperts } from '#db/schema/hub-experts';
import { supportRequests } from '#db/schema/pledge-support';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { syncExperts } from './expert-content.server';
import { checkOwnExpertData, expertEntityType } from './expert-policy';
import { expertOfUser, lockExpert } from './expert-records.server';

/**
 * Everything Marsad keeps about an expert as the expert (their profile, contact details included, and
 * the messages written to them), for their own JSON download. Only the expert reads it.
 */
export async function exportExpertData(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb(), subject } = options;
  if (!subject.userId) throw forbidden();
  const expert = await expertOfUser(db, subject.userId);
  if (!expert) throw notFound();
  checkOwnExpertData(subject, expert);
  const messages = await db
    .select({
      subject: hubExpertMessages.subject,
      body: hubExpertMessages.body,
      createdAt: hubExpertMessages.createdAt,
    })
    .from(hubExpertMessages)
    .where(eq(hubExpertMessages.expertId, expert.id))
    .orderBy(asc(hubExpertMessages.createdAt));
  const { userId: _user, vettedBy: _vettedBy, version: _version, ...profile } = expert;
  return { exportedAt: new Date().toISOString(), profile, messages };
}

/**
 * The expert deletes their personal data: the profile and the messages written to them go, requests
 * that named them as assignee forget them, the index drops the profile, and the audit entries about
 * the profile keep only that it existed (their before/after are emptied). The deletion itself is
 * audited without any personal data.
 */
export async function deleteExpertData(options: {
  db?: DbOrTx;
  subject: Subject;
  expertId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const expert = await lockExpert(tx, options.expertId);
    checkOwnExpertData(subject, expert);
    await tx
      .update(supportRequests)
      .set({ assignedExpertId: null })
      .where(eq(supportRequests.assignedExpertId, expert.id));
    await tx.delete(hubExpertMessages).where(eq(hubExpertMessages.expertId, expert.id));
    await tx.delete(hubExperts).where(eq(hubExperts.id, expert.id));
    await tx
      .update(auditLog)
      .set({ before: null, after: null })
      .where(and(eq(auditLog.entityType, expertEntityType), eq(auditLog.entityId, expert.id)));
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'expert.delete',
      entityType: expertEntityType,
      entityId: expert.id,
      requestId: options.requestId,
    });
    await syncExperts(tx, [expert.id]);
    return { id: expert.id };
  });
}
