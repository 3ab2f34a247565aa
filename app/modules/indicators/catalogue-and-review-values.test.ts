import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems, indicators, indicatorValues, reviews } from '#db/schema/index';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { indicatorValuesPart } from '~/modules/report-bundle/bundle-contents.server';
import { reportReviewIndicatorValue } from '~/modules/reviews/authoring/review-indicators.server';
import { person } from '~/modules/reviews/authoring/test-people';
import { moderateReview } from '~/modules/reviews/workflow/moderate-review.server';
import type { Db } from '~/platform/db.server';
import type { AppError } from '~/platform/errors';
import { errorFields } from '~/platform/forms/issues';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import {
  getIndicatorByCode,
  listIndicators,
  listIndicatorValues,
  summariseIndicators,
} from './indicator-records.server';
import { checkCatalogueEdit } from './indicator-rules';
import { parseIndicator } from './indicator-schema';
import { recordIndicatorValue } from './record-indicator-value.server';
import {
  createIndicator,
  reinstateIndicator,
  removeIndicator,
  updateIndicator,
} from './save-indicator.server';

const now = new Date('2026-03-01T09:00:00Z');
const form = (changes: Record<string, unknown> = {}) => ({
  code: ' p-90 ',
  name: { ar: 'نسبة المهاجرين الذين يرسلون تحويلات', en: 'Share of migrants sending remittances' },
  objectives: ['20', '٢٠'],
  sdgIndicator: '10.C.1',
  unit: 'percent',
  disaggregations: { sex: ['male', 'female'], area: '' },
  source: { en: 'Household surveys' },
  provisional: 'on',
  ...changes,
});

describe('the catalogue form (pure)', () => {
  it('normalises the code, objectives, SDG number and breakdowns', () => {
    expect(parseIndicator(form())).toMatchObject({
      code: 'P-90',
      objectives: [20],
      sdgIndicator: '10.c.1',
      disaggregations: [{ dimension: 'sex', values: ['female', 'male'] }],
      provisional: true,
    });
  });

  it('refuses a malformed SDG indicator, a code with spaces, no objective and a missing name', () => {
    const fields = (raw: unknown) => {
      try {
        parseIndicator(raw);
      } catch (error) {
        return Object.keys(errorFields(error as AppError)).sort();
      }
      return [];
    };
    for (const bad of ['10.7', '18.1.1', '10.7.2.1', 'SDG 10.7.2', '0.1.1']) {
      expect(fields(form({ sdgIndicator: bad }))).toEqual(['sdgIndicator']);
    }
    for (const good of ['10.7.2', '17.18.1', '3.c.1', '', undefined]) {
      expect(fields(form({ sdgIndicator: good }))).toEqual([]);
    }
    expect(fields(form({ code: 'P 90' }))).toEqual(['code']);
    expect(fields(form({ objectives: [] }))).toEqual(['objectives']);
    expect(fields(form({ name: { ar: '', en: 'x' } }))).toEqual(['name.ar']);
  });

  it('keeps reported values whole: no unit change, no breakdown in use removed', () => {
    const current = {
      unit: 'percent' as const,
      disaggregations: [{ dimension: 'sex' as const, values: ['female', 'male'] }],
    };
    const uses = { count: 2, breakdowns: [{}, { sex: 'female' }] };
    const code = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return Object.keys(errorFields(error as AppError));
      }
      return [];
    };
    expect(code(() => checkCatalogueEdit(current, { ...current, unit: 'number' }, uses))).toEqual(['unit']);
    expect(
      code(() =>
        checkCatalogueEdit(
          current,
          { ...current, disaggregations: [{ dimension: 'sex', values: ['male'] }] },
          uses,
        ),
      ),
    ).toEqual(['disaggregations.sex']);
    // Dropping an unused value, or anything before the first value, is fine.
    expect(
      code(() =>
        checkCatalogueEdit(
          current,
          { ...current, disaggregations: [{ dimension: 'sex', values: ['female'] }] },
          uses,
        ),
      ),
    ).toEqual([]);
    expect(
      code(() => checkCatalogueEdit(current, { ...current, unit: 'number' }, { count: 0, breakdowns: [] })),
    ).toEqual([]);
  });
});

