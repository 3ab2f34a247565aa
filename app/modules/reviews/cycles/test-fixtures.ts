import { createUser } from '#seed/factories';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';

/** Test-only: real users (audit rows need them) with the roles the review-cycle rules tell apart. */
export async function createCyclePeople(db: DbOrTx) {
  const person = async (role?: AssignableRole, scopeId?: string, locale: 'ar' | 'en' = 'ar') => {
    const user = await createUser(db, { locale, roles: role ? [{ role, scopeId }] : [] });
    const grants: Subject['grants'] = [{ role: 'user', scopeType: 'global', scopeId: '' }];
    if (role === 'regional_secretariat') grants.push({ role, scopeType: 'region', scopeId: scopeId! });
    else if (role === 'focal_point') grants.push({ role, scopeType: 'country', scopeId: scopeId! });
    else if (role) grants.push({ role, scopeType: 'global', scopeId: '' });
    return { user, subject: { userId: user.id, grants } satisfies Subject };
  };
  const [las, escwa, focalJor, network, admin, plain] = [
    await person('regional_secretariat', 'LAS'),
    await person('regional_secretariat', 'ESCWA'),
    await person('focal_point', 'JOR'),
    await person('network_secretariat'),
    await person('admin'),
    await person(),
  ];
  return {
    anonymous: { user: null, subject: anonymousSubject },
    las,
    /** The secretariat of another region. */
    escwa,
    focalJor,
    network,
    admin,
    plain,
  };
}
