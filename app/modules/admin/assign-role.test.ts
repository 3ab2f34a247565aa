import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, organisationMembers, roleAssignments, sessions, users } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createSession, loadGrants } from '~/modules/accounts/session.server';
import { can } from '~/permissions/resolver';
import type { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { assignRole } from './assign-role.server';
import { getUserAdmin } from './get-user-admin.server';
import { listUsers } from './list-users.server';
import { revokeRole } from './revoke-role.server';
import { setUserDisabled } from './set-user-disabled.server';
import { ensureTestReference } from './test-support';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return `${(error as AppError).code}:${(error as AppError).status}`;
  }
  return 'resolved';
}

for (const store of testStores) {
  describe(`roles and accounts administration (${store})`, () => {
    const platform = useTestPlatform(store);
    let adminId: string;
    beforeAll(async () => {
      const { db } = platform().database;
      await ensureTestReference(db);
      adminId = (await createUser(db, { roles: [{ role: 'admin' }] })).id;
    });

    it('assigns a scoped role, grants it, and audits the change', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      await assignRole({
        db,
        actorId: adminId,
        userId: user.id,
        role: 'focal_point',
        scopeId: 'JOR',
        requestId: 'r-1',
      });
      const grants = await loadGrants(user.id);
      expect(grants).toContainEqual({ role: 'focal_point', scopeType: 'country', scopeId: 'JOR' });
      const subject = { userId: user.id, grants };
      expect(can(subject, 'reviews.edit', { country: 'JOR' })).toBe(true);
      expect(can(subject, 'reviews.edit', { country: 'EGY' })).toBe(false);
      const [row] = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, user.id));
      expect(row?.grantedBy).toBe(adminId);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: adminId,
        action: 'role.assign',
        entityType: 'user',
        before: null,
        after: { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' },
        requestId: 'r-1',
      });
    });

    it('validates the scope against the role', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      const base = { db, actorId: adminId, userId: user.id };
      expect(await codeOf(assignRole({ ...base, role: 'focal_point' }))).toBe('scopeRequired:400');
      expect(await codeOf(assignRole({ ...base, role: 'focal_point', scopeId: 'XXX' }))).toBe(
        'scopeNotFound:400',
      );
      // A region id is not a country, and the form's scope type must fit the role.
      expect(await codeOf(assignRole({ ...base, role: 'focal_point', scopeId: 'LAS' }))).toBe(
        'scopeNotFound:400',
      );
      expect(
        await codeOf(assignRole({ ...base, role: 'focal_point', scopeType: 'region', scopeId: 'LAS' })),
      ).toBe('scopeMismatch:400');
      expect(await codeOf(assignRole({ ...base, role: 'expert', scopeId: 'JOR' }))).toBe('scopeMismatch:400');
      expect(await codeOf(assignRole({ ...base, role: 'organisation_admin', scopeId: 'not-a-uuid' }))).toBe(
        'scopeNotFound:400',
      );
      expect(await codeOf(assignRole({ ...base, role: 'superuser' }))).toBe('invalidChoice:400');
      expect(
        await codeOf(assignRole({ ...base, userId: '00000000-0000-4000-8000-000000000000', role: 'expert' })),
      ).toBe('notFound:404');
      expect(await db.select().from(roleAssignments).where(eq(roleAssignments.userId, user.id))).toHaveLength(
        0,
      );
      expect(await db.select().from(auditLog).where(eq(auditLog.entityId, user.id))).toHaveLength(0);
    });

    it('refuses a role the user already holds', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      const base = { db, actorId: adminId, userId: user.id };
      await assignRole({ ...base, role: 'regional_secretariat', scopeId: 'LAS' });
      expect(await codeOf(assignRole({ ...base, role: 'regional_secretariat', scopeId: 'LAS' }))).toBe(
        'roleAlreadyHeld:409',
      );
      // The same role for another region is a different assignment.
      await assignRole({ ...base, role: 'regional_secretariat', scopeType: 'region', scopeId: 'ESCAP' });
      await assignRole({ ...base, role: 'expert' });
      expect(await codeOf(assignRole({ ...base, role: 'expert' }))).toBe('roleAlreadyHeld:409');
      const held = (await getUserAdmin({ db, userId: user.id })).roles.map((r) => `${r.role}:${r.scopeId}`);
      expect(held).toEqual(['regional_secretariat:ESCAP', 'regional_secretariat:LAS', 'expert:']);
    });

    it('assigns organisation roles as memberships, promoting a member to admin', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      const org = await createOrganisation(db);
      const base = { db, actorId: adminId, userId: user.id };
      await assignRole({ ...base, role: 'organisation_member', scopeType: 'organisation', scopeId: org.id });
      expect(await codeOf(assignRole({ ...base, role: 'organisation_member', scopeId: org.id }))).toBe(
        'roleAlreadyHeld:409',
      );
      await assignRole({ ...base, role: 'organisation_admin', scopeId: org.id });
      const members = await db
        .select()
        .from(organisationMembers)
        .where(eq(organisationMembers.userId, user.id));
      expect(members).toEqual([expect.objectContaining({ organisationId: org.id, role: 'admin' })]);
      expect(await db.select().from(roleAssignments).where(eq(roleAssignments.userId, user.id))).toHaveLength(
        0,
      );
      const subject = { userId: user.id, grants: await loadGrants(user.id) };
      expect(can(subject, 'organisations.edit', { organisationId: org.id })).toBe(true);
      const promoted = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'role.assign')));
      expect(promoted.map((a) => a.before)).toContainEqual({
        role: 'organisation_member',
        scopeType: 'organisation',
        scopeId: org.id,
      });

      await revokeRole({ ...base, role: 'organisation_admin', scopeId: org.id });
      expect(
        await db.select().from(organisationMembers).where(eq(organisationMembers.userId, user.id)),
      ).toHaveLength(0);
    });

    it('revokes a role with an audit row, and says so when the role is not held', async () => {
      const { db } = platform().database;
      const user = await createUser(db, { roles: [{ role: 'focal_point', scopeId: 'JOR' }] });
      const base = { db, actorId: adminId, userId: user.id, requestId: 'r-2' };
      expect(await codeOf(revokeRole({ ...base, role: 'focal_point', scopeId: 'EGY' }))).toBe(
        'roleNotHeld:409',
      );
      await revokeRole({ ...base, role: 'focal_point', scopeType: 'country', scopeId: 'JOR' });
      expect(await db.select().from(roleAssignments).where(eq(roleAssignments.userId, user.id))).toHaveLength(
        0,
      );
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
      expect(audit).toMatchObject({
        action: 'role.revoke',
        actorId: adminId,
        before: { role: 'focal_point', scopeType: 'country', scopeId: 'JOR' },
        after: null,
        requestId: 'r-2',
      });
    });

    it('keeps administrators from removing their own admin role and the platform from losing its last admin', async () => {
      const { db } = platform().database;
      expect(await codeOf(revokeRole({ db, actorId: adminId, userId: adminId, role: 'admin' }))).toBe(
        'cannotRevokeOwnAdmin:409',
      );
      const other = await createUser(db, { roles: [{ role: 'admin' }] });
      // Another administrator may remove it while one enabled admin remains…
      await revokeRole({ db, actorId: other.id, userId: adminId, role: 'admin' });
      // …but not the last one (here done without an actor, as the command line would).
      expect(await codeOf(revokeRole({ db, actorId: null, userId: other.id, role: 'admin' }))).toBe(
        'lastPlatformAdmin:409',
      );
      await assignRole({ db, actorId: other.id, userId: adminId, role: 'admin' });
      expect(await db.select().from(roleAssignments).where(eq(roleAssignments.role, 'admin'))).toHaveLength(
        2,
      );
    });

    it('disables an account, signs it out, refuses self-disable and stale versions', async () => {
      const { db } = platform().database;
      const user = await createUser(db);
      await createSession(user.id);
      expect(
        await codeOf(
          setUserDisabled({ db, actorId: adminId, userId: adminId, disabled: true, expectedVersion: 1 }),
        ),
      ).toBe('cannotDisableSelf:409');
      await setUserDisabled({ db, actorId: adminId, userId: user.id, disabled: true, expectedVersion: 1 });
      expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
      const [disabled] = await db.select().from(users).where(eq(users.id, user.id));
      expect(disabled?.disabledAt).toBeInstanceOf(Date);
      expect(disabled?.version).toBe(2);
      expect(
        await codeOf(
          setUserDisabled({ db, actorId: adminId, userId: user.id, disabled: false, expectedVersion: 1 }),
        ),
      ).toBe('staleVersion:409');
      await setUserDisabled({ db, actorId: adminId, userId: user.id, disabled: false, expectedVersion: 2 });
      const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, user.id))).map(
        (a) => a.action,
      );
      expect(actions.sort()).toEqual(['user.disable', 'user.enable']);
    });

    it('lists users by name or e-mail and by role, with roles and scope names', async () => {
      const { db } = platform().database;
      const org = await createOrganisation(db, { name: { en: 'Amal Association' } });
      const layla = await createUser(db, {
        name: 'Layla Haddad 50%',
        email: 'layla.haddad@example.org',
        roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }],
      });
      await createUser(db, { name: 'Omar Said', email: 'omar.said@example.org' });
      await db
        .insert(organisationMembers)
        .values({ organisationId: org.id, userId: layla.id, role: 'admin' });

      const byName = await listUsers({ db, q: 'HADDAD' });
      expect(byName.total).toBe(1);
      expect(byName.rows[0]?.roles.map((r) => [r.role, r.scopeName?.en])).toEqual([
        ['regional_secretariat', 'League of Arab States'],
        ['organisation_admin', 'Amal Association'],
      ]);
      expect((await listUsers({ db, q: 'omar.said@' })).rows.map((r) => r.name)).toEqual(['Omar Said']);
      // % is matched literally, not as a wildcard.
      expect((await listUsers({ db, q: '50%' })).total).toBe(1);
      expect((await listUsers({ db, q: 'a%d' })).total).toBe(0);
      const orgAdmins = await listUsers({ db, role: 'organisation_admin' });
      expect(orgAdmins.rows.map((r) => r.id)).toContain(layla.id);
      const experts = await listUsers({ db, role: 'expert', q: 'Haddad' });
      expect(experts.total).toBe(0);
      const page = await listUsers({ db, limit: 2, offset: 0 });
      expect(page.rows).toHaveLength(2);
      expect(page.total).toBeGreaterThan(2);
    });
  });
}
