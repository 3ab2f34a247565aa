import { eq, sql } from 'drizzle-orm';
import { users } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';
import { rolesHeldBy } from './roles-held.server';

/** One user as administrators see them: profile, account state and every role held. */
export async function getUserAdmin(options: { db: DbOrTx; userId: string }) {
  const { db, userId } = options;
  if (!isUuid(userId)) throw notFound();
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
      version: users.version,
      invitePending: sql<boolean>`${users.passwordHash} is null`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw notFound();
  const roles = (await rolesHeldBy(db, [user.id])).get(user.id) ?? [];
  return { ...user, roles };
}
export type UserAdmin = Awaited<ReturnType<typeof getUserAdmin>>;
