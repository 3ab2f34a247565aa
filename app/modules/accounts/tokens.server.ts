import { and, eq, gt, isNull } from 'drizzle-orm';
import { type TokenPurpose, userTokens } from '#db/schema/index';
import { randomToken, sha256 } from '~/platform/crypto.server';
import type { DbOrTx } from '~/platform/db.server';

export const tokenLifetimes: Record<TokenPurpose, number> = {
  verify_email: 48 * 3600_000,
  reset_password: 3600_000,
  invite: 7 * 86_400_000,
};

/** Issues a single-use token; only its hash is stored. Earlier unused tokens of the same purpose stop working. */
export async function issueToken(
  db: DbOrTx,
  options: { userId: string; purpose: TokenPurpose },
): Promise<string> {
  const token = randomToken();
  await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(userTokens.userId, options.userId),
        eq(userTokens.purpose, options.purpose),
        isNull(userTokens.usedAt),
      ),
    );
  await db.insert(userTokens).values({
    tokenHash: sha256(token),
    userId: options.userId,
    purpose: options.purpose,
    expiresAt: new Date(Date.now() + tokenLifetimes[options.purpose]),
  });
  return token;
}

/** Marks the token used and returns its user id, or null when unknown, used, expired or of another purpose. */
export async function consumeToken(
  db: DbOrTx,
  options: { token: string; purpose: TokenPurpose },
): Promise<string | null> {
  const [row] = await db
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(userTokens.tokenHash, sha256(options.token)),
        eq(userTokens.purpose, options.purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: userTokens.userId });
  return row?.userId ?? null;
}

/** Checks a token without using it (to show the form before the user submits it). */
export async function peekToken(
  db: DbOrTx,
  options: { token: string; purpose: TokenPurpose },
): Promise<string | null> {
  const [row] = await db
    .select({ userId: userTokens.userId })
    .from(userTokens)
    .where(
      and(
        eq(userTokens.tokenHash, sha256(options.token)),
        eq(userTokens.purpose, options.purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return row?.userId ?? null;
}
