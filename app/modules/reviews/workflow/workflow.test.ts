import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  countryTags,
  jobs,
  objectiveTags,
  regionTags,
  reviews,
  reviewTransitions,
  reviewVersions,
} from '#db/schema/index';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { attachReviewFile } from '../authoring/attach-review-file.server';
import { reviewAttachmentKinds, reviewAttachmentMaxBytes } from '../authoring/review-attachments';
import { saveSection } from '../authoring/save-section.server';
import { type Person, reviewPeople } from '../authoring/test-people';
import { shortTemplate } from '../authoring/test-template';
import { getReviewView } from './get-review-view.server';
import { moderateReview } from './moderate-review.server';
import { getReviewVersions } from './review-versions.server';
import { type MissingSection, submitReview } from './submit-review.server';

const baseUrl = 'https://marsad.example.org';

for (const store of testStores) {
  describe(`review workflow (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function setup() {
      const people = await reviewPeople(db());
      const template = await createReviewTemplate(db(), { sections: shortTemplate });
      const cycle = await createReviewCycle(db(), { templateId: template.id, states: ['JOR', 'EGY'] });
      const review = await createReview(db(), {
        cycleId: cycle.id,
        countryIso3: 'JOR',
        coEditorIds: [people.coEditor.id],
        createdBy: people.focalJOR.id,
      });
      return { people, cycle, review };
    }
    const write = async (
      who: Person,
      reviewId: string,
      sectionKey: string,
      input: Record<string, unknown>,
    ) => {
      const outline = await db().query.reviewSections.findFirst({
        where: (s, { and, eq }) => and(eq(s.reviewId, reviewId), eq(s.sectionKey, sectionKey)),
      });
      return saveSection({
        subject: who.subject,
        reviewId,
        sectionKey,
        input: { language: 'ar', version: outline?.version ?? 0, ...input },
      });
    };
    const submit = (who: Person, reviewId: string) =>
      submitReview({ subject: who.subject, reviewId, baseUrl });
    const moderate = (
      who: Person,
      reviewId: string,
      action: Parameters<typeof moderateReview>[0]['action'],
      comment?: string,
    ) => moderateReview({ subject: who.subject, reviewId, action, comment, baseUrl });
    const mails = async () =>
      (await db().select({ payload: jobs.payload }).from(jobs).where(eq(jobs.kind, 'mail.send'))).map(
        (j) => j.payload as { to: string; subject: string; text: string },
      );
    const tagsOf = async (reviewId: string) => ({
      objectives: (
        await db()
          .select({ n: objectiveTags.objective })
          .from(objectiveTags)
          .where(and(eq(objectiveTags.entityType, 'review'), eq(objectiveTags.entityId, reviewId)))
      )
        .map((r) => r.n)
        .sort((a, b) => a - b),
      countries: (
        await db()
          .select({ c: countryTags.country })
          .from(countryTags)
          .where(and(eq(countryTags.entityType, 'review'), eq(countryTags.entityId, reviewId)))
      ).map((r) => r.c),
      regions: (
        await db()
          .select({ r: regionTags.region })
          .from(regionTags)
          .where(and(eq(regionTags.entityType, 'review'), eq(regionTags.entityId, reviewId)))
      ).map((r) => r.r),
    });

    it('refuses to submit while required sections are empty, listing them', async () => {
      const { people, review } = await setup();
      await write(people.focalJOR, review.id, 'introduction', { body: 'مقدمة' });
      const refused = await submit(people.focalJOR, review.id).catch((e) => e);
      expect(refused).toMatchObject({
        code: 'reviewRequiredSectionsMissing',
        status: 422,
        params: { count: 1 },
      });
      expect((refused.details as { missing: MissingSection[] }).missing).toEqual([
        { key: 'objective-7', title: { ar: 'الهدف 7', en: 'Objective 7' }, objective: 7 },
      ]);
      const [row] = await db().select().from(reviews).where(eq(reviews.id, review.id));
      expect(row).toMatchObject({ status: 'drafting', submittedVersions: 0 });
      expect(await db().select().from(reviewVersions).where(eq(reviewVersions.reviewId, review.id))).toEqual(
        [],
      );
    });

    it('submit: only the focal point, not co-editors, other states, the secretariat or strangers', async () => {
      const { people, review } = await setup();
      await write(people.focalJOR, review.id, 'introduction', { body: 'مقدمة' });
      await write(people.focalJOR, review.id, 'objective-7', { objectiveStatus: 'planned' });
      for (const who of ['coEditor'] as const) {
        await expect(submit(people[who], review.id), who).rejects.toMatchObject({ code: 'forbidden' });
      }
      for (const who of ['anonymous', 'stranger', 'focalEGY', 'lasSecretariat', 'eceSecretariat'] as const) {
        await expect(submit(people[who], review.id), who).rejects.toMatchObject({ code: 'notFound' });
      }
      await expect(submit(people.focalJOR, review.id)).resolves.toMatchObject({ versionNumber: 1 });
      await expect(submit(people.focalJOR, review.id)).rejects.toMatchObject({
        code: 'reviewTransitionNotAllowed',
        status: 409,
      });
    });

    it('refuses submissions once the cycle is closed', async () => {
      const { people } = await setup();
      const closed = await createReviewCycle(db(), { states: ['JOR'], status: 'closed' });
      const review = await createReview(db(), {
        cycleId: closed.id,
        sections: shortTemplate.map((s) => ({ key: s.key, body: { ar: 'نص' } })),
      });
      await expect(submit(people.focalJOR, review.id)).rejects.toMatchObject({
        code: 'reviewCycleClosed',
        status: 409,
      });
    });

    it('runs the whole cycle: submit, return with a comment, resubmit, compare, publish, withdraw', async () => {
      const { people, review } = await setup();
      await write(people.focalJOR, review.id, 'introduction', { body: 'أعدّت اللجنة الوطنية هذا الاستعراض.' });
      await write(people.coEditor, review.id, 'objective-7', {
        objectiveStatus: 'in_progress',
        body: 'اعتمدت وزارة العمل إجراءات جديدة.',
      });
      await write(people.focalJOR, review.id, 'objective-12', { objectiveStatus: 'not_applicable' });
      const upload = await parseUpload(
        multipartRequest({}, { file: { bytes: minimalPdf(), name: 'ملحق.pdf', type: 'application/pdf' } }),
        {
          field: 'file',
          maxBytes: reviewAttachmentMaxBytes,
          allowed: reviewAttachmentKinds,
          tmpDir: platform().dataDir,
        },
      );
      const file = await attachReviewFile({
        subject: people.focalJOR.subject,
        reviewId: review.id,
        upload: upload.file,
      });

      // Submitted: version 1 frozen, the LAS secretariat told, the review tagged.
      const first = await submit(people.focalJOR, review.id);
      expect(first.review).toMatchObject({ status: 'submitted', submittedVersions: 1 });
      const [v1] = await db().select().from(reviewVersions).where(eq(reviewVersions.reviewId, review.id));
      expect(v1!.number).toBe(1);
      expect(v1!.submittedBy).toBe(people.focalJOR.id);
      expect(v1!.snapshot.sections.map((s) => s.key)).toEqual([
        'introduction',
        'objective-7',
        'objective-12',
        'challenges',
      ]);
      expect(v1!.snapshot.sections[1]).toMatchObject({
        objectiveStatus: 'in_progress',
        body: { ar: 'اعتمدت وزارة العمل إجراءات جديدة.' },
      });
      expect(v1!.snapshot.attachments).toEqual([{ fileId: file.id, name: 'ملحق.pdf' }]);
      expect(await tagsOf(review.id)).toEqual({ objectives: [7], countries: ['JOR'], regions: ['LAS'] });
      const submittedMail = (await mails()).filter((m) => m.to === people.lasSecretariat.email);
      expect(submittedMail).toHaveLength(1);
      expect(submittedMail[0]!.text).toContain(`${baseUrl}/en/reviews/${review.id}/moderate`);
      expect((await mails()).some((m) => m.to === people.eceSecretariat.email)).toBe(false);

      // Moderation is for the cycle region's secretariat only.
      await expect(moderate(people.eceSecretariat, review.id, 'publish')).rejects.toMatchObject({
        code: 'notFound',
      });
      await expect(moderate(people.focalJOR, review.id, 'publish')).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(moderate(people.lasSecretariat, review.id, 'return', '  ')).rejects.toMatchObject({
        code: 'reviewCommentRequired',
      });
      await moderate(people.lasSecretariat, review.id, 'acknowledge');
      const returned = await moderate(people.lasSecretariat, review.id, 'return', 'يرجى إضافة بيانات 2023.');
      expect(returned.status).toBe('returned');
      const decisionMails = (await mails()).filter((m) => m.text.includes('يرجى إضافة بيانات 2023.'));
      // Every focal point of Jordan (earlier tests made others) and the co-editor; nobody else.
      const told = decisionMails.map((m) => m.to);
      expect(told).toEqual(expect.arrayContaining([people.coEditor.email, people.focalJOR.email]));
      for (const other of [people.lasSecretariat, people.focalEGY, people.stranger, people.ngoAdmin]) {
        expect(told).not.toContain(other.email);
      }
      expect(decisionMails.find((m) => m.to === people.focalJOR.email)!.text).toContain(
        `/ar/reviews/${review.id}/edit`,
      );

      // The state edits (the secretariat still sees version 1, never the live draft) and resubmits.
      await write(people.focalJOR, review.id, 'objective-7', {
        body: 'اعتمدت وزارة العمل إجراءات جديدة في عام 2023.',
      });
      const seen = await getReviewView({ subject: people.lasSecretariat.subject, reviewId: review.id });
      expect(seen.source).toBe('submitted');
      expect(seen.sections[1]!.answer?.body.ar).toBe('اعتمدت وزارة العمل إجراءات جديدة.');
      const draft = await getReviewView({ subject: people.coEditor.subject, reviewId: review.id });
      expect(draft.source).toBe('draft');
      expect(draft.sections[1]!.answer?.body.ar).toBe('اعتمدت وزارة العمل إجراءات جديدة في عام 2023.');
      const second = await submit(people.focalJOR, review.id);
      expect(second.versionNumber).toBe(2);

      const versions = await getReviewVersions({
        subject: people.lasSecretariat.subject,
        reviewId: review.id,
      });
      expect(versions.versions.map((v) => v.number)).toEqual([2, 1]);
      const changed = versions.comparison!.result.sections.filter((s) => s.changed);
      expect(changed.map((s) => s.key)).toEqual(['objective-7']);
      expect(changed[0]!.fields[0]!.parts).toEqual([
        { kind: 'same', text: 'اعتمدت وزارة العمل إجراءات جديدة ' },
        { kind: 'added', text: 'في عام 2023' },
        { kind: 'same', text: '.' },
      ]);
      await expect(
        getReviewVersions({ subject: people.eceSecretariat.subject, reviewId: review.id }),
      ).rejects.toMatchObject({ code: 'notFound' });
      await expect(
        getReviewVersions({ subject: people.stranger.subject, reviewId: review.id }),
      ).rejects.toMatchObject({ code: 'notFound' });

      // Published: public, and shows the published text.
      await expect(
        getReviewView({ subject: people.anonymous.subject, reviewId: review.id }),
      ).rejects.toMatchObject({
        code: 'notFound',
      });
      const published = await moderate(people.lasSecretariat, review.id, 'publish');
      expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(Date) });
      const pub = await getReviewView({ subject: people.anonymous.subject, reviewId: review.id });
      expect(pub.source).toBe('published');
      expect(pub.sections[1]!.answer?.body.ar).toBe('اعتمدت وزارة العمل إجراءات جديدة في عام 2023.');
      expect(pub.transitions).toEqual([]);
      expect(pub.attachments).toEqual([
        { fileId: file.id, name: 'ملحق.pdf', contentType: 'application/pdf', sizeBytes: minimalPdf().length },
      ]);

      await expect(moderate(people.lasSecretariat, review.id, 'withdraw')).rejects.toMatchObject({
        code: 'reviewCommentRequired',
      });
      const withdrawn = await moderate(people.lasSecretariat, review.id, 'withdraw', 'تصحيح خطأ في الأرقام.');
      expect(withdrawn).toMatchObject({ status: 'acknowledged', publishedAt: null });

      const transitions = await db()
        .select({ from: reviewTransitions.fromStatus, to: reviewTransitions.toStatus })
        .from(reviewTransitions)
        .where(eq(reviewTransitions.reviewId, review.id))
        .orderBy(reviewTransitions.id);
      expect(transitions.map((t) => `${t.from}>${t.to}`)).toEqual([
        'drafting>submitted',
        'submitted>acknowledged',
        'acknowledged>returned',
        'returned>submitted',
        'submitted>published',
        'published>acknowledged',
      ]);
      const trail = (
        await db().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, review.id))
      ).map((a) => a.action);
      for (const action of [
        'review.submit',
        'review.acknowledge',
        'review.return',
        'review.publish',
        'review.withdraw',
      ]) {
        expect(trail).toContain(action);
      }
    });

    it('refuses a stale submission and lets organisation admins, not members, submit parallel reviews', async () => {
      const { people, cycle, review } = await setup();
      await write(people.focalJOR, review.id, 'introduction', { body: 'مقدمة' });
      await write(people.focalJOR, review.id, 'objective-7', { body: 'نص' });
      await expect(
        submitReview({ subject: people.focalJOR.subject, reviewId: review.id, expectedVersion: 7, baseUrl }),
      ).rejects.toMatchObject({ code: 'staleVersion' });

      const parallel = await createReview(db(), {
        cycleId: cycle.id,
        kind: 'parallel',
        organisationId: people.organisation.id,
        freeForm: true,
      });
      await expect(submit(people.ngoAdmin, parallel.id)).rejects.toMatchObject({
        code: 'reviewRequiredSectionsMissing',
      });
      await write(people.ngoMember, parallel.id, 'body', { body: 'تقرير الظل' });
      await expect(submit(people.ngoMember, parallel.id)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(submit(people.focalJOR, parallel.id)).rejects.toMatchObject({ code: 'notFound' });
      await expect(submit(people.ngoAdmin, parallel.id)).resolves.toMatchObject({ versionNumber: 1 });
      expect((await tagsOf(parallel.id)).objectives).toEqual([]);
    });
  });
}
