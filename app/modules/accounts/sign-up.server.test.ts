import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, users } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { signUp } from './sign-up.server';
import { mailsTo, tokenFrom } from './test-helpers';
import { verifyEmail } from './verify-email.server';

const base = { password: 'a long enough password', baseUrl: 'https://marsad.example', clientIp: '10.0.0.1' };

for (const store of testStores) {
  describe(`sign-up (${store})`, () => {
    const platform = useTestPlatform(store);

    it('creates an unverified account and mails a verification link in its language', async () => {
      const { database } = platform();
      const result = await signUp({ ...base, name: 'Amal', email: '  Amal@Example.org ', locale: 'ar' });
      expect(result.outcome).toBe('created');
      const [user] = await database.db.select().from(users).where(sql`${users.email} = 'amal@example.org'`);
      expect(user).toMatchObject({ name: 'Amal', locale: 'ar', emailVerifiedAt: null });
      expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
      const [mail] = await mailsTo('amal@example.org');
      expect(mail!.subject).toContain('أكّد');
      expect(mail!.text).toContain('https://marsad.example/ar/verify-email?token=');
      const audit = await database.db.select().from(auditLog).where(sql`${auditLog.entityId} = ${user!.id}`);
      expect(audit.map((a) => a.action)).toContain('account.sign-up');

      const { userId } = await verifyEmail({ token: tokenFrom(mail!, '/verify-email') });
      expect(userId).toBe(user!.id);
      await expect(verifyEmail({ token: tokenFrom(mail!, '/verify-email') })).rejects.toMatchObject({
        code: 'tokenInvalid',
      });
    });

    it('does not reveal an existing address: same outcome for the caller, a different mail to the owner', async () => {
      const { database } = platform();
      const owner = await createUser(database.db, {
        email: 'taken@example.org',
        name: 'Owner',
        locale: 'en',
      });
      const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
      const result = await signUp({ ...base, name: 'Intruder', email: 'TAKEN@example.org', locale: 'ar' });
      expect(result.outcome).toBe('existing');
      const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
      expect(after[0]!.n).toBe(before[0]!.n);
      const mails = await mailsTo('taken@example.org');
      expect(mails).toHaveLength(1);
      // In the owner's language (en), with sign-in and reset links, and no verification link.
      expect(mails[0]!.subject).toBe('Someone tried to create a Marsad account with your address');
      expect(mails[0]!.text).toContain('https://marsad.example/en/forgot-password');
      expect(mails[0]!.text).not.toContain('token=');
      const [unchanged] = await database.db.select().from(users).where(sql`${users.id} = ${owner.id}`);
      expect(unchanged!.name).toBe('Owner');
    });

    it('limits sign-ups per IP address', async () => {
      platform();
      const ip = '10.9.9.9';
      for (let i = 0; i < 10; i++) {
        await signUp({ ...base, clientIp: ip, name: `N${i}`, email: `n${i}@example.org`, locale: 'en' });
      }
      await expect(
        signUp({ ...base, clientIp: ip, name: 'N', email: 'n@example.org', locale: 'en' }),
      ).rejects.toMatchObject({
        code: 'tooManyAttempts',
        status: 429,
      });
    });
  });
}