for (const store of testStores) {
  describe(`the catalogue and values reported in a review (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    it('the secretariat adds, edits, retires (values kept) or deletes (none) an indicator; others are refused', async () => {
      const secretariat = (await person(db(), [{ role: 'network_secretariat' }])).subject;
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;
      expect(
        (await refusal(() => createIndicator({ db: db(), subject: jordan, input: form() }))).status,
      ).toBe(403);

      const created = await createIndicator({ db: db(), subject: secretariat, input: form() });
      expect(created).toMatchObject({ code: 'P-90', version: 1, retiredAt: null });
      const taken = await refusal(() => createIndicator({ db: db(), subject: secretariat, input: form() }));
      expect(taken.code).toBe('indicatorCodeTaken');
      const [item] = await db().select().from(contentItems).where(eq(contentItems.id, created.id));
      expect(item).toMatchObject({ type: 'indicator', path: '/indicators/P-90', objectives: [20] });

      const edited = await updateIndicator({
        db: db(),
        subject: secretariat,
        indicatorId: created.id,
        input: form({ code: 'IGNORED', provisional: '', version: '1' }),
      });
      expect(edited).toMatchObject({ code: 'P-90', provisional: false, version: 2 });
      const stale = await refusal(() =>
        updateIndicator({
          db: db(),
          subject: secretariat,
          indicatorId: created.id,
          input: form({ version: '1' }),
        }),
      );
      expect(stale.code).toBe('staleVersion');

      await recordIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input: { indicatorId: created.id, year: '2024', value: '40' },
        now,
      });
      const unit = await refusal(() =>
        updateIndicator({
          db: db(),
          subject: secretariat,
          indicatorId: created.id,
          input: form({ unit: 'number', version: '2' }),
        }),
      );
      expect(Object.keys(errorFields(unit))).toEqual(['unit']);

      const retired = await removeIndicator({
        db: db(),
        subject: secretariat,
        indicatorId: created.id,
        expectedVersion: 2,
        now,
      });
      expect(retired.outcome).toBe('retired');
      expect(
        await db().select().from(indicatorValues).where(eq(indicatorValues.indicatorId, created.id)),
      ).toHaveLength(1);
      expect((await listIndicators({ db: db() })).some((i) => i.id === created.id)).toBe(false);
      expect((await listIndicators({ db: db(), withRetired: true })).some((i) => i.id === created.id)).toBe(
        true,
      );
      const closed = await refusal(() =>
        recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: { indicatorId: created.id, year: '2023', value: '41' },
          now,
        }),
      );
      expect(closed.code).toBe('indicatorRetired');
      const back = await reinstateIndicator({
        db: db(),
        subject: secretariat,
        indicatorId: created.id,
        expectedVersion: 3,
      });
      expect(back.retiredAt).toBeNull();

      const unused = await createIndicator({ db: db(), subject: secretariat, input: form({ code: 'P-91' }) });
      const deleted = await removeIndicator({
        db: db(),
        subject: secretariat,
        indicatorId: unused.id,
        expectedVersion: 1,
      });
      expect(deleted.outcome).toBe('deleted');
      expect(await db().select().from(indicators).where(eq(indicators.id, unused.id))).toHaveLength(0);
      expect(await db().select().from(contentItems).where(eq(contentItems.id, unused.id))).toHaveLength(0);
      const actions = (
        await db()
          .select({ action: auditLog.action })
          .from(auditLog)
          .where(eq(auditLog.entityType, 'gcm_indicator'))
      ).map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'gcm_indicator.create',
          'gcm_indicator.update',
          'gcm_indicator.retire',
          'gcm_indicator.reinstate',
          'gcm_indicator.delete',
        ]),
      );
    });

    it('a value reported in a national review is public only once the review is published', async () => {
      const focal = await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }]);
      const egypt = await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }]);
      const las = await person(db(), [{ role: 'regional_secretariat', scopeId: 'LAS' }]);
      const cycle = await createReviewCycle(db(), { regionId: 'LAS', states: ['JOR'] });
      const review = await createReview(db(), { cycleId: cycle.id, countryIso3: 'JOR', status: 'drafting' });
      const indicator = (await getIndicatorByCode({ db: db(), code: 'P-02' }))!;
      const input = {
        indicatorId: indicator.id,
        year: '2022',
        value: '7.5',
        sourceNote: { ar: 'البنك الدولي' },
      };

      // Another state's focal point does not even learn the review exists.
      const hidden = await refusal(() =>
        reportReviewIndicatorValue({ db: db(), subject: egypt.subject, reviewId: review.id, input, now }),
      );
      expect(hidden.status).toBe(404);

      const saved = await reportReviewIndicatorValue({
        db: db(),
        subject: focal.subject,
        reviewId: review.id,
        input,
        now,
      });
      expect(saved.value).toMatchObject({ reviewId: review.id, countryIso3: 'JOR', value: 7.5 });

      const isPublic = async () => {
        const values = await listIndicatorValues({
          db: db(),
          indicatorIds: [indicator.id],
          countryIso3: 'JOR',
        });
        const summary = await summariseIndicators({ db: db(), countryIso3: 'JOR', indicatorCode: 'P-02' });
        const [item] = await db().select().from(contentItems).where(eq(contentItems.id, indicator.id));
        const files = new Map<string, string>();
        await indicatorValuesPart(db(), { periodStart: '2022-01-01', periodEnd: '2022-12-31' }, (name) => ({
          write: async (text) => void files.set(name, (files.get(name) ?? '') + text),
          close: async () => {},
        }));
        const json = files.get('indicator-values.json')!;
        return {
          values: values.some((v) => v.reviewId === review.id),
          summary: summary.length > 0,
          indexed: item!.countries.includes('JOR'),
          bundle: json.includes('"country": "JOR"') && json.includes('"indicator": "P-02"'),
        };
      };
      const none = { values: false, summary: false, indexed: false, bundle: false };
      expect(await isPublic()).toEqual(none);
      // The review's own panel reads it.
      expect(await listIndicatorValues({ db: db(), reviewId: review.id })).toHaveLength(1);

      // A separate report of the same cell does not take over the review's value, and the reverse.
      const elsewhere = await refusal(() =>
        recordIndicatorValue({ db: db(), subject: focal.subject, countryIso3: 'JOR', input, now }),
      );
      expect(elsewhere.code).toBe('indicatorValueInReview');

      // Submitted, then published by the region's secretariat: now public everywhere.
      await db()
        .update(reviews)
        .set({ status: 'submitted', submittedVersions: 1 })
        .where(eq(reviews.id, review.id));
      await moderateReview({
        db: db(),
        subject: las.subject,
        reviewId: review.id,
        action: 'publish',
        baseUrl: 'http://x',
      });
      expect(await isPublic()).toEqual({ values: true, summary: true, indexed: true, bundle: true });

      // Withdrawn: out again.
      await moderateReview({
        db: db(),
        subject: las.subject,
        reviewId: review.id,
        action: 'withdraw',
        comment: 'Published by mistake',
        baseUrl: 'http://x',
      });
      expect(await isPublic()).toEqual(none);
      const [row] = await db()
        .select()
        .from(indicatorValues)
        .where(and(eq(indicatorValues.reviewId, review.id), eq(indicatorValues.indicatorId, indicator.id)));
      expect(row).toBeDefined();
    });
  });
}
