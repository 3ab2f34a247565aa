import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roleAssignments, users, userTokens } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { peekToken } from '~/modules/accounts/tokens.server';
import type { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { inviteUser } from './invite-user.server';
import { ensureTestReference } from './test-support';

for (const store of testStores) {
  describe(`inviting a user (${store})`, () => {
    const platform = useTestPlatform(store);
    let admin: { id: string; name: string };
    beforeAll(async () => {
      const { db } = platform().database;
      await ensureTestReference(db);
      admin = await createUser(db, { name: 'Salma Admin', roles: [{ role: 'admin' }] });
    });

    const invite = (overrides: Partial<Parameters<typeof inviteUser>[0]> = {}) => {
      const p = platform();
      return inviteUser({
        db: p.database.db,
        mailer: p.mailer,
        actorId: admin.id,
        actorName: admin.name,
        email: 'Nadia.Focal@Example.org',
        name: 'Nadia',
        locale: 'ar',
        baseUrl: 'https://marsad.example/',
        requestId: 'r-inv',
        ...overrides,
      });
    };

    it('creates a password-less user with an initial scoped role, a token and a mail in the chosen language', async () => {
      const { db } = platform().database;
      const { userId, token } = await invite({ role: 'focal_point', scopeType: 'country', scopeId: 'JOR' });
      const [user] = await db.select().from(users).where(eq(users.id, userId));
      expect(user).toMatchObject({
        email: 'nadia.focal@example.org',
        name: 'Nadia',
        locale: 'ar',
        passwordHash: null,
      });
      expect(user?.emailVerifiedAt).toBeNull();
      expect(await peekToken(db, { token, purpose: 'invite' })).toBe(userId);
      const tokens = await db.select().from(userTokens).where(eq(userTokens.userId, userId));
      expect(tokens).toHaveLength(1);
      expect(tokens[0]?.tokenHash).not.toBe(token);
      expect(await db.select().from(roleAssignments).where(eq(roleAssignments.userId, userId))).toEqual([
        expect.objectContaining({
          role: 'focal_point',
          scopeType: 'country',
          scopeId: 'JOR',
          grantedBy: admin.id,
        }),
      ]);
      const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, userId))).map(
        (a) => a.action,
      );
      expect(actions.sort()).toEqual(['role.assign', 'user.invite']);

      const outbox = await platform().mailer.listOutbox();
      const mail = outbox.find((m) => m.to === 'nadia.focal@example.org');
      expect(mail).toBeDefined();
      expect(mail?.text).toContain(`https://marsad.example/ar/accept-invite?token=${token}`);
      // Arabic letters in the subject: the invitee chose Arabic.
      expect(mail?.subject).toMatch(/[\u0600-\u06FF]/);
    });

    it('writes the English mail for an English invitation, with no role', async () => {
      const { userId, token } = await invite({ email: 'john@example.org', name: 'John', locale: 'en' });
      const mail = (await platform().mailer.listOutbox()).find((m) => m.to === 'john@example.org');
      expect(mail?.text).toContain(`https://marsad.example/en/accept-invite?token=${token}`);
      expect(mail?.subject).not.toMatch(/[\u0600-\u06FF]/);
      const { db } = platform().database;
      expect(await db.select().from(roleAssignments).where(eq(roleAssignments.userId, userId))).toHaveLength(
        0,
      );
    });

    it('refuses an address that already has an account, whatever its case, and changes nothing', async () => {
      const { db } = platform().database;
      const before = (await platform().mailer.listOutbox()).length;
      const existing = await createUser(db, { email: 'taken@example.org' });
      const error = await invite({ email: ' TAKEN@example.org ' }).catch((e: AppError) => e);
      expect(error).toMatchObject({ code: 'emailAlreadyRegistered', status: 409 });
      expect((await platform().mailer.listOutbox()).length).toBe(before);
      expect(await db.select().from(userTokens).where(eq(userTokens.userId, existing.id))).toHaveLength(0);
    });

    it('rolls everything back when the initial role is invalid', async () => {
      const { db } = platform().database;
      const error = await invite({
        email: 'bad-scope@example.org',
        role: 'focal_point',
        scopeId: 'ZZZ',
      }).catch((e: AppError) => e);
      expect(error).toMatchObject({ code: 'scopeNotFound', status: 400 });
      expect(await db.select().from(users).where(eq(users.email, 'bad-scope@example.org'))).toHaveLength(0);
      expect((await platform().mailer.listOutbox()).some((m) => m.to === 'bad-scope@example.org')).toBe(
        false,
      );
    });

    it('rolls the new user back when the mail cannot be sent', async () => {
      const p = platform();
      const failing = { send: async () => Promise.reject(new Error('smtp down')) };
      await expect(invite({ email: 'unlucky@example.org', mailer: failing })).rejects.toThrow('smtp down');
      expect(
        await p.database.db.select().from(users).where(eq(users.email, 'unlucky@example.org')),
      ).toHaveLength(0);
    });
  });
}
