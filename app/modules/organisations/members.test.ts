import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, organisationMembers, organisations } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { addMember } from './add-member.server';
import { changeMemberRole } from './change-member-role.server';
import { createOrganisation } from './create-organisation.server';
import { removeMember } from './remove-member.server';
import { updateOrganisation } from './update-organisation.server';

const input = {
  name: { ar: 'جمعية', en: '' },
  originalLanguage: 'ar' as const,
  categoryKey: '',
  countryIso3: '',
  website: '',
};

for (const store of testStores) {
  describe(`organisations (${store})`, () => {
    const platform = useTestPlatform(store);

    it('makes the creator the first administrator, audited, names trimmed', async () => {
      const { database } = platform();
      const creator = await createUser(database.db);
      const org = await createOrganisation({
        input: { ...input, name: { ar: '  جمعية  ', en: ' ' } },
        actorId: creator.id,
      });
      expect(org.name).toEqual({ ar: 'جمعية' });
      expect(org.verified).toBe(false);
      const members = await database.db
        .select()
        .from(organisationMembers)
        .where(eq(organisationMembers.organisationId, org.id));
      expect(members).toMatchObject([{ userId: creator.id, role: 'admin' }]);
      const trail = await database.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
      expect(trail.map((a) => a.action)).toEqual(['organisation.create']);
    });

    it('refuses bad input: no name, name missing in the original language, http website, unknown country', async () => {
      const { database } = platform();
      const creator = await createUser(database.db);
      await expect(
        createOrganisation({ input: { ...input, name: {} }, actorId: creator.id }),
      ).rejects.toMatchObject({
        code: 'organisationNameRequired',
      });
      await expect(
        createOrganisation({ input: { ...input, originalLanguage: 'en' }, actorId: creator.id }),
      ).rejects.toMatchObject({
        code: 'originalNameRequired',
      });
      await expect(
        createOrganisation({ input: { ...input, website: 'http://example.org' }, actorId: creator.id }),
      ).rejects.toMatchObject({
        code: 'invalidUrl',
      });
      await expect(
        createOrganisation({ input: { ...input, countryIso3: 'ZZZ' }, actorId: creator.id }),
      ).rejects.toMatchObject({
        code: 'invalidChoice',
      });
    });

    it('never leaves an organisation without an administrator', async () => {
      const { database } = platform();
      const admin = await createUser(database.db);
      const other = await createUser(database.db, { email: 'other-member@example.org' });
      const org = await createOrganisation({ input, actorId: admin.id });
      const ids = { organisationId: org.id, actorId: admin.id };

      await expect(removeMember({ ...ids, userId: admin.id })).rejects.toMatchObject({
        code: 'lastAdmin',
        status: 409,
      });
      await expect(changeMemberRole({ ...ids, userId: admin.id, role: 'member' })).rejects.toMatchObject({
        code: 'lastAdmin',
      });

      await addMember({ ...ids, email: 'OTHER-member@example.org', role: 'member' });
      await expect(
        addMember({ ...ids, email: 'other-member@example.org', role: 'admin' }),
      ).rejects.toMatchObject({
        code: 'alreadyMember',
      });
      await expect(
        addMember({ ...ids, email: 'no-account@example.org', role: 'member' }),
      ).rejects.toMatchObject({
        code: 'memberNotFound',
      });
      await changeMemberRole({ ...ids, userId: other.id, role: 'admin' });
      await changeMemberRole({ ...ids, userId: admin.id, role: 'member' });
      await expect(removeMember({ ...ids, userId: other.id })).rejects.toMatchObject({ code: 'lastAdmin' });
      await removeMember({ ...ids, userId: admin.id });
      const left = await database.db
        .select()
        .from(organisationMembers)
        .where(and(eq(organisationMembers.organisationId, org.id)));
      expect(left).toMatchObject([{ userId: other.id, role: 'admin' }]);
      const actions = (await database.db.select().from(auditLog).where(eq(auditLog.entityId, org.id))).map(
        (a) => a.action,
      );
      expect(actions).toEqual([
        'organisation.create',
        'organisation.member-add',
        'organisation.member-role',
        'organisation.member-role',
        'organisation.member-remove',
      ]);
    });

    it('updates with the version read and refuses a stale save; the verified flag is untouched', async () => {
      const { database } = platform();
      const admin = await createUser(database.db);
      const org = await createOrganisation({ input, actorId: admin.id });
      await database.db.update(organisations).set({ verified: true }).where(eq(organisations.id, org.id));
      const after = await updateOrganisation({
        input: {
          ...input,
          name: { ar: 'جمعية', en: 'Association' },
          website: 'https://association.example.org',
        },
        organisationId: org.id,
        expectedVersion: 1,
        actorId: admin.id,
      });
      expect(after).toMatchObject({ version: 2, verified: true, name: { ar: 'جمعية', en: 'Association' } });
      await expect(
        updateOrganisation({ input, organisationId: org.id, expectedVersion: 1, actorId: admin.id }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
    });
  });
}
