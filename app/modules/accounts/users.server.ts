import { and, eq, isNull, sql } from 'drizzle-orm';
import { users } from '#db/schema/index';
import { hmac } from '~/platform/crypto.server';
import type { DbOrTx } from '~/platform/db.server';

/** E-mail addresses are stored trimmed and lower-cased; lookups compare lower-cased as the unique index does. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`)
    .limit(1);
  return user;
}

/** Where and how to mail a user (address, language, digits); null when the account is gone or disabled. */
export async function mailContactOf(db: DbOrTx, userId: string) {
  const [user] = await db
    .select({ email: users.email, locale: users.locale, digits: users.digits })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  return user ?? null;
}

/**
 * Rate-limit keys. E-mail keys carry a keyed hash, never the address, so the rate_limits table
 * says nothing about who tried to sign in; they exist whether or not an account does.
 */
export const rateKeys = {
  ip: (purpose: string, ip: string) => `${purpose}:ip:${ip || 'unknown'}`,
  email: (purpose: string, email: string) => `${purpose}:email:${hmac(normaliseEmail(email), 'rate-limit')}`,
  user: (purpose: string, userId: string) => `${purpose}:user:${userId}`,
};
