import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '#db/schema/index';
import { createUser, defaultTestPassword } from '#seed/factories';
import { sha256 } from '~/platform/crypto.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { acceptInvite } from './accept-invite.server';
import { changePassword } from './change-password.server';
import { createSession } from './session.server';
import { issueToken } from './tokens.server';
import { updateAccount } from './update-account.server';

for (const store of testStores) {
  describe(`account (${store})`, () => {
    const platform = useTestPlatform(store);

    it('saves name and preferences with the version read, and refuses a stale save', async () => {
      const { database } = platform();
      const user = await createUser(database.db, { name: 'Before' });
      const saved = await updateAccount({
        userId: user.id,
        expectedVersion: 1,
        name: ' After ',
        locale: 'en',
        digits: 'latn',
        calendar: 'gregorian+hijri',
      });
      expect(saved).toEqual({
        name: 'After',
        locale: 'en',
        digits: 'latn',
        calendar: 'gregorian+hijri',
        version: 2,
      });
      await expect(
        updateAccount({
          userId: user.id,
          expectedVersion: 1,
          name: 'Stale',
          locale: 'ar',
          digits: 'arab',
          calendar: 'gregorian',
        }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
      const [row] = await database.db.select().from(users).where(eq(users.id, user.id));
      expect(row).toMatchObject({ name: 'After', version: 2 });
      const trail = await database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
      expect(trail.filter((a) => a.action === 'account.update')).toHaveLength(1);
      expect(JSON.stringify(trail)).not.toContain('argon2');
    });

    it('changes the password only with the current one, ending the other sessions', async () => {
      const { database } = platform();
      const user = await createUser(database.db);
      const keep = decodeURIComponent((await createSession(user.id)).split(';')[0]!.split('=')[1]!);
      await createSession(user.id);
      const base = { userId: user.id, baseUrl: 'https://marsad.example', keepSessionHash: sha256(keep) };
      await expect(
        changePassword({ ...base, currentPassword: 'wrong', newPassword: 'the next password' }),
      ).rejects.toMatchObject({
        code: 'wrongCurrentPassword',
      });
      await changePassword({
        ...base,
        currentPassword: defaultTestPassword,
        newPassword: 'the next password',
      });
      const left = await database.db.select().from(sessions).where(eq(sessions.userId, user.id));
      expect(left.map((s) => s.idHash)).toEqual([sha256(keep)]);
    });

    it('accepts an invitation once: name, password, verified address', async () => {
      const { database } = platform();
      const invited = await createUser(database.db, {
        password: null,
        emailVerifiedAt: null,
        name: 'invitee',
      });
      const token = await issueToken(database.db, { userId: invited.id, purpose: 'invite' });
      await acceptInvite({ token, name: 'Nour', password: 'a good password here' });
      const [row] = await database.db.select().from(users).where(eq(users.id, invited.id));
      expect(row!.name).toBe('Nour');
      expect(row!.emailVerifiedAt).not.toBeNull();
      expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
      await expect(
        acceptInvite({ token, name: 'Again', password: 'a good password here' }),
      ).rejects.toMatchObject({
        code: 'tokenInvalid',
      });
    });
  });
}
