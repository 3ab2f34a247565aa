import { eq } from 'drizzle-orm';
import { organisations } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkOrganisationInput } from './organisation-input.server';

/** Saves an organisation's profile if nobody changed it since the form was opened. The verified flag is not touched. */
export async function updateOrganisation(options: {
  input: unknown;
  organisationId: string;
  expectedVersion: number;
  actorId: string;
  requestId?: string;
}) {
  return getDb().transaction(async (tx) => {
    const input = await checkOrganisationInput(tx, options.input);
    const { before, after } = await updateVersioned({
      db: tx,
      table: organisations,
      where: eq(organisations.id, options.organisationId),
      expectedVersion: options.expectedVersion,
      set: input,
    });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: options.organisationId,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}
