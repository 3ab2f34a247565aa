import { eq } from 'drizzle-orm';
import { hubExperts } from '#db/schema/hub-experts';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { syncExperts } from './expert-content.server';
import { canRegisterExpert, expertEntityType } from './expert-policy';
import { checkExpertReference, expertOfUser } from './expert-records.server';
import { parseExpertProfile } from './expert-schema';

/** What the audit keeps of a profile: its state and expertise, never a name, biography or contact. */
export const auditedExpert = (row: { status: string; objectives: number[]; version: number }) => ({
  status: row.status,
  objectives: row.objectives,
  version: row.version,
});

/**
 * A signed-in person registers their expert profile, or changes it (named version: staleVersion 409
 * on a stale save). Either way it waits for a Hub editor: a changed profile is vetted again, so what
 * the public reads is always what an editor approved.
 */
export async function saveExpertProfile(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  expectedVersion?: number;
  isSample?: boolean;
  now?: Date;
  requestId?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  if (!subject.userId || !canRegisterExpert(subject)) throw forbidden();
  const userId = subject.userId;
  const input = parseExpertProfile(options.input);
  return db.transaction(async (tx) => {
    await checkExpertReference(tx, input);
    const values = {
      name: input.name,
      organisation: input.organisation ?? '',
      biography: input.biography,
      originalLanguage: input.originalLanguage,
      objectives: input.objectives,
      principles: input.principles,
      languages: input.languages,
      regions: input.regions,
      availability: input.availability,
      contactEmail: input.contactEmail,
      telephone: input.telephone ?? null,
      status: 'pending' as const,
      declineReason: null,
      vettedBy: null,
      vettedAt: null,
    };
    const existing = await expertOfUser(tx, userId);
    let row: typeof hubExperts.$inferSelect;
    if (!existing) {
      [row] = (await tx
        .insert(hubExperts)
        .values({ ...values, userId, isSample: options.isSample ?? false, createdAt: now, updatedAt: now })
        .returning()) as [typeof hubExperts.$inferSelect];
    } else {
      ({ after: row } = await updateVersioned({
        db: tx,
        table: hubExperts,
        where: eq(hubExperts.id, existing.id),
        expectedVersion: options.expectedVersion ?? -1,
        set: values,
      }));
    }
    await recordAudit(tx, {
      actorId: userId,
      action: existing ? 'expert.update' : 'expert.register',
      entityType: expertEntityType,
      entityId: row.id,
      before: existing ? auditedExpert(existing) : undefined,
      after: auditedExpert(row),
      requestId: options.requestId,
    });
    await syncExperts(tx, [row.id]);
    return row;
  });
}
