import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, objectiveTags } from '#db/schema/index';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { saveSection } from '../authoring/save-section.server';
import { reviewPeople } from '../authoring/test-people';
import { shortTemplate } from '../authoring/test-template';
import { compileSynthesis } from '../synthesis/compile-synthesis';
import { loadSynthesisCycle, loadSynthesisInput } from '../synthesis/load-synthesis-input.server';
import { moderateReview } from './moderate-review.server';
import { setReviewObjectives } from './set-review-objectives.server';
import { submitReview } from './submit-review.server';

const baseUrl = 'https://marsad.example.org';

for (const store of testStores) {
  describe(`objective tags of a free-form parallel review (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    const tagsOf = async (reviewId: string) =>
      (
        await db()
          .select({ n: objectiveTags.objective })
          .from(objectiveTags)
          .where(and(eq(objectiveTags.entityType, 'review'), eq(objectiveTags.entityId, reviewId)))
      )
        .map((r) => r.n)
        .sort((a, b) => a - b);
    const versionOf = async (reviewId: string) =>
      (await db().query.reviews.findFirst({ where: (r, { eq }) => eq(r.id, reviewId) }))!.version;

    it('are tagged by the authors, added to by the secretariat, and quote the review per objective in the synthesis', async () => {
      const people = await reviewPeople(db());
      const template = await createReviewTemplate(db(), { sections: shortTemplate });
      const cycle = await createReviewCycle(db(), { templateId: template.id, states: ['JOR'] });
      const review = await createReview(db(), {
        cycleId: cycle.id,
        kind: 'parallel',
        organisationId: people.organisation.id,
        freeForm: true,
      });
      const tag = (who: keyof typeof people, objectives: unknown, version?: number) =>
        versionOf(review.id).then((v) =>
          setReviewObjectives({
            subject: (people[who] as { subject: Parameters<typeof setReviewObjectives>[0]['subject'] })
              .subject,
            reviewId: review.id,
            input: { version: version ?? v, objectives },
          }),
        );

      await expect(tag('ngoMember', ['7', '24'])).rejects.toMatchObject({ code: 'invalidChoice' });
      await expect(tag('ngoMember', ['7', '3'], 99)).rejects.toMatchObject({ code: 'staleVersion' });
      // The secretariat never sees a draft; strangers neither.
      await expect(tag('lasSecretariat', ['5'])).rejects.toMatchObject({ code: 'notFound' });
      await expect(tag('stranger', ['5'])).rejects.toMatchObject({ code: 'notFound' });
      expect(await tag('ngoMember', ['7', '3', '7'])).toMatchObject({ objectivesTagged: [3, 7] });
      expect(await tagsOf(review.id)).toEqual([]);

      const section = await db().query.reviewSections.findFirst({
        where: (s, { eq }) => eq(s.reviewId, review.id),
      });
      await saveSection({
        subject: people.ngoMember.subject,
        reviewId: review.id,
        sectionKey: 'body',
        input: { language: 'ar', version: section?.version ?? 0, body: 'العمال المهاجرون بلا عقود مكتوبة.' },
      });
      await submitReview({ subject: people.ngoAdmin.subject, reviewId: review.id, baseUrl });
      expect(await tagsOf(review.id)).toEqual([3, 7]);

      // Submitted: the authors no longer change it; the secretariat adds, and cannot take the authors' away.
      await expect(tag('ngoMember', ['1'])).rejects.toMatchObject({ code: 'forbidden' });
      await expect(tag('eceSecretariat', ['1'])).rejects.toMatchObject({ code: 'notFound' });
      expect(await tag('lasSecretariat', ['3', '12'])).toMatchObject({
        objectivesTagged: [3, 7],
        objectivesAdded: [12],
      });
      expect(await tagsOf(review.id)).toEqual([3, 7, 12]);
      const trail = await db()
        .select({ after: auditLog.after })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'review.objectives'), eq(auditLog.entityId, review.id)));
      expect(trail.map((t) => (t.after as { as: string }).as)).toEqual(['authors', 'secretariat']);

      await moderateReview({
        subject: people.lasSecretariat.subject,
        reviewId: review.id,
        action: 'publish',
        baseUrl,
      });
      const compiled = compileSynthesis(
        await loadSynthesisInput(db(), await loadSynthesisCycle(db(), cycle.id)),
      );
      const quoted = (n: number) =>
        compiled.objectives.find((o) => o.number === n)!.parallel.extracts.map((e) => e.reviewId);
      expect(quoted(12)).toEqual([review.id]);
      expect(quoted(7)).toEqual([review.id]);
      expect(quoted(1)).toEqual([]);
    });

    it('are for free-form reviews only: a review on the template reports per objective section', async () => {
      const people = await reviewPeople(db());
      const template = await createReviewTemplate(db(), { sections: shortTemplate });
      const cycle = await createReviewCycle(db(), { templateId: template.id, states: ['JOR'] });
      const review = await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR' });
      await expect(
        setReviewObjectives({
          subject: people.focalJOR.subject,
          reviewId: review.id,
          input: { version: review.version, objectives: ['7'] },
        }),
      ).rejects.toMatchObject({ code: 'reviewObjectivesFreeFormOnly' });
    });
  });
}
