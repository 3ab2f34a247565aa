import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, organisationMembers, rateLimits, supportRequests, users } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { answerSupport } from '~/modules/pledges/support/answer-support.server';
import { askSupport, supportRequestLimit } from '~/modules/pledges/support/ask-support.server';
import {
  getSupportRequest,
  listSupportForPledge,
  listSupportQueue,
} from '~/modules/pledges/support/list-support-requests.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { request, signIn } from './http';
import { testStores, useTestPlatform } from './platform';

const ask = {
  kind: 'capacity_building',
  description: {
    ar: 'نحتاج إلى تدريب مفتشي العمل على التوظيف العادل في المحافظات الثلاث.',
    en: 'We need training for labour inspectors on fair recruitment in the three governorates.',
  },
  originalLanguage: 'ar',
  objectives: ['6', '٧'],
};

type MailPayload = { to: string; subject: string; text: string };

for (const store of testStores) {
  describe(`support requests: domain (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function person(roles: { role: AssignableRole; scopeId?: string }[] = [], orgId?: string) {
      const user = await createUser(db(), { roles });
      if (orgId) await db().insert(organisationMembers).values({ organisationId: orgId, userId: user.id });
      const subject: Subject = { userId: user.id, grants: await loadGrants(user.id) };
      return { user, subject };
    }
    async function mails(): Promise<MailPayload[]> {
      const rows = await db().execute<{ payload: MailPayload }>(
        sql`select payload from jobs where kind = 'mail.send' order by id`,
      );
      return rows.rows.map((r) => r.payload);
    }

    it('lets the pledger ask on an approved or published pledge, for its organisation, audited', async () => {
      const org = await createOrganisation(db());
      const member = await person([], org.id);
      const pledge = await createPledge(db(), {
        organisationId: org.id,
        createdBy: member.user.id,
        status: 'published',
      });
      const row = await askSupport({ subject: member.subject, pledgeId: pledge.id, input: ask });
      expect(row).toMatchObject({
        subjectType: 'pledge',
        subjectId: pledge.id,
        requesterId: member.user.id,
        requesterOrganisationId: org.id,
        requesterCountryIso3: null,
        kind: 'capacity_building',
        status: 'open',
        objectives: [6, 7],
        version: 1,
      });
      expect(row.description.en).toContain('labour inspectors');
      const audit = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'support_request'), eq(auditLog.entityId, row.id)));
      expect(audit.map((a) => a.action)).toEqual(['support.request']);

      const approved = await createPledge(db(), { countryIso3: 'JOR', createdBy: null, status: 'approved' });
      const focal = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const forState = await askSupport({ subject: focal.subject, pledgeId: approved.id, input: ask });
      expect(forState).toMatchObject({ requesterOrganisationId: null, requesterCountryIso3: 'JOR' });
    });

    it('refuses others, pledges not yet approved, and bad input', async () => {
      const org = await createOrganisation(db());
      const member = await person([], org.id);
      const outsider = await person();
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const published = await createPledge(db(), { organisationId: org.id, status: 'published' });
      const draft = await createPledge(db(), { organisationId: org.id, status: 'draft' });
      for (const subject of [outsider.subject, secretariat.subject]) {
        await expect(askSupport({ subject, pledgeId: published.id, input: ask })).rejects.toMatchObject({
          code: 'forbidden',
          status: 403,
        });
      }
      await expect(
        askSupport({ subject: anonymousSubject, pledgeId: published.id, input: ask }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        askSupport({ subject: member.subject, pledgeId: draft.id, input: ask }),
      ).rejects.toMatchObject({
        code: 'supportPledgeNotOpen',
        status: 409,
      });
      await expect(
        askSupport({ subject: member.subject, pledgeId: published.id, input: { ...ask, kind: 'money' } }),
      ).rejects.toMatchObject({ code: 'invalidChoice', status: 400 });
      await expect(
        askSupport({ subject: member.subject, pledgeId: published.id, input: { ...ask, description: {} } }),
      ).rejects.toMatchObject({ code: 'supportDescriptionRequired' });
      await expect(
        askSupport({
          subject: member.subject,
          pledgeId: published.id,
          input: { ...ask, description: { ar: 'قصير' } },
        }),
      ).rejects.toMatchObject({
        code: 'tooShort',
        params: { min: 20 },
        details: { fieldErrors: { 'description.ar': [{ code: 'tooShort', params: { min: 20 } }] } },
      });
      await expect(
        askSupport({
          subject: member.subject,
          pledgeId: published.id,
          input: { ...ask, description: { ar: 'ا'.repeat(2001) } },
        }),
      ).rejects.toMatchObject({ code: 'tooLong', params: { max: 2000 } });
      await expect(
        askSupport({
          subject: member.subject,
          pledgeId: published.id,
          input: { ...ask, objectives: ['24'] },
        }),
      ).rejects.toMatchObject({ status: 400 });
      expect(
        await db().select().from(supportRequests).where(eq(supportRequests.subjectId, published.id)),
      ).toHaveLength(0);
    });

    it('limits requests per user in a window', async () => {
      const org = await createOrganisation(db());
      const member = await person([], org.id);
      const pledge = await createPledge(db(), { organisationId: org.id, status: 'published' });
      const now = new Date('2026-03-01T10:00:00Z');
      for (let i = 0; i < supportRequestLimit.limit; i++) {
        await askSupport({ subject: member.subject, pledgeId: pledge.id, input: ask, now });
      }
      await expect(
        askSupport({ subject: member.subject, pledgeId: pledge.id, input: ask, now }),
      ).rejects.toMatchObject({ code: 'supportTooManyRequests', status: 429, params: { minutes: 60 } });
      // Another member of the same organisation has a quota of their own.
      const colleague = await person([], org.id);
      await askSupport({ subject: colleague.subject, pledgeId: pledge.id, input: ask, now });
      await db().delete(rateLimits);
    });

    it('answers with a version check, mails the requester in their language, closed is final', async () => {
      const org = await createOrganisation(db());
      const member = await person([], org.id);
      await db().update(users).set({ locale: 'en' }).where(eq(users.id, member.user.id));
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const pledge = await createPledge(db(), { organisationId: org.id, status: 'published' });
      const request = await askSupport({ subject: member.subject, pledgeId: pledge.id, input: ask });
      const before = (await mails()).length;
      const answer = (
        subject: Subject,
        expectedVersion: number,
        input: Parameters<typeof answerSupport>[0]['input'],
        baseUrl = 'http://x',
      ) => answerSupport({ subject, requestId: request.id, expectedVersion, input, baseUrl });

      await expect(
        answer(member.subject, 1, { status: 'answered', reply: 'x', replyLanguage: 'en' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        answer(secretariat.subject, 1, { status: 'answered', reply: '', replyLanguage: 'en' }),
      ).rejects.toMatchObject({
        code: 'supportReplyRequired',
        details: { fieldErrors: { reply: [{ code: 'supportReplyRequired' }] } },
      });

      const inProgress = await answer(
        secretariat.subject,
        1,
        { status: 'in_progress', reply: '', replyLanguage: 'ar' },
        'https://marsad.example.org/',
      );
      expect(inProgress).toMatchObject({ status: 'in_progress', reply: null, version: 2 });

      const answered = await answer(
        secretariat.subject,
        2,
        {
          status: 'answered',
          reply: 'IOM will run a two-day workshop in May.\n\nWrite to the regional office to fix dates.',
          replyLanguage: 'en',
        },
        'https://marsad.example.org/',
      );
      expect(answered).toMatchObject({
        status: 'answered',
        replyLanguage: 'en',
        repliedBy: secretariat.user.id,
      });
      await expect(
        answer(secretariat.subject, 2, { status: 'closed', reply: 'late', replyLanguage: 'en' }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });

      const sent = (await mails()).slice(before);
      expect(sent).toHaveLength(2);
      expect(sent.every((m) => m.to === member.user.email)).toBe(true);
      const en = serverI18n('en');
      expect(sent[1]!.subject).toBe(
        en.t('pledges-support.mail.answered.subject', { title: 'Four one-stop centres for migrant workers' }),
      );
      expect(sent[1]!.text).toContain('two-day workshop');
      expect(sent[1]!.text).toContain(`https://marsad.example.org/en/pledges/${pledge.id}#support`);
      expect(sent[1]!.text).toContain(en.t('pledges-support.status.answered'));

      await answer(secretariat.subject, 3, { status: 'closed', reply: answered.reply, replyLanguage: 'en' });
      await expect(
        answer(secretariat.subject, 4, { status: 'in_progress', reply: '', replyLanguage: 'en' }),
      ).rejects.toMatchObject({ code: 'supportRequestClosed', status: 409 });
      const trail = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'support_request'), eq(auditLog.entityId, request.id)));
      expect(trail.map((a) => a.action)).toEqual([
        'support.request',
        'support.answer',
        'support.answer',
        'support.answer',
      ]);
    });

    it('shows requests to the pledger’s side and the secretariat only', async () => {
      const org = await createOrganisation(db());
      const member = await person([], org.id);
      const colleague = await person([], org.id);
      const outsider = await person();
      const focalJOR = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const pledge = await createPledge(db(), { organisationId: org.id, status: 'published' });
      const row = await askSupport({ subject: member.subject, pledgeId: pledge.id, input: ask });

      for (const who of [member, colleague, secretariat]) {
        expect(
          (await listSupportForPledge({ subject: who.subject, pledgeId: pledge.id })).map((r) => r.id),
        ).toEqual([row.id]);
        expect((await getSupportRequest({ subject: who.subject, requestId: row.id })).id).toBe(row.id);
      }
      for (const subject of [outsider.subject, focalJOR.subject, anonymousSubject]) {
        expect(await listSupportForPledge({ subject, pledgeId: pledge.id })).toEqual([]);
        await expect(getSupportRequest({ subject, requestId: row.id })).rejects.toMatchObject({
          status: 404,
        });
      }
      await expect(listSupportQueue({ subject: member.subject })).rejects.toMatchObject({ status: 403 });
      const queue = await listSupportQueue({ subject: secretariat.subject, filter: 'open' });
      expect(queue.map((r) => r.id)).toContain(row.id);
      expect(queue.find((r) => r.id === row.id)?.pledgeTitle?.en).toBe(
        'Four one-stop centres for migrant workers',
      );
      expect(
        (await listSupportQueue({ subject: secretariat.subject, filter: 'closed' })).map((r) => r.id),
      ).not.toContain(row.id);
    });
  });
}

