import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hubResources, objectiveTags, unNetworks } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { saveExpertProfile } from '~/modules/hub/experts/save-expert-profile.server';
import { vetExpert } from '~/modules/hub/experts/vet-expert.server';
import { decidePractice } from '~/modules/hub/practices/decide-practice.server';
import { practiceInput } from '~/modules/hub/practices/practice-fixtures';
import { submitPractice } from '~/modules/hub/practices/submit-practice.server';
import { syncResources } from '~/modules/hub/resources/resource-content.server';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { answerSupport } from '~/modules/pledges/support/answer-support.server';
import { askSupport } from '~/modules/pledges/support/ask-support.server';
import type { AssignableRole } from '~/permissions/matrix';
import type { Subject } from '~/permissions/resolver';
import { expertInput, supportInput } from '../../../../tests/hub-experts-fixtures';
import { resourceInput } from '../../../../tests/hub-fixtures';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { addSupportDetail } from './add-support-detail.server';
import { askHubSupport } from './ask-hub-support.server';
import { getHubSupportRequest, listHubSupportQueue, listMySupportRequests } from './list-hub-support.server';
import { reviewForSupport } from './review-for-support.server';
import { suggestMatches } from './suggest-matches.server';
import { triageSupport } from './triage-support.server';

const baseUrl = 'https://marsad.example';

