import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { ensureTestReference } from '~/modules/admin/test-support';
import type { DbOrTx } from '~/platform/db.server';
import { signIn } from '../http';
import { area as apiArea } from './api';
import { area as cyclesArea } from './cycles';
import { area as fundingArea } from './funding';
import { area as hubArea } from './hub';
import { area as hubDiscussionsArea } from './hub-discussions';
import { area as hubPracticesArea } from './hub-practices';
import { area as indicatorsArea } from './indicators';
import { area as instrumentsArea } from './instruments';
import { area as meetingsArea } from './meetings';
import { area as openDataArea } from './open-data';
import { area as plansArea } from './plans';
import { area as pledgesMoreArea } from './pledges-more';
import { area as reviewsArea } from './reviews';
import { area as sideEventsArea } from './side-events';
import { area as synthesisArea } from './synthesis';
import type { Area, Ids, Who } from './types';

export const areas: Area[] = [
  reviewsArea,
  cyclesArea,
  synthesisArea,
  plansArea,
  pledgesMoreArea,
  apiArea,
  openDataArea,
  meetingsArea,
  // After meetingsArea: its set-up reads the published meeting made there.
  sideEventsArea,
  hubArea,
  hubPracticesArea,
  hubDiscussionsArea,
  fundingArea,
  indicatorsArea,
  instrumentsArea,
];

export type SignedInWho = Exclude<Who, 'anonymous'>;

/**
 * One user per kind of viewer (scoped roles in Jordan, LAS and the test organisation) and the
 * records of every area, owned by them: the route permission table and the security suite's
 * mutation matrix both run against these.
 */
export async function createRouteFixtures(db: DbOrTx) {
  const sessions = {} as Record<SignedInWho, string>;
  const userIds = {} as Record<SignedInWho, string>;
  const ids = {} as Ids;
  await ensureTestReference(db);
  const make = async (w: SignedInWho, roles: NonNullable<Parameters<typeof createUser>[1]>['roles'] = []) => {
    const user = await createUser(db, { name: `Test ${w}`, roles });
    userIds[w] = user.id;
    sessions[w] = await signIn(user.id);
  };
  await make('user');
  await make('admin', [{ role: 'admin' }]);
  await make('network_secretariat', [{ role: 'network_secretariat' }]);
  await make('regional_secretariat', [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
  await make('focal_point', [{ role: 'focal_point', scopeId: 'JOR' }]);
  await make('peer_reviewer', [{ role: 'peer_reviewer' }]);
  await make('expert', [{ role: 'expert' }]);
  await make('fund_steering_committee', [{ role: 'fund_steering_committee' }]);
  await make('organisation_admin');
  await make('organisation_member');
  // Organisation roles come from membership, as in production.
  const org = await createOrganisation(db, {
    members: [
      { userId: userIds.organisation_admin, role: 'admin' },
      { userId: userIds.organisation_member, role: 'member' },
    ],
  });
  ids.organisationId = org.id;
  ids.targetUserId = (await createUser(db, { name: 'Target', roles: [{ role: 'expert' }] })).id;
  const pledge = (status: 'published' | 'draft' | 'submitted') =>
    createPledge(db, {
      organisationId: org.id,
      createdBy: userIds.organisation_member,
      status,
      ...(status === 'published' ? { publishedAt: new Date() } : {}),
    });
  ids.publishedPledgeId = (await pledge('published')).id;
  ids.draftPledgeId = (await pledge('draft')).id;
  ids.submittedPledgeId = (await pledge('submitted')).id;
  for (const area of areas) {
    Object.assign(ids, await area.setup?.({ db, userIds, organisationId: org.id }));
  }
  // The areas' set-ups write some rows straight to the tables.
  await rebuildContentIndex(db);
  return { sessions, userIds, ids };
}
