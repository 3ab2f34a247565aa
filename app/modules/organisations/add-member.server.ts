import { type OrganisationRole, organisationMembers } from '#db/schema/index';
import { findUserByEmail, rateKeys } from '~/modules/accounts/users.server';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { AppError, fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { hit, limits, retryMinutes } from '~/platform/rate-limit.server';
import { lockOrganisation, membershipOf } from './members.server';

/**
 * Adds an existing account to an organisation by e-mail. The lookup is limited per acting user
 * so the form cannot be used to test many addresses for accounts.
 */
export async function addMember(options: {
  organisationId: string;
  email: string;
  role: OrganisationRole;
  actorId: string;
  requestId?: string;
}) {
  const limit = await hit(rateKeys.user('add-member', options.actorId), limits.addMemberPerUser);
  if (!limit.allowed)
    throw new AppError('tooManyAttempts', 429, { minutes: retryMinutes(limit.retryAfterSeconds) });
  return getDb().transaction(async (tx) => {
    await lockOrganisation(tx, options.organisationId);
    const user = await findUserByEmail(tx, options.email);
    if (!user || user.disabledAt) throw fieldRefusal('email', 'memberNotFound', { status: 404 });
    if (await membershipOf(tx, options.organisationId, user.id))
      throw fieldRefusal('email', 'alreadyMember', { status: 409 });
    await tx
      .insert(organisationMembers)
      .values({ organisationId: options.organisationId, userId: user.id, role: options.role });
    await recordAudit(tx, {
      actorId: options.actorId,
      action: 'organisation.member-add',
      entityType: 'organisation',
      entityId: options.organisationId,
      after: { userId: user.id, role: options.role },
      requestId: options.requestId,
    });
    return { userId: user.id };
  });
}