for (const store of testStores) {
  describe(`requests for support (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;
    async function person(roles: { role: AssignableRole; scopeId?: string }[] = []): Promise<Subject> {
      const user = await createUser(db(), { roles });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }

    it('asks, triages (detail asked and added, accepted, assigned, closed) with a timeline for the requester', async () => {
      const requester = await person();
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const stranger = await person();
      const asked = await askHubSupport({ subject: requester, input: supportInput() });
      expect(asked).toMatchObject({
        subjectType: 'hub',
        status: 'open',
        countryIso3: 'JOR',
        objectives: [6],
      });
      await expect(getHubSupportRequest({ subject: stranger, requestId: asked.id })).rejects.toMatchObject({
        status: 404,
      });
      await expect(
        triageSupport({
          subject: requester,
          requestId: asked.id,
          expectedVersion: 1,
          input: { action: 'accept' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ status: 403 });
      // Asking for detail needs the question; assigning before accepting is out of order.
      await expect(
        triageSupport({
          subject: secretariat,
          requestId: asked.id,
          expectedVersion: 1,
          input: { action: 'ask_detail' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ details: { fieldErrors: { note: [{ code: 'supportNoteRequired' }] } } });
      await expect(
        triageSupport({
          subject: secretariat,
          requestId: asked.id,
          expectedVersion: 1,
          input: { action: 'assign', assignedEntity: 'IOM' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ code: 'supportTransitionNotAllowed' });
      const detailAsked = await triageSupport({
        subject: secretariat,
        requestId: asked.id,
        expectedVersion: 1,
        input: { action: 'ask_detail', note: 'ما القطاعات المعنية؟' },
        baseUrl,
      });
      expect(detailAsked.status).toBe('needs_detail');
      await expect(
        addSupportDetail({
          subject: stranger,
          requestId: asked.id,
          expectedVersion: 2,
          input: { detail: 'x' },
        }),
      ).rejects.toMatchObject({ status: 403 });
      const detailed = await addSupportDetail({
        subject: requester,
        requestId: asked.id,
        expectedVersion: 2,
        input: { detail: 'الزراعة والبناء' },
      });
      expect(detailed.status).toBe('open');
      const accepted = await triageSupport({
        subject: secretariat,
        requestId: asked.id,
        expectedVersion: 3,
        input: { action: 'accept' },
        baseUrl,
      });
      // A stale save is refused.
      await expect(
        triageSupport({
          subject: secretariat,
          requestId: asked.id,
          expectedVersion: 3,
          input: { action: 'close' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
      const assigned = await triageSupport({
        subject: secretariat,
        requestId: asked.id,
        expectedVersion: accepted.version,
        input: { action: 'assign', assignedEntity: 'منظمة العمل الدولية' },
        baseUrl,
      });
      expect(assigned).toMatchObject({ status: 'in_progress', assignedEntity: 'منظمة العمل الدولية' });
      const closed = await triageSupport({
        subject: secretariat,
        requestId: asked.id,
        expectedVersion: assigned.version,
        input: { action: 'close', note: 'قُدّمت ورشة تدريبية' },
        baseUrl,
      });
      expect(closed.status).toBe('closed');
      await expect(
        triageSupport({
          subject: secretariat,
          requestId: asked.id,
          expectedVersion: closed.version,
          input: { action: 'accept' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ code: 'supportRequestClosed' });

      const view = await getHubSupportRequest({ subject: requester, requestId: asked.id });
      expect(view.events.map((e) => e.kind)).toEqual([
        'created',
        'detail_asked',
        'detail_added',
        'accepted',
        'assigned',
        'closed',
      ]);
      expect(view.events.map((e) => e.note)).toContain('ما القطاعات المعنية؟');
      // The requester does not see who acted; the secretariat does.
      expect(view.events.every((e) => e.actorName === null)).toBe(true);
      expect(
        (await getHubSupportRequest({ subject: secretariat, requestId: asked.id })).events[1]!.actorName,
      ).toBeTruthy();
      expect((await listMySupportRequests({ subject: requester })).map((r) => r.id)).toContain(asked.id);
      // Each move mailed the requester.
      const mails = await db().execute<{ n: number }>(
        sql`select count(*)::int as n from jobs where kind = 'mail.send' and dedupe_key like ${`support-triage:${asked.id}:%`}`,
      );
      expect(Number(mails.rows[0]!.n)).toBe(4);
    });

    it('declines with the reason the requester reads; the pledge requests sit in the same queue and follow the same rules', async () => {
      const secretariat = await person([{ role: 'network_secretariat' }]);
      const requester = await person();
      const asked = await askHubSupport({ subject: requester, input: supportInput({ objectives: ['3'] }) });
      await expect(
        triageSupport({
          subject: secretariat,
          requestId: asked.id,
          expectedVersion: 1,
          input: { action: 'decline' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ details: { fieldErrors: { note: [{ code: 'supportNoteRequired' }] } } });
      const declined = await triageSupport({
        subject: secretariat,
        requestId: asked.id,
        expectedVersion: 1,
        input: { action: 'decline', note: 'خارج نطاق الشبكة' },
        baseUrl,
      });
      expect(declined).toMatchObject({ status: 'declined', declineReason: 'خارج نطاق الشبكة' });

      const org = await createOrganisation(db());
      const memberUser = await createUser(db());
      await db().execute(
        sql`insert into organisation_members (organisation_id, user_id) values (${org.id}, ${memberUser.id})`,
      );
      const member = { userId: memberUser.id, grants: await loadGrants(memberUser.id) };
      const pledge = await createPledge(db(), {
        organisationId: org.id,
        createdBy: memberUser.id,
        status: 'published',
      });
      const pledgeAsk = await askSupport({
        subject: member,
        pledgeId: pledge.id,
        input: {
          kind: 'capacity_building',
          description: { en: 'Training for labour inspectors on fair recruitment.' },
          originalLanguage: 'en',
          objectives: ['6'],
        },
      });
      const queue = await listHubSupportQueue({ subject: secretariat, group: 'waiting' });
      expect(queue.map((r) => r.id)).toContain(pledgeAsk.id);
      expect(queue.find((r) => r.id === pledgeAsk.id)).toMatchObject({
        subjectType: 'pledge',
        pledgeTitle: pledge.title,
      });
      // The pledge's own answer form writes the same timeline; the Hub's triage then takes it on.
      const answered = await answerSupport({
        subject: secretariat,
        requestId: pledgeAsk.id,
        expectedVersion: 1,
        input: { status: 'answered', reply: 'We will connect you with the ILO.', replyLanguage: 'en' },
        baseUrl,
      });
      const closed = await triageSupport({
        subject: secretariat,
        requestId: pledgeAsk.id,
        expectedVersion: answered.version,
        input: { action: 'close' },
        baseUrl,
      });
      expect(closed.status).toBe('closed');
      const view = await getHubSupportRequest({ subject: member, requestId: pledgeAsk.id });
      expect(view.events.map((e) => e.kind)).toEqual(['created', 'replied', 'closed']);
      await expect(
        answerSupport({
          subject: secretariat,
          requestId: asked.id,
          expectedVersion: declined.version,
          input: { status: 'in_progress', replyLanguage: 'en' },
          baseUrl,
        }),
      ).rejects.toMatchObject({ code: 'supportRequestClosed' });
    });

    it('asks from a national review: pre-filled from the review, recorded against it, for the country network where one is registered', async () => {
      const focal = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      const other = await person([{ role: 'focal_point', scopeId: 'EGY' }]);
      const cycle = await createReviewCycle(db());
      const review = await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR', status: 'drafting' });
      await db()
        .insert(objectiveTags)
        .values([
          { entityType: 'national_review', entityId: review.id, objective: 6 },
          { entityType: 'national_review', entityId: review.id, objective: 23 },
        ]);
      const prefill = await reviewForSupport({ subject: focal, reviewId: review.id });
      expect(prefill).toMatchObject({ countryIso3: 'JOR', objectives: [6, 23] });
      await expect(reviewForSupport({ subject: other, reviewId: review.id })).rejects.toMatchObject({
        status: 404,
      });
      await expect(
        askHubSupport({ subject: focal, input: supportInput({ reviewId: review.id, countryIso3: 'EGY' }) }),
      ).rejects.toMatchObject({
        details: { fieldErrors: { countryIso3: [{ code: 'supportReviewCountry' }] } },
      });
      // No UN country network registered for Jordan: the request goes to the Network secretariat.
      await db().delete(unNetworks).where(eq(unNetworks.countryIso3, 'JOR'));
      expect(prefill.network).toBeNull();
      const toSecretariat = await askHubSupport({
        subject: focal,
        input: supportInput({ reviewId: review.id }),
      });
      expect(toSecretariat).toMatchObject({ target: 'network_secretariat' });
      await db()
        .insert(unNetworks)
        .values({
          slug: 'jordan-test',
          level: 'country',
          name: { ar: 'شبكة الأردن', en: 'Jordan network' },
          countryIso3: 'JOR',
        });
      expect((await reviewForSupport({ subject: focal, reviewId: review.id })).network).toMatchObject({
        slug: 'jordan-test',
      });
      const asked = await askHubSupport({ subject: focal, input: supportInput({ reviewId: review.id }) });
      expect(asked).toMatchObject({
        subjectType: 'review',
        reviewId: review.id,
        target: 'un_country_network',
        requesterCountryIso3: 'JOR',
      });
      // The state's other focal points read it too.
      const colleague = await person([{ role: 'focal_point', scopeId: 'JOR' }]);
      expect((await getHubSupportRequest({ subject: colleague, requestId: asked.id })).request.id).toBe(
        asked.id,
      );
    });

    it('suggests experts, resources and practices sharing the objectives, region and language, ranked, with reasons', async () => {
      const editor = await person([{ role: 'network_secretariat' }]);
      const make = async (overrides: Record<string, unknown>, approve = true) => {
        const expert = await person();
        const row = await saveExpertProfile({ subject: expert, input: expertInput(overrides) });
        if (approve)
          await vetExpert({
            subject: editor,
            expertId: row.id,
            expectedVersion: 1,
            input: { decision: 'approve' },
          });
        return row;
      };
      const best = await make({
        name: 'A best',
        objectives: ['6', '7'],
        languages: ['ar'],
        regions: ['LAS'],
      });
      const arabicOnly = await make({
        name: 'B arabic',
        objectives: ['7'],
        languages: ['ar'],
        regions: ['M49-150'],
      });
      const englishRegion = await make({
        name: 'C region',
        objectives: ['7'],
        languages: ['en'],
        regions: ['LAS'],
        originalLanguage: 'ar',
      });
      await make({ name: 'D other objective', objectives: ['1'], languages: ['ar'], regions: ['LAS'] });
      await make({ name: 'E unvetted', objectives: ['7'], languages: ['ar'], regions: ['LAS'] }, false);
      const submitter = await person();
      const resource = await submitResource({
        subject: submitter,
        input: { ...resourceInput, url: 'https://example.org/guide' },
      });
      await db()
        .update(hubResources)
        .set({ status: 'published', publishedAt: new Date() })
        .where(eq(hubResources.id, resource.id));
      await syncResources(db(), [resource.id]);
      await submitResource({
        subject: submitter,
        input: { ...resourceInput, url: 'https://example.org/draft' },
      });

      // Practices: approved ones only; the one in Jordan, written in Arabic, ranks first.
      const practice = async (overrides: Record<string, unknown>, approve = true) => {
        const row = await submitPractice({ subject: submitter, input: { ...practiceInput, ...overrides } });
        if (approve)
          await decidePractice({
            subject: editor,
            practiceId: row.id,
            expectedVersion: 1,
            input: { decision: 'approve' },
          });
        return row;
      };
      const nearPractice = await practice({ objectives: ['7', '21'] });
      const farPractice = await practice({
        title: { ar: 'ممارسة بعيدة', en: 'A distant practice' },
        objectives: ['7'],
        countries: ['BRA'],
        originalLanguage: 'en',
        summary: { en: 'Elsewhere.' },
      });
      await practice({ objectives: ['7'] }, false);
      await practice({ objectives: ['3'] });

      const matches = await suggestMatches({
        request: { objectives: [7], countryIso3: 'JOR', languages: ['ar'] },
      });
      expect(matches.practices.map((m) => m.item.id)).toEqual([nearPractice.id, farPractice.id]);
      expect(matches.practices.map((m) => m.score)).toEqual([6, 3]);
      expect(matches.practices[0]!.reasons).toEqual(
        expect.arrayContaining([
          { kind: 'objective', objective: 7 },
          { kind: 'language', language: 'ar' },
          { kind: 'region', region: 'LAS' },
        ]),
      );
      expect(matches.practices[1]!.reasons).toEqual([{ kind: 'objective', objective: 7 }]);
      expect(JSON.stringify(matches.practices)).not.toContain('laila.haddad@example.org');
      expect(matches.regions).toContain('LAS');
      expect(matches.experts.map((m) => m.item.id)).toEqual([best.id, englishRegion.id, arabicOnly.id]);
      expect(matches.experts[0]!.reasons).toEqual([
        { kind: 'objective', objective: 7 },
        { kind: 'language', language: 'ar' },
        { kind: 'region', region: 'LAS' },
      ]);
      expect(JSON.stringify(matches)).not.toContain('laila.private@example.org');
      // Only the published resource; JOR is tagged, so its regions match.
      expect(matches.resources.map((m) => m.item.id)).toEqual([resource.id]);
      expect(matches.resources[0]!.reasons).toEqual(
        expect.arrayContaining([
          { kind: 'objective', objective: 7 },
          { kind: 'language', language: 'ar' },
          { kind: 'region', region: 'LAS' },
        ]),
      );
      expect(
        (await suggestMatches({ request: { objectives: [], countryIso3: 'JOR', languages: ['ar'] } }))
          .experts,
      ).toEqual([]);
    });
  });
}
