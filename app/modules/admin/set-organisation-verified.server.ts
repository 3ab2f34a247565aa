import { eq } from 'drizzle-orm';
import { organisations } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db, DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';

/** Marks an organisation verified (or not) by the secretariat; a stale version is refused. */
export async function setOrganisationVerified(options: {
  db: DbOrTx;
  actorId: string | null;
  organisationId: string;
  verified: boolean;
  expectedVersion: number;
  requestId?: string;
}): Promise<{ version: number }> {
  const { actorId, organisationId, verified, expectedVersion, requestId } = options;
  if (!isUuid(organisationId)) throw notFound();
  return (options.db as Db).transaction(async (tx) => {
    const { before, after } = await updateVersioned({
      db: tx,
      table: organisations,
      where: eq(organisations.id, organisationId),
      expectedVersion,
      set: { verified },
    });
    await recordAudit(tx, {
      actorId,
      action: verified ? 'organisation.verify' : 'organisation.unverify',
      entityType: 'organisation',
      entityId: organisationId,
      before: { verified: before.verified, version: before.version },
      after: { verified: after.verified, version: after.version },
      requestId,
    });
    return { version: after.version };
  });
}
