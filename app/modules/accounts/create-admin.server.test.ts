import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, roleAssignments, users } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { createAdmin } from './create-admin.server';
import { verifyPassword } from './password.server';

for (const store of testStores) {
  describe(`create-admin (${store})`, () => {
    const platform = useTestPlatform(store);

    it('creates a verified administrator, audited with no actor', async () => {
      const { database } = platform();
      const db = database.db;
      const r = await createAdmin({
        db,
        email: ' Chief@Example.org ',
        name: 'Chief',
        password: 'a strong password',
      });
      expect(r).toMatchObject({ created: true, promoted: true });
      const [user] = await db.select().from(users).where(eq(users.id, r.userId));
      expect(user).toMatchObject({ email: 'chief@example.org', name: 'Chief' });
      expect(user!.emailVerifiedAt).not.toBeNull();
      expect(await verifyPassword(user!.passwordHash, 'a strong password')).toBe(true);
      const roles = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, r.userId));
      expect(roles).toMatchObject([{ role: 'admin', scopeType: 'global', scopeId: '' }]);
      const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, r.userId));
      expect(entry).toMatchObject({ action: 'cli.create-admin', actorId: null });
    });

    it('promotes an existing account once, keeping its password when none is given', async () => {
      const { database } = platform();
      const db = database.db;
      const existing = await createUser(db, { email: 'member@example.org', emailVerifiedAt: null });
      const first = await createAdmin({ db, email: 'MEMBER@example.org', name: 'Member' });
      expect(first).toMatchObject({ userId: existing.id, created: false, promoted: true });
      const again = await createAdmin({ db, email: 'member@example.org', name: 'Member' });
      expect(again.promoted).toBe(false);
      const roles = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, existing.id));
      expect(roles).toHaveLength(1);
      const [user] = await db.select().from(users).where(eq(users.id, existing.id));
      expect(user!.passwordHash).toBe(existing.passwordHash);
      expect(user!.emailVerifiedAt).not.toBeNull();
    });

    it('refuses a new account without a password and a short password', async () => {
      const { database } = platform();
      await expect(createAdmin({ db: database.db, email: 'x@example.org', name: 'X' })).rejects.toMatchObject(
        {
          code: 'passwordRequired',
        },
      );
      await expect(
        createAdmin({ db: database.db, email: 'x@example.org', name: 'X', password: 'short' }),
      ).rejects.toMatchObject({
        code: 'passwordLength',
      });
    });
  });
}
