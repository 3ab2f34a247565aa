import { and, eq } from 'drizzle-orm';
import { organisationMembers } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { keepOneAdmin, lockOrganisation, membershipOf } from './members.server';

/** Removes a member; never the last administrator (add or promote another one first). */
export async function removeMember(options: {
  organisationId: string;
  userId: string;
  actorId: string;
  requestId?: string;
}) {
  await getDb().transaction(async (tx) => {
    await lockOrganisation(tx, options.organisationId);
    const member = await membershipOf(tx, options.organisationId, options.userId);
    if (!member) throw new AppError('notMember', 404);
    await keepOneAdmin(tx, options.organisationId, member.role, null);
    await tx
      .delete(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, options.organisationId),
          eq(organisationMembers.userId, options.userId),
        ),
      );
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'organisation.member-remove',
      entityType: 'organisation',
      entityId: options.organisationId,
      before: { userId: options.userId, role: member.role },
      requestId: options.requestId,
    });
  });
}
