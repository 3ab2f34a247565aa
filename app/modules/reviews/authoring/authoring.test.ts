import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  auditLog,
  jobs,
  reviewComments,
  reviewEditors,
  reviewSections,
  users,
  userTokens,
} from '#db/schema/index';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { addComment } from './add-comment.server';
import { inviteCoEditor } from './invite-co-editor.server';
import { listMyReviews } from './list-my-reviews.server';
import { openReview } from './open-review.server';
import { removeCoEditor } from './remove-co-editor.server';
import { resolveComment } from './resolve-comment.server';
import { getReviewOutline } from './review-outline.server';
import { type SectionConflict, saveSection } from './save-section.server';
import { reviewStartOptions } from './start-options.server';
import { reviewPeople } from './test-people';
import { shortTemplate } from './test-template';

const baseUrl = 'https://marsad.example.org';
const title = { title: { ar: 'الاستعراض الوطني الطوعي للأردن', en: '' }, originalLanguage: 'ar' };

for (const store of testStores) {
  describe(`review authoring (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function setup() {
      const people = await reviewPeople(db());
      const template = await createReviewTemplate(db(), { sections: shortTemplate });
      const cycle = await createReviewCycle(db(), { templateId: template.id, states: ['JOR', 'EGY'] });
      return { people, cycle };
    }
    const mailsTo = async (email: string) =>
      (await db().select().from(jobs).where(eq(jobs.kind, 'mail.send'))).filter(
        (j) => (j.payload as { to: string }).to === email,
      );

    describe('opening a review', () => {
      it('lets the focal point open the state national review once; a second attempt names the existing one', async () => {
        const { people, cycle } = await setup();
        const review = await openReview({
          subject: people.focalJOR.subject,
          cycleId: cycle.id,
          input: { kind: 'national', countryIso3: 'jor', ...title },
        });
        expect(review).toMatchObject({
          kind: 'national',
          countryIso3: 'JOR',
          organisationId: null,
          status: 'drafting',
          freeForm: false,
          title: { ar: title.title.ar },
          createdBy: people.focalJOR.id,
        });
        const audit = await db()
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entityId, review.id), eq(auditLog.action, 'review.create')));
        expect(audit).toHaveLength(1);

        await expect(
          openReview({
            subject: people.focalJOR.subject,
            cycleId: cycle.id,
            input: { kind: 'national', countryIso3: 'JOR', ...title },
          }),
        ).rejects.toMatchObject({
          code: 'reviewAlreadyExists',
          status: 409,
          details: { reviewId: review.id },
        });
      });

      it('refuses other states, states outside the cycle, closed cycles, strangers and a missing title', async () => {
        const { people, cycle } = await setup();
        const open = (who: keyof typeof people, input: Record<string, unknown>, cycleId = cycle.id) =>
          openReview({
            subject: (people[who] as { subject: Parameters<typeof openReview>[0]['subject'] }).subject,
            cycleId,
            input: { kind: 'national', countryIso3: 'JOR', ...title, ...input },
          });
        await expect(open('focalEGY', {})).rejects.toMatchObject({ code: 'forbidden' });
        await expect(open('anonymous', {})).rejects.toMatchObject({ code: 'forbidden' });
        await expect(open('lasSecretariat', {})).rejects.toMatchObject({ code: 'forbidden' });
        await expect(open('coEditor', {})).rejects.toMatchObject({ code: 'forbidden' });
        await expect(open('focalJOR', { title: { ar: '' } })).rejects.toMatchObject({
          code: 'reviewTitleRequired',
          details: { fieldErrors: { 'title.ar': [{ code: 'reviewTitleRequired' }] } },
        });
        const tunisia = await createReviewCycle(db(), { states: ['EGY'] });
        await expect(open('focalJOR', {}, tunisia.id)).rejects.toMatchObject({
          code: 'reviewStateNotInCycle',
        });
        const closed = await createReviewCycle(db(), { states: ['JOR'], status: 'closed' });
        await expect(open('focalJOR', {}, closed.id)).rejects.toMatchObject({
          code: 'reviewCycleNotOpen',
          status: 409,
        });
        await expect(open('focalJOR', {}, '00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
          code: 'notFound',
        });
      });

      it('lets organisation members open parallel reviews, on the template or free-form, about a country or not', async () => {
        const { people, cycle } = await setup();
        const parallel = await openReview({
          subject: people.ngoMember.subject,
          cycleId: cycle.id,
          input: {
            kind: 'parallel',
            organisationId: people.organisation.id,
            countryIso3: 'JOR',
            freeForm: 'on',
            title: { ar: '', en: 'Shadow report on objective 7' },
            originalLanguage: 'en',
          },
        });
        expect(parallel).toMatchObject({
          kind: 'parallel',
          organisationId: people.organisation.id,
          countryIso3: 'JOR',
          freeForm: true,
        });
        // Any number of parallel reviews per cycle.
        const second = await openReview({
          subject: people.ngoAdmin.subject,
          cycleId: cycle.id,
          input: { kind: 'parallel', organisationId: people.organisation.id, ...title },
        });
        expect(second).toMatchObject({ freeForm: false, countryIso3: null });
        await expect(
          openReview({
            subject: people.focalJOR.subject,
            cycleId: cycle.id,
            input: { kind: 'parallel', organisationId: people.organisation.id, ...title },
          }),
        ).rejects.toMatchObject({ code: 'forbidden' });
      });

      it('lists what each person writes and where they could start a review', async () => {
        const { people, cycle } = await setup();
        const start = await reviewStartOptions({ subject: people.focalJOR.subject, cycleId: cycle.id });
        expect(start.states).toEqual([{ iso3: 'JOR', name: expect.any(Object), reviewId: null }]);
        expect(start.organisations).toEqual([]);

        const review = await createReview(db(), {
          cycleId: cycle.id,
          countryIso3: 'JOR',
          coEditorIds: [people.coEditor.id],
        });
        const focal = await listMyReviews({ subject: people.focalJOR.subject });
        const mine = focal.reviews.find((r) => r.id === review.id);
        expect(mine).toMatchObject({ asCoEditor: false, canSubmit: true, editable: true });
        expect(mine?.cycle).toMatchObject({ id: cycle.id, submissionDeadline: '2099-12-31' });
        expect(focal.startable.find((c) => c.id === cycle.id)?.states).toEqual([
          { iso3: 'JOR', name: expect.any(Object), reviewId: review.id },
        ]);

        const co = await listMyReviews({ subject: people.coEditor.subject });
        expect(co.reviews.map((r) => [r.id, r.asCoEditor, r.canSubmit])).toEqual([[review.id, true, false]]);
        expect(co.startable).toEqual([]);

        const other = await listMyReviews({ subject: people.focalEGY.subject });
        expect(other.reviews.some((r) => r.id === review.id)).toBe(false);
        expect(other.startable.find((c) => c.id === cycle.id)?.states[0]).toMatchObject({
          iso3: 'EGY',
          reviewId: null,
        });
        const ngo = await listMyReviews({ subject: people.ngoMember.subject });
        expect(ngo.startable.find((c) => c.id === cycle.id)).toMatchObject({ parallel: true, states: [] });
      });
    });

    describe('writing sections', () => {
      it('saves a section per language with its structured fields; the version guards every save', async () => {
        const { people, cycle } = await setup();
        const review = await createReview(db(), { cycleId: cycle.id, coEditorIds: [people.coEditor.id] });
        const save = (who: 'focalJOR' | 'coEditor', input: Record<string, unknown>, autosave = false) =>
          saveSection({
            subject: people[who].subject,
            reviewId: review.id,
            sectionKey: 'objective-7',
            input,
            autosave,
          });
        const first = await save('focalJOR', {
          language: 'ar',
          version: 0,
          body: 'اعتمدت الحكومة خطة وطنية.\r\n\r\nوأُنشئت لجنة تنسيق.',
          objectiveStatus: 'in_progress',
          measures: 'قانون العمل المعدَّل',
          sdgTargets: ['10.7', '8.8'],
        });
        expect(first.section).toMatchObject({
          version: 1,
          body: { ar: 'اعتمدت الحكومة خطة وطنية.\n\nوأُنشئت لجنة تنسيق.' },
          objectiveStatus: 'in_progress',
          measures: { ar: 'قانون العمل المعدَّل' },
          sdgTargets: ['8.8', '10.7'],
          sdgTargetsNote: null,
          updatedBy: people.focalJOR.id,
        });
        // The co-editor writes the English text; the Arabic stays.
        const second = await save('coEditor', {
          language: 'en',
          version: 1,
          body: 'A national plan was adopted.',
        });
        expect(second.section.body).toEqual({
          ar: 'اعتمدت الحكومة خطة وطنية.\n\nوأُنشئت لجنة تنسيق.',
          en: 'A national plan was adopted.',
        });
        expect(second.section).toMatchObject({
          version: 2,
          measures: { ar: 'قانون العمل المعدَّل' },
          sdgTargets: ['8.8', '10.7'],
        });
        // A code the reference list does not hold is refused by name; nothing is written.
        await expect(
          save('coEditor', { language: 'en', version: 2, sdgTargets: ['10.7', '10.99'] }),
        ).rejects.toMatchObject({
          code: 'unknownSdgTarget',
          details: { fieldErrors: { sdgTargets: [{ code: 'unknownSdgTarget', params: { code: '10.99' } }] } },
        });

        // The focal point still has version 1 open: refused with both texts, nothing written.
        const stale = await save('focalJOR', {
          language: 'en',
          version: 1,
          body: 'My own English text',
        }).catch((e) => e);
        expect(stale).toMatchObject({ code: 'staleVersion', status: 409 });
        const conflict = stale.details.conflict as SectionConflict;
        expect(conflict).toMatchObject({
          version: 2,
          updatedByName: people.coEditor.name,
          current: { body: { en: 'A national plan was adopted.' } },
        });
        expect(conflict.updatedAt).toEqual(expect.any(String));
        const [row] = await db().select().from(reviewSections).where(eq(reviewSections.reviewId, review.id));
        expect(row).toMatchObject({ version: 2, body: { en: 'A national plan was adopted.' } });

        // Keeping one's own text: save again over the version now current.
        const kept = await save('focalJOR', { language: 'en', version: 2, body: 'My own English text' });
        expect(kept.section).toMatchObject({ version: 3, body: { en: 'My own English text' } });
        // Clearing the status and emptying a text removes them.
        const cleared = await save('focalJOR', {
          language: 'ar',
          version: 3,
          objectiveStatus: '',
          measures: '  ',
        });
        expect(cleared.section).toMatchObject({ objectiveStatus: null, measures: {} });
        // Saving what is already there writes nothing.
        const same = await save('focalJOR', { language: 'ar', version: 4, objectiveStatus: '' });
        expect(same).toMatchObject({ changed: [], section: { version: 4 } });
      });

      it('keeps structured fields to the sections that ask for them and enforces length limits', async () => {
        const { people, cycle } = await setup();
        const review = await createReview(db(), { cycleId: cycle.id });
        const saved = await saveSection({
          subject: people.focalJOR.subject,
          reviewId: review.id,
          sectionKey: 'introduction',
          input: { language: 'ar', version: 0, body: 'مقدمة', objectiveStatus: 'advanced', measures: 'x' },
        });
        expect(saved.section).toMatchObject({ body: { ar: 'مقدمة' }, objectiveStatus: null, measures: {} });
        await expect(
          saveSection({
            subject: people.focalJOR.subject,
            reviewId: review.id,
            sectionKey: 'introduction',
            input: { language: 'ar', version: 1, body: 'ب'.repeat(30_001) },
          }),
        ).rejects.toMatchObject({
          code: 'tooLong',
          params: { max: 30_000 },
          details: { fieldErrors: { body: [{ code: 'tooLong', params: { max: 30_000 } }] } },
        });
        await expect(
          saveSection({
            subject: people.focalJOR.subject,
            reviewId: review.id,
            sectionKey: 'no-such-section',
            input: { language: 'ar', version: 0, body: 'x' },
          }),
        ).rejects.toMatchObject({ code: 'notFound' });
      });

      it('lets only the review editors write, and only while drafting or returned', async () => {
        const { people, cycle } = await setup();
        const review = await createReview(db(), { cycleId: cycle.id, coEditorIds: [people.coEditor.id] });
        const input = { language: 'ar', version: 0, body: 'نص' };
        const attempt = (who: keyof typeof people, reviewId = review.id) =>
          saveSection({
            subject: (people[who] as { subject: Parameters<typeof saveSection>[0]['subject'] }).subject,
            reviewId,
            sectionKey: 'introduction',
            input,
          });
        // Strangers, the other state and the secretariat do not even see a draft.
        for (const who of [
          'anonymous',
          'stranger',
          'focalEGY',
          'lasSecretariat',
          'eceSecretariat',
          'ngoMember',
        ] as const) {
          await expect(attempt(who), who).rejects.toMatchObject({ code: 'notFound' });
        }
        const submitted = await createReview(db(), {
          cycleId: (await createReviewCycle(db(), { states: ['JOR'] })).id,
          status: 'submitted',
          submittedVersions: 1,
        });
        await expect(attempt('focalJOR', submitted.id)).rejects.toMatchObject({
          code: 'reviewNotEditable',
          status: 409,
        });
        // The secretariat sees a submitted review but never writes in it.
        await expect(attempt('lasSecretariat', submitted.id)).rejects.toMatchObject({ code: 'forbidden' });
        const returned = await createReview(db(), {
          cycleId: (await createReviewCycle(db(), { states: ['JOR'] })).id,
          status: 'returned',
          submittedVersions: 1,
        });
        await expect(attempt('focalJOR', returned.id)).resolves.toMatchObject({ section: { version: 1 } });
      });

      it('audits explicit saves with the text, autosaves at most once per section and person', async () => {
        const { people, cycle } = await setup();
        const review = await createReview(db(), { cycleId: cycle.id });
        let version = 0;
        for (const body of ['أ', 'أب', 'أبج']) {
          const { section } = await saveSection({
            subject: people.focalJOR.subject,
            reviewId: review.id,
            sectionKey: 'challenges',
            input: { language: 'ar', version, body },
            autosave: true,
          });
          version = section.version;
        }
        await saveSection({
          subject: people.focalJOR.subject,
          reviewId: review.id,
          sectionKey: 'challenges',
          input: { language: 'ar', version, body: 'أبجد' },
        });
        const trail = await db()
          .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
          .from(auditLog)
          .where(eq(auditLog.entityId, review.id))
          .orderBy(auditLog.id);
        expect(trail).toEqual([
          {
            action: 'review.section.autosave',
            before: null,
            after: { sectionKey: 'challenges', language: 'ar', fields: ['body'] },
          },
          {
            action: 'review.section.save',
            before: { sectionKey: 'challenges', version: 3, body: { ar: 'أبج' } },
            after: { sectionKey: 'challenges', version: 4, body: { ar: 'أبجد' } },
          },
        ]);
      });

      it('gives editors an outline with completion and open comments; comments stay among the editors', async () => {
        const { people, cycle } = await setup();
        const review = await createReview(db(), {
          cycleId: cycle.id,
          coEditorIds: [people.coEditor.id],
          sections: [
            { key: 'introduction', body: { ar: 'مقدمة' } },
            { key: 'objective-7', objectiveStatus: 'planned' },
          ],
        });
        const comment = await addComment({
          subject: people.coEditor.subject,
          reviewId: review.id,
          sectionKey: 'introduction',
          body: 'هل نذكر المصادر؟',
        });
        await addComment({
          subject: people.focalJOR.subject,
          reviewId: review.id,
          sectionKey: 'introduction',
          body: 'نعم.',
        });
        await expect(
          addComment({
            subject: people.focalJOR.subject,
            reviewId: review.id,
            sectionKey: 'introduction',
            body: '  ',
          }),
        ).rejects.toMatchObject({ code: 'required' });
        for (const who of ['stranger', 'lasSecretariat', 'anonymous'] as const) {
          await expect(
            addComment({
              subject: people[who].subject,
              reviewId: review.id,
              sectionKey: 'introduction',
              body: 'x',
            }),
          ).rejects.toMatchObject({ code: 'notFound' });
        }
        await resolveComment({
          subject: people.focalJOR.subject,
          reviewId: review.id,
          commentId: comment.id,
        });
        const [resolved] = await db().select().from(reviewComments).where(eq(reviewComments.id, comment.id));
        expect(resolved).toMatchObject({ resolvedBy: people.focalJOR.id, resolvedAt: expect.any(Date) });

        const outline = await getReviewOutline({ subject: people.coEditor.subject, reviewId: review.id });
        expect(
          outline.sections.map((s) => [
            s.key,
            s.required,
            s.filled,
            s.openComments,
            s.objectiveTitle !== null,
          ]),
        ).toEqual([
          ['introduction', true, true, 1, false],
          ['objective-7', true, true, 0, true],
          ['objective-12', false, false, 0, true],
          ['challenges', false, false, 0, false],
        ]);
        expect(outline.can).toMatchObject({ edit: true, manageEditors: false, actions: [] });
        const focal = await getReviewOutline({ subject: people.focalJOR.subject, reviewId: review.id });
        expect(focal.can).toMatchObject({ edit: true, manageEditors: true, actions: ['submit'] });
        await expect(
          getReviewOutline({ subject: people.stranger.subject, reviewId: review.id }),
        ).rejects.toMatchObject({
          code: 'notFound',
        });
      });
    });

    describe('co-editors', () => {
      it('adds an existing account at once, invites an unknown address, and removes co-editors', async () => {
        const { people, cycle } = await setup();
        const review = await createReview(db(), { cycleId: cycle.id });
        const invite = (who: 'focalJOR' | 'coEditor' | 'focalEGY', email: string) =>
          inviteCoEditor({
            subject: people[who].subject,
            inviterName: people[who].name,
            reviewId: review.id,
            input: { email, name: '', language: 'ar' },
            baseUrl,
          });
        const added = await invite('focalJOR', people.coEditor.email.toUpperCase());
        expect(added).toEqual({ userId: people.coEditor.id, created: false });
        const [addedMail] = await mailsTo(people.coEditor.email);
        expect((addedMail!.payload as { text: string }).text).toContain(
          `${baseUrl}/ar/reviews/${review.id}/edit`,
        );

        const invited = await invite('focalJOR', 'labour.ministry@example.gov');
        expect(invited.created).toBe(true);
        const [newUser] = await db().select().from(users).where(eq(users.id, invited.userId));
        expect(newUser).toMatchObject({
          email: 'labour.ministry@example.gov',
          passwordHash: null,
          locale: 'ar',
        });
        const tokens = await db().select().from(userTokens).where(eq(userTokens.userId, invited.userId));
        expect(tokens.map((t) => t.purpose)).toEqual(['invite']);
        const [inviteMail] = await mailsTo('labour.ministry@example.gov');
        expect((inviteMail!.payload as { text: string }).text).toMatch(/\/ar\/accept-invite\?token=[\w-]+/);
        const editors = await db().select().from(reviewEditors).where(eq(reviewEditors.reviewId, review.id));
        expect(editors.map((e) => e.userId).sort()).toEqual([people.coEditor.id, invited.userId].sort());

        await expect(invite('focalJOR', people.coEditor.email)).rejects.toMatchObject({
          code: 'coEditorAlreadyAdded',
        });
        await expect(invite('focalJOR', people.focalJOR.email)).rejects.toMatchObject({
          code: 'coEditorIsSelf',
        });
        // Co-editors write but do not invite; another state does not see the draft.
        await expect(invite('coEditor', 'someone@example.org')).rejects.toMatchObject({ code: 'forbidden' });
        await expect(invite('focalEGY', 'someone@example.org')).rejects.toMatchObject({ code: 'notFound' });
        await expect(
          removeCoEditor({ subject: people.coEditor.subject, reviewId: review.id, userId: invited.userId }),
        ).rejects.toMatchObject({ code: 'forbidden' });

        await removeCoEditor({
          subject: people.focalJOR.subject,
          reviewId: review.id,
          userId: people.coEditor.id,
        });
        await expect(
          saveSection({
            subject: people.coEditor.subject,
            reviewId: review.id,
            sectionKey: 'introduction',
            input: { language: 'ar', version: 0, body: 'x' },
          }),
        ).rejects.toMatchObject({ code: 'notFound' });
        const actions = (
          await db()
            .select({ action: auditLog.action })
            .from(auditLog)
            .where(eq(auditLog.entityId, review.id))
        ).map((a) => a.action);
        expect(actions.filter((a) => a.startsWith('review.editor'))).toEqual([
          'review.editor.add',
          'review.editor.add',
          'review.editor.remove',
        ]);
      });
    });
  });
}
