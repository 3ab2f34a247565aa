import { eq } from 'drizzle-orm';
import { hubExperts } from '#db/schema/hub-experts';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncExperts } from './expert-content.server';
import { checkVetExpert, expertEntityType } from './expert-policy';
import { lockExpert } from './expert-records.server';
import { parseExpertVetting } from './expert-schema';
import { auditedExpert } from './save-expert-profile.server';

/** A Hub editor approves a profile (it goes public) or declines it with a reason the expert reads. */
export async function vetExpert(options: {
  db?: DbOrTx;
  subject: Subject;
  expertId: string;
  expectedVersion: number;
  input: unknown;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  const input = parseExpertVetting(options.input);
  return db.transaction(async (tx) => {
    const current = await lockExpert(tx, options.expertId);
    checkVetExpert(subject, current, input.decision);
    const { before, after } = await updateVersioned({
      db: tx,
      table: hubExperts,
      where: eq(hubExperts.id, current.id),
      expectedVersion: options.expectedVersion,
      set: {
        status: input.decision === 'approve' ? 'approved' : 'declined',
        declineReason: input.decision === 'decline' ? (input.reason ?? null) : null,
        vettedBy: subject.userId,
        vettedAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'expert.vet',
      entityType: expertEntityType,
      entityId: current.id,
      before: auditedExpert(before),
      after: auditedExpert(after),
      requestId: options.requestId,
    });
    await syncExperts(tx, [current.id]);
    return after;
  });
}
