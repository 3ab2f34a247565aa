import { organisationMembers, organisations } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { getDb } from '~/platform/platform.server';
import { checkOrganisationInput } from './organisation-input.server';

/** Registers an organisation; whoever creates it becomes its first administrator. Not verified until the secretariat says so. */
export async function createOrganisation(options: { input: unknown; actorId: string; requestId?: string }) {
  return getDb().transaction(async (tx) => {
    const input = await checkOrganisationInput(tx, options.input);
    const [organisation] = await tx.insert(organisations).values(input).returning();
    await tx
      .insert(organisationMembers)
      .values({ organisationId: organisation!.id, userId: options.actorId, role: 'admin' });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'organisation.create',
      entityType: 'organisation',
      entityId: organisation!.id,
      after: { ...organisation, admins: [options.actorId] },
      requestId: options.requestId,
    });
    return organisation!;
  });
}
