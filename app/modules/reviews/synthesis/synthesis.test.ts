import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, objectiveTags, reviewSynthesisReports, reviews } from '#db/schema/index';
import { emptyNarrative } from '#db/schema/review-synthesis-types';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation, createUser } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { getSynthesisForReader } from './get-synthesis.server';
import { leastReportedForCountry } from './least-reported-for-country.server';
import { publishSynthesis } from './publish-synthesis.server';
import { saveSynthesisNarrative } from './save-synthesis-narrative.server';
import { canEditSynthesis } from './synthesis-policy';

for (const store of testStores) {
  describe(`synthesis report (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function person(roles: { role: AssignableRole; scopeId?: string }[]): Promise<Subject> {
      const user = await createUser(db(), { roles });
      return { userId: user.id, grants: await loadGrants(user.id) };
    }
    const secretariat = () => person([{ role: 'regional_secretariat', scopeId: 'LAS' }]);

    /** A LAS cycle of Jordan, Egypt and Morocco with Jordan's review published and Egypt's still a draft. */
    async function cycleWithReviews() {
      const cycle = await createReviewCycle(db(), { regionId: 'LAS', states: ['JOR', 'EGY', 'MAR'] });
      const jordan = await createReview(db(), {
        cycleId: cycle.id,
        countryIso3: 'JOR',
        status: 'published',
        sections: [
          {
            key: 'objective-1',
            objectiveStatus: 'advanced',
            measures: { ar: 'أطلقت دائرة الإحصاءات العامة مسحًا وطنيًا للهجرة.' },
          },
          { key: 'challenges', body: { ar: 'ضعف تبادل البيانات بين الجهات.' } },
        ],
      });
      const egypt = await createReview(db(), {
        cycleId: cycle.id,
        countryIso3: 'EGY',
        status: 'drafting',
        sections: [{ key: 'objective-1', objectiveStatus: 'planned', measures: { ar: 'مسودة لم تُنشر.' } }],
      });
      return { cycle, jordan, egypt };
    }

    async function trail(cycleId: string) {
      const ids = (
        await db()
          .select({ id: reviewSynthesisReports.id })
          .from(reviewSynthesisReports)
          .where(eq(reviewSynthesisReports.cycleId, cycleId))
      ).map((r) => r.id);
      const rows = await db().select({ action: auditLog.action, entityId: auditLog.entityId }).from(auditLog);
      return rows.filter((r) => ids.includes(r.entityId)).map((r) => r.action);
    }

    it('compiles the live draft from published reviews only', async () => {
      const { cycle, jordan, egypt } = await cycleWithReviews();
      const org = await createOrganisation(db(), { name: { en: 'Migrant Rights Network' } });
      const parallel = await createReview(db(), {
        cycleId: cycle.id,
        kind: 'parallel',
        organisationId: org.id,
        freeForm: true,
        status: 'published',
        originalLanguage: 'en',
        sections: [{ key: 'body', body: { en: 'Recruitment fees remain high.' } }],
      });
      await db().insert(objectiveTags).values({ entityType: 'review', entityId: parallel.id, objective: 6 });

      const reader = await getSynthesisForReader({ subject: await secretariat(), cycleId: cycle.id });
      const { compiled } = reader.shown;
      expect(reader.shown.number).toBeNull();
      expect(compiled.sources.map((s) => s.reviewId).sort()).toEqual([jordan.id, parallel.id].sort());
      expect(compiled.sources.map((s) => s.reviewId)).not.toContain(egypt.id);
      expect(compiled.objectives[0]!.national.reporters).toEqual([jordan.id]);
      expect(compiled.objectives[0]!.national.notReported).toEqual(['EGY', 'MAR']);
      expect(compiled.objectives[0]!.national.extracts[0]).toEqual({
        reviewId: jordan.id,
        sectionKey: 'objective-1',
        field: 'measures',
        text: { ar: 'أطلقت دائرة الإحصاءات العامة مسحًا وطنيًا للهجرة.' },
      });
      expect(compiled.objectives[5]!.parallel.extracts[0]).toMatchObject({
        reviewId: parallel.id,
        text: { en: 'Recruitment fees remain high.' },
      });
      expect(compiled.objectives[5]!.national.reporters).toEqual([]);
      expect(compiled.coverage.rows.map((r) => [r.iso3, r.reviewId])).toEqual([
        ['EGY', null],
        ['JOR', jordan.id],
        ['MAR', null],
      ]);
      expect(compiled.sources.find((s) => s.reviewId === parallel.id)!.name).toEqual({
        en: 'Migrant Rights Network',
      });
      expect(compiled.cycle.regionName.en).toBeTruthy();
    });

    it('lets only the secretariat of the cycle region write and publish', async () => {
      const { cycle } = await cycleWithReviews();
      const people = {
        anonymous: anonymousSubject,
        focalPoint: await person([{ role: 'focal_point', scopeId: 'JOR' }]),
        otherRegion: await person([{ role: 'regional_secretariat', scopeId: 'ECA' }]),
        organisation: await person([]),
        own: await secretariat(),
        network: await person([{ role: 'network_secretariat' }]),
      };
      expect(
        Object.fromEntries(Object.entries(people).map(([k, s]) => [k, canEditSynthesis(s, cycle)])),
      ).toEqual({
        anonymous: false,
        focalPoint: false,
        otherRegion: false,
        organisation: false,
        own: true,
        network: true,
      });
      for (const subject of [people.anonymous, people.focalPoint, people.otherRegion]) {
        await expect(
          saveSynthesisNarrative({
            subject,
            cycleId: cycle.id,
            expectedVersion: 0,
            narrative: emptyNarrative(),
          }),
        ).rejects.toMatchObject({ code: 'forbidden', status: 403 });
        await expect(
          publishSynthesis({ subject, cycleId: cycle.id, expectedVersion: 0 }),
        ).rejects.toMatchObject({
          code: 'forbidden',
        });
      }
      // Nothing was written by the refused attempts.
      expect(await trail(cycle.id)).toEqual([]);
      // Readers other than the secretariat see no draft: nothing is published yet.
      for (const subject of [people.anonymous, people.focalPoint, people.otherRegion]) {
        await expect(
          getSynthesisForReader({ subject, cycleId: cycle.id, draft: true }),
        ).rejects.toMatchObject({
          code: 'synthesisNotPublished',
          status: 404,
        });
      }
      const saved = await saveSynthesisNarrative({
        subject: people.network,
        cycleId: cycle.id,
        expectedVersion: 0,
        narrative: { ...emptyNarrative(), introduction: { en: 'Written by the Network.' } },
      });
      expect(saved.version).toBe(1);
    });

    it('saves the narrative with versions: a stale save is refused with the current text', async () => {
      const { cycle } = await cycleWithReviews();
      const subject = await secretariat();
      const first = await saveSynthesisNarrative({
        subject,
        cycleId: cycle.id,
        expectedVersion: 0,
        narrative: {
          introduction: { ar: ' مقدمة التقرير الإقليمي ' },
          objectives: { '7': { en: 'Commentary on objective 7.' }, '8': {} },
          conclusions: {},
        },
        requestId: 'req-1',
      });
      expect(first.version).toBe(1);
      expect(first.narrative).toEqual({
        introduction: { ar: 'مقدمة التقرير الإقليمي' },
        objectives: { '7': { en: 'Commentary on objective 7.' } },
        conclusions: {},
      });
      const second = await saveSynthesisNarrative({
        subject,
        cycleId: cycle.id,
        expectedVersion: 1,
        narrative: { ...first.narrative, conclusions: { ar: 'خريطة طريق إقليمية.' } },
      });
      expect(second.version).toBe(2);

      // Someone who opened the editor at version 1 saves: refused, the saved text comes back.
      const stale = await saveSynthesisNarrative({
        subject,
        cycleId: cycle.id,
        expectedVersion: 1,
        narrative: { ...emptyNarrative(), introduction: { ar: 'نص آخر' } },
      }).catch((e: unknown) => e);
      expect(stale).toMatchObject({ code: 'staleVersion', status: 409 });
      expect((stale as { details: { current: { narrative: unknown } } }).details.current.narrative).toEqual(
        second.narrative,
      );
      // Two first saves at once: the second is stale too.
      const otherCycle = await createReviewCycle(db(), { states: ['JOR'] });
      await saveSynthesisNarrative({
        subject,
        cycleId: otherCycle.id,
        expectedVersion: 0,
        narrative: emptyNarrative(),
      });
      await expect(
        saveSynthesisNarrative({
          subject,
          cycleId: otherCycle.id,
          expectedVersion: 0,
          narrative: emptyNarrative(),
        }),
      ).rejects.toMatchObject({ code: 'staleVersion' });

      await expect(
        saveSynthesisNarrative({
          subject,
          cycleId: cycle.id,
          expectedVersion: 2,
          narrative: { ...emptyNarrative(), objectives: { '7': { en: 'x'.repeat(5001) } } },
        }),
      ).rejects.toMatchObject({
        code: 'tooLong',
        params: { max: 5000 },
        details: { fieldErrors: { 'objectives.7.en': [{ code: 'tooLong', params: { max: 5000 } }] } },
      });
      await expect(
        saveSynthesisNarrative({
          subject,
          cycleId: cycle.id,
          expectedVersion: 2,
          narrative: { ...emptyNarrative(), objectives: { '24': { en: 'No such objective' } } },
        }),
      ).rejects.toMatchObject({ code: 'invalidFormat' });
      expect(await trail(cycle.id)).toEqual(['review_synthesis.save', 'review_synthesis.save']);
      const [audit] = await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, first.id), eq(auditLog.requestId, 'req-1')));
      expect(audit?.actorId).toBe(subject.userId);
    });

    it('publishes numbered versions that freeze the compiled parts and the narrative', async () => {
      const { cycle, egypt } = await cycleWithReviews();
      const subject = await secretariat();
      const draft = await saveSynthesisNarrative({
        subject,
        cycleId: cycle.id,
        expectedVersion: 0,
        narrative: { ...emptyNarrative(), introduction: { ar: 'المقدمة الأولى' } },
      });
      await expect(
        publishSynthesis({ subject, cycleId: cycle.id, expectedVersion: 0 }),
      ).rejects.toMatchObject({
        code: 'staleVersion',
      });
      const v1 = await publishSynthesis({
        subject,
        cycleId: cycle.id,
        expectedVersion: draft.version,
        now: new Date('2024-07-05T09:00:00Z'),
      });
      expect(v1).toMatchObject({ status: 'published', number: 1, publishedBy: subject.userId });
      expect(v1.publishedAt).toEqual(new Date('2024-07-05T09:00:00Z'));
      expect(v1.compiled!.totals.nationalPublished).toBe(1);
      // The same form sent twice (a double click) does not publish a second, identical version.
      await expect(
        publishSynthesis({ subject, cycleId: cycle.id, expectedVersion: draft.version }),
      ).rejects.toMatchObject({ code: 'staleVersion' });

      // Later: Egypt's review is published and the narrative changes; version 1 stays as it was.
      await db()
        .update(reviews)
        .set({ status: 'published', publishedAt: new Date() })
        .where(eq(reviews.id, egypt.id));
      await rebuildContentIndex(db());
      const edited = await saveSynthesisNarrative({
        subject,
        cycleId: cycle.id,
        expectedVersion: draft.version + 1,
        narrative: { ...emptyNarrative(), introduction: { ar: 'المقدمة الثانية' } },
      });
      const anonymousNow = await getSynthesisForReader({ subject: anonymousSubject, cycleId: cycle.id });
      expect(anonymousNow.shown.number).toBe(1);
      expect(anonymousNow.shown.narrative.introduction).toEqual({ ar: 'المقدمة الأولى' });
      expect(anonymousNow.shown.compiled.objectives[0]!.national.reporters).toHaveLength(1);
      // The secretariat's preview already shows the change.
      const preview = await getSynthesisForReader({ subject, cycleId: cycle.id, draft: true });
      expect(preview.shown.compiled.objectives[0]!.national.reporters).toHaveLength(2);
      expect(preview.shown.narrative.introduction).toEqual({ ar: 'المقدمة الثانية' });
      expect(preview.shown.draftVersion).toBe(edited.version);

      const v2 = await publishSynthesis({ subject, cycleId: cycle.id, expectedVersion: edited.version });
      expect(v2.number).toBe(2);
      const latest = await getSynthesisForReader({ subject: anonymousSubject, cycleId: cycle.id });
      expect(latest.shown.number).toBe(2);
      expect(latest.versions.map((v) => v.number)).toEqual([2, 1]);
      expect(latest.shown.compiled.objectives[0]!.national.reporters).toHaveLength(2);
      const first = await getSynthesisForReader({ subject: anonymousSubject, cycleId: cycle.id, number: 1 });
      expect(first.shown.narrative.introduction).toEqual({ ar: 'المقدمة الأولى' });
      await expect(
        getSynthesisForReader({ subject: anonymousSubject, cycleId: cycle.id, number: 3 }),
      ).rejects.toMatchObject({ code: 'notFound' });
      // The public never gets the draft, even when asking for it.
      const asked = await getSynthesisForReader({
        subject: anonymousSubject,
        cycleId: cycle.id,
        draft: true,
      });
      expect(asked.shown.number).toBe(2);
      expect(await trail(cycle.id)).toEqual([
        'review_synthesis.save',
        'review_synthesis.publish',
        'review_synthesis.save',
        'review_synthesis.publish',
      ]);
    });

    it("gives the pledge form the objectives the latest published synthesis of a state's cycle found least reported", async () => {
      const { cycle } = await cycleWithReviews();
      const subject = await secretariat();
      // A draft is nobody's finding yet.
      const draft = await saveSynthesisNarrative({
        subject,
        cycleId: cycle.id,
        expectedVersion: 0,
        narrative: emptyNarrative(),
      });
      expect((await leastReportedForCountry({ db: db(), iso3: 'JOR' }))?.cycleId).not.toBe(cycle.id);
      // Published after every other test's synthesis of these states: the latest one is this.
      const publishedAt = new Date(Date.now() + 60_000);
      const v1 = await publishSynthesis({
        subject,
        cycleId: cycle.id,
        expectedVersion: draft.version,
        now: publishedAt,
      });
      // Egypt's review is unpublished, yet Egypt is in the cycle's scope: the regional finding applies.
      const forEgypt = await leastReportedForCountry({ db: db(), iso3: 'egy' });
      expect(forEgypt).toMatchObject({
        cycleId: cycle.id,
        publishedAt,
        statesInScope: 3,
      });
      expect(forEgypt!.objectives).toEqual(v1.compiled!.leastReported);
      // Jordan reported on objective 1 only: the other 22, tied at no report, are the finding.
      expect(forEgypt!.objectives.map((o) => o.objective)).not.toContain(1);
      expect(forEgypt!.objectives).toHaveLength(22);
      expect(forEgypt!.objectives.every((o) => o.count === 0)).toBe(true);
      expect(await leastReportedForCountry({ db: db(), iso3: 'TUN' })).toBeUndefined();
    });

    it('refuses to publish while no review of the cycle is published, keeping the narrative', async () => {
      const cycle = await createReviewCycle(db(), { states: ['JOR'] });
      await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR', status: 'submitted' });
      const subject = await secretariat();
      await expect(
        publishSynthesis({ subject, cycleId: cycle.id, expectedVersion: 0 }),
      ).rejects.toMatchObject({
        code: 'synthesisNoPublishedReviews',
        status: 422,
      });
      const rows = await db()
        .select()
        .from(reviewSynthesisReports)
        .where(eq(reviewSynthesisReports.cycleId, cycle.id));
      expect(rows).toEqual([]);
      await expect(
        getSynthesisForReader({ subject: anonymousSubject, cycleId: 'not-a-uuid' }),
      ).rejects.toMatchObject({ code: 'notFound' });
    });
  });
}
