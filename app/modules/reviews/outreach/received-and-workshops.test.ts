import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '#db/schema/files';
import { meetings } from '#db/schema/meetings';
import { reviewReceipts } from '#db/schema/review-outreach';
import { reviews, reviewVersions } from '#db/schema/reviews';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { syncMeetingContent } from '~/modules/meetings/meeting-content.server';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { AppError } from '~/platform/errors';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { getCycle } from '../cycles/get-cycle.server';
import { createCyclePeople } from '../cycles/test-fixtures';
import { listPublishedReviews } from '../listing/list-published-reviews.server';
import { presentCycleDetail, presentReview } from '../listing/review-presenters';
import { loadSynthesisInput } from '../synthesis/load-synthesis-input.server';
import { moderateReview } from '../workflow/moderate-review.server';
import { receiptsOf } from './receipts.server';
import { registerReceivedReview } from './register-received-review.server';
import { createWorkshop, listWorkshops, removeWorkshop, updateWorkshop } from './workshops.server';

const pdf = async (name = 'الاستعراض الوطني.pdf') =>
  (
    await parseUpload(multipartRequest({}, { file: { bytes: minimalPdf(), name } }), {
      field: 'file',
      maxBytes: 1024 * 1024,
      allowed: ['pdf', 'docx'],
    })
  ).file;
const refusal = (p: Promise<unknown>) => p.then(() => null).catch((e: AppError) => e);

