import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, users } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { verifyPassword } from './password.server';
import { requestPasswordReset } from './request-password-reset.server';
import { resetPassword } from './reset-password.server';
import { createSession } from './session.server';
import { mailsTo, tokenFrom } from './test-helpers';

const base = { baseUrl: 'https://marsad.example', clientIp: '10.2.0.1' };

for (const store of testStores) {
  describe(`password reset (${store})`, () => {
    const platform = useTestPlatform(store);

    it('mails a one-hour link, ends every session and works only once', async () => {
      const { database } = platform();
      const db = database.db;
      const user = await createUser(db, { email: 'reset@example.org', locale: 'en' });
      await createSession(user.id);
      await createSession(user.id);
      await requestPasswordReset({ ...base, email: 'RESET@example.org' });
      const [mail] = await mailsTo('reset@example.org');
      expect(mail!.subject).toBe('Choose a new Marsad password');
      expect(mail!.text).toContain('60 minutes');
      const token = tokenFrom(mail!, '/reset-password');

      const r = await resetPassword({ token, password: 'a brand new password' });
      expect(r.userId).toBe(user.id);
      expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
      const [after] = await db.select().from(users).where(eq(users.id, user.id));
      expect(await verifyPassword(after!.passwordHash, 'a brand new password')).toBe(true);
      await expect(resetPassword({ token, password: 'another new password' })).rejects.toMatchObject({
        code: 'tokenInvalid',
      });
    });

    it('sends nothing for an unknown address, and answers the same', async () => {
      platform();
      await expect(requestPasswordReset({ ...base, email: 'nobody@example.org' })).resolves.toBeUndefined();
      expect(await mailsTo('nobody@example.org')).toHaveLength(0);
    });

    it('verifies the address of an account that had not confirmed it (the link reached it)', async () => {
      const { database } = platform();
      const user = await createUser(database.db, { email: 'unconfirmed@example.org', emailVerifiedAt: null });
      await requestPasswordReset({ ...base, email: 'unconfirmed@example.org' });
      const [mail] = await mailsTo('unconfirmed@example.org');
      await resetPassword({ token: tokenFrom(mail!, '/reset-password'), password: 'a brand new password' });
      const [after] = await database.db.select().from(users).where(eq(users.id, user.id));
      expect(after!.emailVerifiedAt).not.toBeNull();
    });
  });
}
