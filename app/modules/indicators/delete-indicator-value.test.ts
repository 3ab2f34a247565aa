import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems, indicatorValues } from '#db/schema/index';
import { createReview, createReviewCycle } from '#seed/review-factories';
import {
  deleteReviewIndicatorValue,
  reportReviewIndicatorValue,
} from '~/modules/reviews/authoring/review-indicators.server';
import { person } from '~/modules/reviews/authoring/test-people';
import type { Db } from '~/platform/db.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { deleteIndicatorValue } from './delete-indicator-value.server';
import { getIndicatorByCode, listIndicatorValues, summariseIndicators } from './indicator-records.server';
import { recordIndicatorValue } from './record-indicator-value.server';

const now = new Date('2026-03-01T09:00:00Z');

for (const store of testStores) {
  describe(`deleting indicator values (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    it("a state's focal point deletes its value at the version shown; it leaves every public reading", async () => {
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;
      const egypt = (await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }])).subject;
      const network = (await person(db(), [{ role: 'network_secretariat' }])).subject;
      const indicator = (await getIndicatorByCode({ db: db(), code: 'P-05' }))!;
      const input = { indicatorId: indicator.id, year: '2024', value: '12' };
      const { value } = await recordIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input,
        now,
      });
      const indexedStates = async () =>
        (await db().select().from(contentItems).where(eq(contentItems.id, indicator.id)))[0]!.countries;
      expect(await indexedStates()).toContain('JOR');

      // As for reporting: another state's focal point and the secretariat may not.
      for (const subject of [egypt, network]) {
        const refused = await refusal(() =>
          deleteIndicatorValue({
            db: db(),
            subject,
            countryIso3: 'JOR',
            input: { valueId: value.id, version: '1' },
          }),
        );
        expect(refused.status).toBe(403);
      }
      // Egypt's page does not find Jordan's value.
      const egyptFocal = (await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }])).subject;
      expect(
        (
          await refusal(() =>
            deleteIndicatorValue({
              db: db(),
              subject: egyptFocal,
              countryIso3: 'EGY',
              input: { valueId: value.id, version: '1' },
            }),
          )
        ).status,
      ).toBe(404);

      // Corrected after the page was opened: the page's delete is refused and the value kept.
      await recordIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input: { ...input, value: '13', version: '1' },
        now,
      });
      const stale = await refusal(() =>
        deleteIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: { valueId: value.id, version: '1' },
        }),
      );
      expect(stale).toMatchObject({ code: 'indicatorValueChanged', status: 409 });
      expect(await db().select().from(indicatorValues).where(eq(indicatorValues.id, value.id))).toHaveLength(
        1,
      );

      await deleteIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input: { valueId: value.id, version: '2' },
      });
      expect(await listIndicatorValues({ db: db(), indicatorIds: [indicator.id] })).toEqual([]);
      expect(await summariseIndicators({ db: db(), indicatorCode: 'P-05' })).toEqual([]);
      expect(await indexedStates()).not.toContain('JOR');
      const trail = await db().select().from(auditLog).where(eq(auditLog.entityId, value.id));
      expect(trail.map((a) => a.action).sort()).toEqual([
        'indicator_value.create',
        'indicator_value.delete',
        'indicator_value.update',
      ]);
      expect(trail.find((a) => a.action === 'indicator_value.delete')!.before).toMatchObject({ value: 13 });

      // Gone: deleting again is not found.
      expect(
        (
          await refusal(() =>
            deleteIndicatorValue({
              db: db(),
              subject: jordan,
              countryIso3: 'JOR',
              input: { valueId: value.id, version: '2' },
            }),
          )
        ).status,
      ).toBe(404);
    });

    it("a review's value is deleted in the review by its editors, not from the state's page", async () => {
      const focal = await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }]);
      const egypt = await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }]);
      const cycle = await createReviewCycle(db(), { regionId: 'LAS', states: ['JOR'] });
      const review = await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR', status: 'drafting' });
      const indicator = (await getIndicatorByCode({ db: db(), code: 'P-02' }))!;
      const { value } = await reportReviewIndicatorValue({
        db: db(),
        subject: focal.subject,
        reviewId: review.id,
        input: { indicatorId: indicator.id, year: '2022', value: '7.5' },
        now,
      });
      const ref = { valueId: value.id, version: '1' };

      const elsewhere = await refusal(() =>
        deleteIndicatorValue({ db: db(), subject: focal.subject, countryIso3: 'JOR', input: ref }),
      );
      expect(elsewhere).toMatchObject({ code: 'indicatorValueInReview', status: 409 });
      const hidden = await refusal(() =>
        deleteReviewIndicatorValue({ db: db(), subject: egypt.subject, reviewId: review.id, input: ref }),
      );
      expect(hidden.status).toBe(404);

      await deleteReviewIndicatorValue({ db: db(), subject: focal.subject, reviewId: review.id, input: ref });
      expect(await listIndicatorValues({ db: db(), reviewId: review.id })).toEqual([]);
    });
  });
}
