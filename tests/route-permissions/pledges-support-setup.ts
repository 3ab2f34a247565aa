import { createPledge } from '#seed/pledge-factories';
import { askSupport } from '~/modules/pledges/support/ask-support.server';
import type { Area } from './types';

/**
 * Records the support and files rows need: a published pledge of the test organisation and a
 * support request its member made on it.
 */
export const pledgeSupportSetup: NonNullable<Area['setup']> = async ({ db, userIds, organisationId }) => {
  const pledge = await createPledge(db, {
    organisationId,
    createdBy: userIds.organisation_member,
    status: 'published',
    publishedAt: new Date(),
  });
  const request = await askSupport({
    db,
    subject: {
      userId: userIds.organisation_member,
      grants: [{ role: 'organisation_member', scopeType: 'organisation', scopeId: organisationId }],
    },
    pledgeId: pledge.id,
    input: {
      kind: 'technical',
      description: { en: 'Help to design the indicator on recruitment fees.' },
      originalLanguage: 'en',
      objectives: [],
    },
  });
  return { supportPledgeId: pledge.id, supportRequestId: request.id };
};
