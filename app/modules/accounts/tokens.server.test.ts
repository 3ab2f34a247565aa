import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { userTokens } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { consumeToken, issueToken, peekToken } from './tokens.server';

for (const store of testStores) {
  describe(`single-use tokens (${store})`, () => {
    const platform = useTestPlatform(store);

    it('works once, for its purpose only', async () => {
      const { database } = platform();
      const db = database.db;
      const user = await createUser(db);
      const token = await issueToken(db, { userId: user.id, purpose: 'verify_email' });
      expect(await peekToken(db, { token, purpose: 'verify_email' })).toBe(user.id);
      expect(await consumeToken(db, { token, purpose: 'reset_password' })).toBeNull();
      expect(await consumeToken(db, { token, purpose: 'verify_email' })).toBe(user.id);
      expect(await consumeToken(db, { token, purpose: 'verify_email' })).toBeNull();
      expect(await peekToken(db, { token, purpose: 'verify_email' })).toBeNull();
    });

    it('expires, and a newer token replaces older ones of the same purpose', async () => {
      const { database } = platform();
      const db = database.db;
      const user = await createUser(db);
      const old = await issueToken(db, { userId: user.id, purpose: 'reset_password' });
      const newer = await issueToken(db, { userId: user.id, purpose: 'reset_password' });
      expect(await consumeToken(db, { token: old, purpose: 'reset_password' })).toBeNull();
      await db
        .update(userTokens)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(userTokens.userId, user.id));
      expect(await consumeToken(db, { token: newer, purpose: 'reset_password' })).toBeNull();
      expect(await consumeToken(db, { token: 'not-a-token', purpose: 'reset_password' })).toBeNull();
    });

    it('stores only a hash of the token', async () => {
      const { database } = platform();
      const user = await createUser(database.db);
      const token = await issueToken(database.db, { userId: user.id, purpose: 'invite' });
      const rows = await database.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
      expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    });
  });
}