describe('support requests: pages', () => {
  const platform = useTestPlatform();
  const db = () => platform().database.db;

  it('pledger asks → secretariat answers in the queue → pledger reads the answer; the public sees nothing', async () => {
    const member = await createUser(db());
    const org = await createOrganisation(db(), { members: [{ userId: member.id }] });
    const pledge = await createPledge(db(), {
      organisationId: org.id,
      createdBy: member.id,
      status: 'published',
      publishedAt: new Date(),
    });
    const secretariat = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
    const memberSession = await signIn(member.id);
    const secSession = await signIn(secretariat.id);

    const form = await request(`/en/pledges/${pledge.id}/support`, { session: memberSession });
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('name="description.ar"');

    const refused = await request(`/en/pledges/${pledge.id}/support`, {
      session: memberSession,
      form: { kind: 'data', originalLanguage: 'en', 'description.en': 'too short', 'description.ar': '' },
    });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('too short');
    expect(refusedHtml).toContain('aria-invalid="true"');

    const sent = await request(`/en/pledges/${pledge.id}/support`, {
      session: memberSession,
      form: {
        kind: 'data',
        originalLanguage: 'en',
        'description.en': 'We need disaggregated recruitment-fee data <b>by nationality</b>.',
        'description.ar': '',
        objectives: ['1', '6'],
      },
    });
    expect(sent.status).toBe(302);
    expect(sent.headers.get('location')).toBe(`/en/pledges/${pledge.id}?notice=supportRequested#support`);
    const [row] = await db().select().from(supportRequests).where(eq(supportRequests.subjectId, pledge.id));
    expect(row).toMatchObject({ kind: 'data', objectives: [1, 6], status: 'open' });

    // Only the secretariat has the queue; the pledger is refused.
    expect((await request('/en/pledges/support', { session: memberSession })).status).toBe(403);
    const queue = await (await request('/en/pledges/support?status=open', { session: secSession })).text();
    expect(queue).toContain(`/en/pledges/support/${row!.id}`);

    const answer = await request(`/en/pledges/support/${row!.id}`, {
      session: secSession,
      form: {
        status: 'answered',
        reply: 'The regional data hub will share the tables.',
        replyLanguage: 'en',
        version: '1',
      },
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(`/en/pledges/support/${row!.id}?notice=saved`);
    const stale = await request(`/en/pledges/support/${row!.id}`, {
      session: secSession,
      form: { status: 'closed', reply: 'My newer text', replyLanguage: 'en', version: '1' },
    });
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain('My newer text');
    expect(staleHtml).toContain('The regional data hub will share the tables.');
    // The pledger's side may read the request page but not answer.
    const readOnly = await request(`/en/pledges/support/${row!.id}`, { session: memberSession });
    expect(readOnly.status).toBe(200);
    expect(await readOnly.text()).not.toContain('name="reply"');
    expect(
      (
        await request(`/en/pledges/support/${row!.id}`, {
          session: memberSession,
          form: { status: 'closed', reply: 'x', replyLanguage: 'en', version: '2' },
        })
      ).status,
    ).toBe(403);

    const pledgerView = await (await request(`/en/pledges/${pledge.id}`, { session: memberSession })).text();
    expect(pledgerView).toContain('id="support"');
    expect(pledgerView).toContain('The regional data hub will share the tables.');
    // User text is shown as text.
    expect(pledgerView).toContain('&lt;b&gt;by nationality&lt;/b&gt;');
    const publicView = await (await request(`/en/pledges/${pledge.id}`)).text();
    expect(publicView).not.toContain('id="support"');
    expect(publicView).not.toContain('regional data hub');
    expect(
      (
        await request(`/en/pledges/support/${row!.id}`, {
          session: await signIn((await createUser(db())).id),
        })
      ).status,
    ).toBe(404);
  });
});
