import { organisationMembers } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';

/** Test support: the people the review rules distinguish, as subjects with their real grants. */
export interface Person {
  id: string;
  email: string;
  name: string;
  subject: Subject;
}

export async function person(
  db: DbOrTx,
  roles: { role: AssignableRole; scopeId?: string }[] = [],
  overrides: { email?: string; name?: string; locale?: 'ar' | 'en' } = {},
): Promise<Person> {
  const user = await createUser(db, { roles, ...overrides });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    subject: { userId: user.id, grants: await loadGrants(user.id) },
  };
}

/** Focal points of JOR and EGY, the LAS and ECE secretariats, a stranger, an organisation with an admin and a member. */
export async function reviewPeople(db: DbOrTx) {
  const focalJOR = await person(db, [{ role: 'focal_point', scopeId: 'JOR' }], { locale: 'ar' });
  const focalEGY = await person(db, [{ role: 'focal_point', scopeId: 'EGY' }]);
  const lasSecretariat = await person(db, [{ role: 'regional_secretariat', scopeId: 'LAS' }], {
    locale: 'en',
  });
  const eceSecretariat = await person(db, [{ role: 'regional_secretariat', scopeId: 'ECE' }]);
  const stranger = await person(db);
  const coEditor = await person(db);
  const ngoAdminUser = await createUser(db);
  const ngoMemberUser = await createUser(db);
  const organisation = await createOrganisation(db, { countryIso3: 'JOR' });
  await db.insert(organisationMembers).values([
    { organisationId: organisation.id, userId: ngoAdminUser.id, role: 'admin' },
    { organisationId: organisation.id, userId: ngoMemberUser.id, role: 'member' },
  ]);
  const asPerson = async (u: typeof ngoAdminUser): Promise<Person> => ({
    id: u.id,
    email: u.email,
    name: u.name,
    subject: { userId: u.id, grants: await loadGrants(u.id) },
  });
  return {
    focalJOR,
    focalEGY,
    lasSecretariat,
    eceSecretariat,
    stranger,
    coEditor,
    ngoAdmin: await asPerson(ngoAdminUser),
    ngoMember: await asPerson(ngoMemberUser),
    organisation,
    anonymous: { id: '', email: '', name: '', subject: anonymousSubject } satisfies Person,
  };
}