for (const store of testStores) {
  describe(`reviews received by the secretariat and focal-point workshops (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;
    beforeAll(async () => {
      people = await createCyclePeople(platform().database.db);
    });

    it('registers a review from a file: it counts as received, is published like the others and feeds the synthesis', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, { states: ['JOR', 'EGY', 'MAR'] });
      await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'EGY',
        status: 'submitted',
        submittedAt: new Date(),
      });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'MAR', status: 'drafting' });
      const now = new Date('2026-05-10T10:00:00Z');
      const input = {
        countryIso3: 'JOR',
        receivedOn: '٢٠٢٦-٠٥-٠٨',
        originalLanguage: 'ar',
        objectives: ['7', '23'],
        sections: { 'objective-7': 'أنشأت الحكومة وحدة لحماية المهاجرين في أوضاع هشة.' },
      };
      const register = (
        subject = people.las.subject,
        overrides: object = {},
        file?: Promise<unknown> | null,
      ) =>
        (async () =>
          registerReceivedReview({
            subject,
            cycleId: cycle.id,
            input: { ...input, ...overrides },
            upload: file === null ? null : ((await (file ?? pdf())) as Awaited<ReturnType<typeof pdf>>),
            now,
          }))();

      for (const who of [people.escwa, people.network, people.focalJor]) {
        expect(await refusal(register(who.subject))).toMatchObject({ code: 'forbidden' });
      }
      expect(await refusal(register(people.las.subject, {}, null))).toMatchObject({
        code: 'receivedFileRequired',
      });
      expect(await refusal(register(people.las.subject, { receivedOn: '2026-05-11' }))).toMatchObject({
        code: 'receivedDateInFuture',
      });
      expect(await refusal(register(people.las.subject, { countryIso3: 'OMN' }))).toMatchObject({
        code: 'receivedStateNotInCycle',
      });
      expect(await refusal(register(people.las.subject, { countryIso3: 'MAR' }))).toMatchObject({
        code: 'receivedReviewExists',
      });
      expect(await refusal(register(people.las.subject, { objectives: [] }))).toMatchObject({ status: 400 });
      expect(await refusal(register(people.las.subject, { objectives: ['24'] }))).toMatchObject({
        status: 400,
      });
      expect(
        await refusal(register(people.las.subject, { sections: { 'objective-99': 'x' } })),
      ).toMatchObject({ code: 'receivedSectionUnknown' });

      const review = await register();
      expect(review).toMatchObject({
        kind: 'national',
        countryIso3: 'JOR',
        status: 'submitted',
        submittedVersions: 1,
        title: { ar: 'الاستعراض الوطني الطوعي لـالأردن', en: 'Voluntary national review of Jordan' },
      });
      const [receipt] = await db.select().from(reviewReceipts).where(eq(reviewReceipts.reviewId, review.id));
      expect(receipt).toMatchObject({ receivedOn: '2026-05-08', objectives: [7, 23] });
      const files = await db.select().from(attachments).where(eq(attachments.entityId, review.id));
      expect(files.map((f) => f.fileId)).toEqual([receipt!.fileId]);
      const [version] = await db.select().from(reviewVersions).where(eq(reviewVersions.reviewId, review.id));
      expect(version!.snapshot.attachments.map((a) => a.name)).toEqual(['الاستعراض الوطني.pdf']);
      expect(
        (await getTags({ db, entityType: 'review', entityIds: [review.id] })).get(review.id),
      ).toMatchObject({
        objectives: [7, 23],
        countries: ['JOR'],
      });
      expect(await receiptsOf(db, [review.id])).toEqual(new Map([[review.id, '2026-05-08']]));
      // Registered once only.
      expect(await refusal(register())).toMatchObject({ code: 'receivedReviewExists' });

      // Received whatever the channel: Jordan (file) and Egypt (platform); Morocco is still drafting.
      const detail = await getCycle({ subject: people.anonymous.subject, cycleId: cycle.id });
      expect(presentCycleDetail(detail, { synthesisDocx: null }).counts).toMatchObject({
        states: 3,
        received: 2,
        publishedNationalReviews: 0,
      });

      await moderateReview({
        subject: people.las.subject,
        reviewId: review.id,
        action: 'publish',
        baseUrl: 'https://marsad.example.org',
      });
      const [published] = await db.select().from(reviews).where(eq(reviews.id, review.id));
      expect(published!.status).toBe('published');
      expect(
        (await getTags({ db, entityType: 'review', entityIds: [review.id] })).get(review.id)!.objectives,
      ).toEqual([7, 23]);
      const synthesis = await loadSynthesisInput(db, cycle);
      const jordan = synthesis.reviews.find((r) => r.id === review.id)!;
      expect(jordan.objectiveTags).toEqual([7, 23]);
      expect(jordan.sections.map((s) => [s.sectionKey, s.body.ar])).toEqual([
        ['objective-7', 'أنشأت الحكومة وحدة لحماية المهاجرين في أوضاع هشة.'],
      ]);

      // Public listings and the API mark it as received by the secretariat; a platform review is not marked.
      const other = await createReviewCycle(db, { states: ['TUN'] });
      await createReview(db, {
        cycleId: other.id,
        countryIso3: 'TUN',
        status: 'published',
        publishedAt: new Date(),
      });
      const listed = await listPublishedReviews({ db, filters: {}, limit: 100, offset: 0 });
      expect(
        listed.items
          .filter((r) => r.cycle.id === cycle.id || r.cycle.id === other.id)
          .map((r) => [r.country?.iso3, presentReview(r).receivedBySecretariatOn])
          .sort(),
      ).toEqual([
        ['JOR', '2026-05-08'],
        ['TUN', null],
      ]);
    });

    it('refuses a received review on a draft cycle', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, { status: 'draft', states: ['JOR'] });
      const refused = await refusal(
        registerReceivedReview({
          subject: people.las.subject,
          cycleId: cycle.id,
          input: { countryIso3: 'JOR', receivedOn: '2026-01-01', originalLanguage: 'en', objectives: ['1'] },
          upload: await pdf(),
        }),
      );
      expect(refused).toMatchObject({ code: 'receivedCycleDraft' });
    });

    it('records focal-point workshops with invited and attending states, linked to their meeting page', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, { states: ['JOR', 'EGY', 'IRQ'] });
      const [meeting] = await db
        .insert(meetings)
        .values({
          kind: 'workshop',
          title: { ar: 'ورشة عمل جهات الاتصال', en: 'Focal points workshop' },
          startsOn: '2026-06-10',
          endsOn: '2026-06-10',
          timeZone: 'Africa/Cairo',
          regionId: 'LAS',
          cycleId: cycle.id,
          status: 'published',
        })
        .returning();
      await syncMeetingContent(db, meeting!.id);
      const input = {
        title: { ar: 'ورشة بناء القدرات الأولى', en: 'First capacity-building workshop' },
        startsOn: '2026-06-10',
        place: { ar: 'عبر الإنترنت' },
        link: 'https://meet.example.org/las-gcm',
        meetingId: meeting!.id,
        invitedStates: ['JOR', 'EGY', 'IRQ'],
        attendedStates: ['JOR', 'EGY'],
        participants: '٣٤',
      };
      const create = (subject = people.las.subject, overrides: object = {}) =>
        createWorkshop({ subject, cycleId: cycle.id, input: { ...input, ...overrides } });
      for (const who of [people.escwa, people.network, people.focalJor]) {
        expect(await refusal(create(who.subject))).toMatchObject({ code: 'forbidden' });
      }
      expect(await refusal(create(people.las.subject, { invitedStates: ['JOR', 'OMN'] }))).toMatchObject({
        code: 'workshopStateNotInCycle',
      });
      expect(
        await refusal(create(people.las.subject, { invitedStates: ['JOR'], attendedStates: ['EGY'] })),
      ).toMatchObject({ code: 'workshopAttendedNotInvited' });
      expect(await refusal(create(people.las.subject, { endsOn: '2026-06-01' }))).toMatchObject({
        code: 'datesOutOfOrder',
      });
      expect(await refusal(create(people.las.subject, { title: {} }))).toMatchObject({ status: 400 });
      const other = await createReviewCycle(db, { states: ['JOR'] });
      expect(
        await refusal(
          createWorkshop({
            subject: people.las.subject,
            cycleId: other.id,
            input: { ...input, invitedStates: ['JOR'], attendedStates: [] },
          }),
        ),
      ).toMatchObject({ code: 'workshopMeetingNotOfCycle' });

      const workshop = await create();
      expect(workshop).toMatchObject({ participants: 34, attendedStates: ['EGY', 'JOR'], version: 1 });
      const shown = await listWorkshops(db, [cycle.id]);
      expect(shown.map((w) => [w.title.en, w.meetingId])).toEqual([
        ['First capacity-building workshop', meeting!.id],
      ]);

      const updated = await updateWorkshop({
        subject: people.las.subject,
        cycleId: cycle.id,
        workshopId: workshop.id,
        expectedVersion: 1,
        input: { ...input, attendedStates: ['JOR', 'EGY', 'IRQ'] },
      });
      expect(updated.version).toBe(2);
      expect(
        await refusal(
          updateWorkshop({
            subject: people.las.subject,
            cycleId: cycle.id,
            workshopId: workshop.id,
            expectedVersion: 1,
            input,
          }),
        ),
      ).toMatchObject({ code: 'staleVersion' });
      // A meeting taken back to draft is no longer linked.
      await db.update(meetings).set({ status: 'draft' }).where(eq(meetings.id, meeting!.id));
      await syncMeetingContent(db, meeting!.id);
      expect((await listWorkshops(db, [cycle.id]))[0]!.meetingId).toBeNull();
      await removeWorkshop({
        subject: people.las.subject,
        cycleId: cycle.id,
        workshopId: workshop.id,
        expectedVersion: 2,
      });
      expect(await listWorkshops(db, [cycle.id])).toEqual([]);
    });
  });
}
