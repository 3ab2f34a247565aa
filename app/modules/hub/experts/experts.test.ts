import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems, hubExpertMessages, hubExperts, jobs } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { loadGrants } from '~/modules/accounts/session.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { expertInput } from '../../../../tests/hub-experts-fixtures';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { deleteExpertData, exportExpertData } from './expert-data.server';
import { getExpert } from './get-expert.server';
import { listExperts } from './list-experts.server';
import { expertMessageLimit, messageExpert } from './message-expert.server';
import { saveExpertProfile } from './save-expert-profile.server';
import { vetExpert } from './vet-expert.server';

const now = new Date('2026-03-01T09:00:00Z');
const baseUrl = 'https://marsad.example';

for (const store of testStores) {
  describe(`expert database (${store})`, () => {
    const platform = useTestPlatform(store);
    async function person(roles: AssignableRole[] = []): Promise<Subject> {
      const user = await createUser(platform().database.db, { roles: roles.map((role) => ({ role })) });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }

    it('registers a profile that stays invisible until a Hub editor approves it; a decline carries its reason', async () => {
      const expert = await person();
      const editor = await person(['network_secretariat']);
      const stranger = await person();
      const saved = await saveExpertProfile({ subject: expert, input: expertInput(), now });
      expect(saved.status).toBe('pending');
      expect((await listExperts({ filters: { objective: 6 } })).total).toBe(0);
      await expect(getExpert({ subject: stranger, expertId: saved.id })).rejects.toMatchObject({
        status: 404,
      });
      await expect(getExpert({ subject: anonymousSubject, expertId: saved.id })).rejects.toMatchObject({
        status: 404,
      });
      expect((await getExpert({ subject: expert, expertId: saved.id })).isSelf).toBe(true);

      await expect(
        vetExpert({
          subject: stranger,
          expertId: saved.id,
          expectedVersion: 1,
          input: { decision: 'approve' },
        }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        vetExpert({
          subject: editor,
          expertId: saved.id,
          expectedVersion: 1,
          input: { decision: 'decline' },
        }),
      ).rejects.toMatchObject({
        details: { fieldErrors: { reason: [{ code: 'hubExpertReasonRequired' }] } },
      });
      const declined = await vetExpert({
        subject: editor,
        expertId: saved.id,
        expectedVersion: 1,
        input: { decision: 'decline', reason: 'أضيفي أمثلة على عملك' },
      });
      expect(declined.status).toBe('declined');
      expect((await getExpert({ subject: expert, expertId: saved.id })).declineReason).toBe(
        'أضيفي أمثلة على عملك',
      );

      // The expert changes the profile: it waits for vetting again, the reason gone.
      const changed = await saveExpertProfile({
        subject: expert,
        input: expertInput({ objectives: ['6', '7', '23'] }),
        expectedVersion: declined.version,
      });
      expect(changed).toMatchObject({ status: 'pending', declineReason: null });
      await expect(
        saveExpertProfile({ subject: expert, input: expertInput(), expectedVersion: declined.version }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });

      const approved = await vetExpert({
        subject: editor,
        expertId: saved.id,
        expectedVersion: changed.version,
        input: { decision: 'approve' },
      });
      expect(approved.status).toBe('approved');
      const publicView = await getExpert({ subject: anonymousSubject, expertId: saved.id });
      expect(publicView.expert.name).toBe('د. ليلى حداد');
      expect(JSON.stringify(publicView)).not.toContain('laila.private@example.org');
      expect(JSON.stringify(publicView)).not.toContain('555 0101');

      // Search by objective, language, region and a country of the region (Jordan is in the League of Arab States).
      for (const filters of [
        { objective: 23 },
        { language: 'ar' },
        { region: 'LAS' },
        { country: 'jor' },
        { q: 'حداد' },
        { principle: 'human_rights' },
      ]) {
        expect((await listExperts({ filters })).items.map((e) => e.id)).toEqual([saved.id]);
      }
      expect((await listExperts({ filters: { objective: 1 } })).total).toBe(0);
      expect((await listExperts({ filters: { language: 'zh' } })).total).toBe(0);
      // The index holds public fields only, and counts the approved profile as public.
      const [row] = await platform()
        .database.db.select()
        .from(contentItems)
        .where(and(eq(contentItems.type, 'hub_expert'), eq(contentItems.id, saved.id)));
      expect(row?.visibility).toBe('public');
      expect(JSON.stringify(row)).not.toContain('laila.private');
    });

    it('refuses bad input beside its field: no objective, an unknown region, no original-language biography', async () => {
      const expert = await person();
      await expect(
        saveExpertProfile({ subject: expert, input: expertInput({ objectives: [] }) }),
      ).rejects.toMatchObject({ details: { fieldErrors: { objectives: [{ code: 'chooseAtLeast' }] } } });
      await expect(
        saveExpertProfile({ subject: expert, input: expertInput({ regions: ['ATLANTIS'] }) }),
      ).rejects.toMatchObject({ details: { fieldErrors: { regions: [{ code: 'invalidChoice' }] } } });
      await expect(
        saveExpertProfile({ subject: expert, input: expertInput({ originalLanguage: 'en' }) }),
      ).rejects.toMatchObject({
        details: { fieldErrors: { originalLanguage: [{ code: 'hubExpertOriginalMissing' }] } },
      });
      await expect(
        saveExpertProfile({ subject: anonymousSubject, input: expertInput() }),
      ).rejects.toMatchObject({ status: 403 });
    });

    it('mails a message to the private address without showing it, limited per sender', async () => {
      const db = platform().database.db;
      const expert = await person();
      const editor = await person(['network_secretariat']);
      const sender = await person();
      const saved = await saveExpertProfile({
        subject: expert,
        input: expertInput({ contactEmail: 'hidden@example.org' }),
      });
      const message = { subject: 'طلب مشورة', body: 'نودّ الاستفادة من خبرتك في التوظيف العادل.' };
      // Not yet approved: as if it did not exist.
      await expect(
        messageExpert({ subject: sender, expertId: saved.id, input: message, baseUrl, now }),
      ).rejects.toMatchObject({ status: 404 });
      await vetExpert({
        subject: editor,
        expertId: saved.id,
        expectedVersion: 1,
        input: { decision: 'approve' },
      });
      await expect(
        messageExpert({ subject: expert, expertId: saved.id, input: message, baseUrl, now }),
      ).rejects.toMatchObject({ code: 'hubExpertMessageSelf' });
      await expect(
        messageExpert({
          subject: sender,
          expertId: saved.id,
          input: { subject: 'x', body: 'short' },
          baseUrl,
          now,
        }),
      ).rejects.toMatchObject({ details: { fieldErrors: { body: expect.any(Array) } } });

      const result = await messageExpert({
        subject: sender,
        expertId: saved.id,
        input: message,
        baseUrl,
        now,
      });
      expect(JSON.stringify(result)).not.toContain('hidden@example.org');
      const mails = await db.select().from(jobs).where(eq(jobs.kind, 'mail.send'));
      const mail = mails.find((j) => (j.payload as { to: string }).to === 'hidden@example.org');
      expect(mail).toBeTruthy();
      expect((mail!.payload as { text: string }).text).toContain('التوظيف العادل');

      for (let i = 1; i < expertMessageLimit.limit; i++) {
        await messageExpert({ subject: sender, expertId: saved.id, input: message, baseUrl, now });
      }
      await expect(
        messageExpert({ subject: sender, expertId: saved.id, input: message, baseUrl, now }),
      ).rejects.toMatchObject({ code: 'hubExpertTooManyMessages', status: 429 });
      // Another sender is not held back, and an hour later the first may write again.
      const other = await person();
      await messageExpert({ subject: other, expertId: saved.id, input: message, baseUrl, now });
      await messageExpert({
        subject: sender,
        expertId: saved.id,
        input: message,
        baseUrl,
        now: new Date(now.getTime() + 61 * 60_000),
      });
      // The audit names the messages, never their text or an address.
      const trail = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'hub_expert'), eq(auditLog.entityId, saved.id)));
      expect(JSON.stringify(trail)).not.toContain('hidden@example.org');
      expect(JSON.stringify(trail)).not.toContain('التوظيف العادل');
    });

    it('exports the expert’s own data and deletes it: profile and messages gone, the audit without personal data', async () => {
      const db = platform().database.db;
      const expert = await person();
      const editor = await person(['network_secretariat']);
      const sender = await person();
      const saved = await saveExpertProfile({
        subject: expert,
        input: expertInput({ name: 'Omar Erased', contactEmail: 'omar.erased@example.org' }),
      });
      await vetExpert({
        subject: editor,
        expertId: saved.id,
        expectedVersion: 1,
        input: { decision: 'approve' },
      });
      await messageExpert({
        subject: sender,
        expertId: saved.id,
        input: { subject: 'Hello', body: 'A question about labour migration.' },
        baseUrl,
      });
      await expect(exportExpertData({ subject: sender })).rejects.toMatchObject({ status: 404 });
      const exported = await exportExpertData({ subject: expert });
      expect(exported.profile).toMatchObject({
        name: 'Omar Erased',
        contactEmail: 'omar.erased@example.org',
      });
      expect(exported.messages).toHaveLength(1);

      await expect(deleteExpertData({ subject: sender, expertId: saved.id })).rejects.toMatchObject({
        status: 403,
      });
      await expect(deleteExpertData({ subject: editor, expertId: saved.id })).rejects.toMatchObject({
        status: 403,
      });
      await deleteExpertData({ subject: expert, expertId: saved.id });
      expect(await db.select().from(hubExperts).where(eq(hubExperts.id, saved.id))).toHaveLength(0);
      expect(
        await db.select().from(hubExpertMessages).where(eq(hubExpertMessages.expertId, saved.id)),
      ).toHaveLength(0);
      expect(await db.select().from(contentItems).where(eq(contentItems.id, saved.id))).toHaveLength(0);
      const trail = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'hub_expert'), eq(auditLog.entityId, saved.id)));
      expect(trail.map((a) => a.action)).toContain('expert.delete');
      expect(JSON.stringify(trail)).not.toMatch(/Omar Erased|omar\.erased|labour migration/);
    });
  });
}
