import { and, eq } from 'drizzle-orm';
import { type OrganisationRole, organisationMembers } from '#db/schema/index';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { keepOneAdmin, lockOrganisation, membershipOf } from './members.server';

/** Makes a member an administrator or the reverse; the last administrator cannot step down. */
export async function changeMemberRole(options: {
  organisationId: string;
  userId: string;
  role: OrganisationRole;
  actorId: string;
  requestId?: string;
}) {
  await getDb().transaction(async (tx) => {
    await lockOrganisation(tx, options.organisationId);
    const member = await membershipOf(tx, options.organisationId, options.userId);
    if (!member) throw new AppError('notMember', 404);
    if (member.role === options.role) return;
    await keepOneAdmin(tx, options.organisationId, member.role, options.role);
    await tx
      .update(organisationMembers)
      .set({ role: options.role })
      .where(
        and(
          eq(organisationMembers.organisationId, options.organisationId),
          eq(organisationMembers.userId, options.userId),
        ),
      );
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'organisation.member-role',
      entityType: 'organisation',
      entityId: options.organisationId,
      before: { userId: options.userId, role: member.role },
      after: { userId: options.userId, role: options.role },
      requestId: options.requestId,
    });
  });
}
