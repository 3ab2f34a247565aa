import crypto from 'node:crypto';
import type { Translated } from '#db/schema/columns';
import { organisationMembers, organisations, roleAssignments, users } from '#db/schema/index';
import { hashPassword } from '~/modules/accounts/password.server';
import type { AssignableRole } from '~/permissions/matrix';
import { roleScope } from '~/permissions/matrix';
import type { DbOrTx } from '~/platform/db.server';

/**
 * Factories shared by the demo seed and the tests: each takes overrides and fills the rest.
 * Passwords are hashed once per distinct password to keep tests quick.
 */
const hashCache = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  let h = hashCache.get(password);
  if (!h) {
    h = hashPassword(password);
    hashCache.set(password, h);
  }
  return h;
}

export const defaultTestPassword = 'correct horse battery';

export async function createUser(
  db: DbOrTx,
  overrides: Partial<typeof users.$inferInsert> & {
    password?: string | null;
    roles?: { role: AssignableRole; scopeId?: string }[];
  } = {},
) {
  const { password = defaultTestPassword, roles = [], ...rest } = overrides;
  const suffix = crypto.randomBytes(4).toString('hex');
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${suffix}@example.org`,
      name: `User ${suffix}`,
      emailVerifiedAt: new Date(),
      passwordHash: password === null ? null : await cachedHash(password),
      ...rest,
    })
    .returning();
  for (const r of roles) {
    await db.insert(roleAssignments).values({
      userId: user!.id,
      role: r.role,
      scopeType: roleScope[r.role],
      scopeId: roleScope[r.role] === 'global' ? '' : (r.scopeId ?? ''),
    });
  }
  return user!;
}

export async function createOrganisation(
  db: DbOrTx,
  overrides: Partial<typeof organisations.$inferInsert> & {
    name?: Translated;
    members?: { userId: string; role?: 'admin' | 'member' }[];
  } = {},
) {
  const { members = [], ...rest } = overrides;
  const suffix = crypto.randomBytes(3).toString('hex');
  const [org] = await db
    .insert(organisations)
    .values({
      name: { en: `Organisation ${suffix}`, ar: `منظمة ${suffix}` },
      originalLanguage: 'en',
      ...rest,
    })
    .returning();
  for (const m of members) {
    await db
      .insert(organisationMembers)
      .values({ organisationId: org!.id, userId: m.userId, role: m.role ?? 'member' });
  }
  return org!;
}
