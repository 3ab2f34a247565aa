import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems, indicators, indicatorValues } from '#db/schema/index';
import { person } from '~/modules/reviews/authoring/test-people';
import type { Db } from '~/platform/db.server';
import type { AppError } from '~/platform/errors';
import { errorFields } from '~/platform/forms/issues';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { getIndicatorByCode, listIndicatorValues, summariseIndicators } from './indicator-records.server';
import { checkIndicatorValue, disaggregationKey } from './indicator-rules';
import { tidyIndicatorRows } from './indicator-tables';
import { recordIndicatorValue } from './record-indicator-value.server';

const now = new Date('2026-03-01T09:00:00Z');

describe('indicator value rules (pure)', () => {
  const percent = {
    unit: 'percent' as const,
    disaggregations: [
      { dimension: 'sex' as const, values: ['female', 'male'] },
      { dimension: 'migratory_status' as const, values: ['migrant', 'non_migrant'] },
    ],
  };
  const fields = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return errorFields(error as AppError);
    }
    return null;
  };

  it('accepts the years from 2000 to the current year and nothing outside', () => {
    expect(
      fields(() => checkIndicatorValue(percent, { year: 2000, disaggregation: {}, value: 1 }, now)),
    ).toBeNull();
    expect(
      fields(() => checkIndicatorValue(percent, { year: 2026, disaggregation: {}, value: 1 }, now)),
    ).toBeNull();
    expect(
      fields(() => checkIndicatorValue(percent, { year: 1999, disaggregation: {}, value: 1 }, now)),
    ).toEqual({
      year: [{ code: 'indicatorYearOutOfRange', params: { min: 2000, max: 2026 } }],
    });
    expect(
      fields(() => checkIndicatorValue(percent, { year: 2027, disaggregation: {}, value: 1 }, now)),
    ).toEqual({
      year: [{ code: 'indicatorYearOutOfRange', params: { min: 2000, max: 2026 } }],
    });
  });

  it('keeps percentages within 0–100 and other units from going negative (an index may)', () => {
    const at = (unit: 'percent' | 'number' | 'index', value: number) =>
      fields(() =>
        checkIndicatorValue({ unit, disaggregations: [] }, { year: 2020, disaggregation: {}, value }, now),
      );
    expect(at('percent', 0)).toBeNull();
    expect(at('percent', 100)).toBeNull();
    expect(at('percent', 100.01)).toEqual({ value: [{ code: 'percentOutOfRange' }] });
    expect(at('percent', -0.5)).toEqual({ value: [{ code: 'percentOutOfRange' }] });
    expect(at('number', 1_000_000)).toBeNull();
    expect(at('number', -1)).toEqual({ value: [{ code: 'indicatorValueNegative' }] });
    expect(at('index', -3)).toBeNull();
  });

  it('takes breakdown values only from the indicator lists, and a dimension only if the indicator has it', () => {
    const check = (disaggregation: Record<string, string>) =>
      fields(() => checkIndicatorValue(percent, { year: 2020, disaggregation, value: 5 }, now));
    expect(check({ sex: 'female', migratory_status: 'migrant' })).toBeNull();
    // refugee is a migratory status of the platform, but not one this indicator lists.
    expect(check({ migratory_status: 'refugee' })).toEqual({
      'disaggregation.migratory_status': [{ code: 'invalidChoice' }],
    });
    expect(check({ age_group: '15_24' })).toEqual({
      'disaggregation.age_group': [{ code: 'disaggregationNotOfIndicator' }],
    });
  });

  it('names a breakdown the same whatever the order it came in; the total is the empty key', () => {
    expect(disaggregationKey({ migratory_status: 'migrant', sex: 'female' })).toBe(
      'sex=female;migratory_status=migrant',
    );
    expect(disaggregationKey({ sex: 'female', migratory_status: 'migrant' })).toBe(
      'sex=female;migratory_status=migrant',
    );
    expect(disaggregationKey({})).toBe('');
  });

  it("writes a tidy CSV: one row per value, one column per dimension, headings in the reader's language", () => {
    const values = [
      {
        countryIso3: 'JOR',
        countryName: { ar: 'الأردن', en: 'Jordan' },
        year: 2021,
        disaggregation: { sex: 'female' as const },
        value: 12.5,
        sourceNote: { ar: 'مسح القوى العاملة' },
      },
      {
        countryIso3: 'JOR',
        countryName: { ar: 'الأردن', en: 'Jordan' },
        year: 2021,
        disaggregation: {},
        value: 10,
        sourceNote: {},
      },
    ];
    const indicator = { code: 'P-06', ...percent };
    expect(tidyIndicatorRows(serverI18n('ar', 'latn'), indicator, values)).toEqual([
      [
        'الدولة',
        'رمز الدولة (ISO3)',
        'السنة',
        'الجنس',
        'الوضع من حيث الهجرة',
        'القيمة',
        'الوحدة',
        'ملاحظة المصدر',
      ],
      ['الأردن', 'JOR', 2021, 'المجموع', 'المجموع', 10, 'نسبة مئوية', ''],
      ['الأردن', 'JOR', 2021, 'إناث', 'المجموع', 12.5, 'نسبة مئوية', 'مسح القوى العاملة'],
    ]);
    expect(tidyIndicatorRows(serverI18n('en', 'latn'), indicator, values)[0]).toEqual([
      'Country',
      'Country code (ISO3)',
      'Year',
      'Sex',
      'Migratory status',
      'Value',
      'Unit',
      'Source note',
    ]);
  });
});

for (const store of testStores) {
  describe(`reporting indicator values (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    it('seeds a provisional catalogue, indexed as public content', async () => {
      const catalogue = await db().select().from(indicators);
      expect(catalogue.length).toBeGreaterThanOrEqual(8);
      expect(catalogue.every((i) => i.provisional && i.code.startsWith('P-'))).toBe(true);
      const p01 = catalogue.find((i) => i.code === 'P-01')!;
      expect(p01).toMatchObject({ sdgIndicator: '10.7.1', unit: 'percent', objectives: [6] });
      const [item] = await db().select().from(contentItems).where(eq(contentItems.id, p01.id));
      expect(item).toMatchObject({ type: 'indicator', visibility: 'public', path: '/indicators/P-01' });
    });

    it('lets a focal point report for its state only; the same cell again corrects the value', async () => {
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;
      const egypt = (await person(db(), [{ role: 'focal_point', scopeId: 'EGY' }])).subject;
      const secretariat = (await person(db(), [{ role: 'network_secretariat' }])).subject;
      const indicator = (await getIndicatorByCode({ db: db(), code: 'P-06' }))!;
      const input = (changes: Record<string, unknown> = {}) => ({
        indicatorId: indicator.id,
        year: '٢٠٢٣',
        disaggregation: { sex: 'female', age_group: '', migratory_status: 'migrant' },
        value: '١٢٫٥',
        sourceNote: { ar: 'مسح القوى العاملة 2023', en: '' },
        ...changes,
      });
      const first = await recordIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input: input(),
        now,
      });
      expect(first.created).toBe(true);
      expect(first.value).toMatchObject({
        year: 2023,
        value: 12.5,
        disaggregation: { sex: 'female', migratory_status: 'migrant' },
        disaggregationKey: 'sex=female;migratory_status=migrant',
        version: 1,
      });

      // Egypt's focal point and the secretariat do not report Jordan's values.
      for (const other of [egypt, secretariat]) {
        const refused = await refusal(() =>
          recordIndicatorValue({ db: db(), subject: other, countryIso3: 'JOR', input: input(), now }),
        );
        expect(refused.status).toBe(403);
      }

      // The same cell, dimensions in another order: a correction, not a second value.
      const again = await recordIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input: input({ disaggregation: { migratory_status: 'migrant', sex: 'female' }, value: '13' }),
        now,
      });
      expect(again.created).toBe(false);
      expect(again.value).toMatchObject({ id: first.value.id, value: 13, version: 2 });
      expect(await db().select().from(indicatorValues)).toHaveLength(1);

      // A form that read version 1 is now stale.
      const stale = await refusal(() =>
        recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: input({ version: '1' }),
          now,
        }),
      );
      expect([stale.status, stale.code]).toEqual([409, 'staleVersion']);

      // Bad input is refused beside its field and stores nothing.
      const bad = await refusal(() =>
        recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: input({ value: '120' }),
          now,
        }),
      );
      expect(errorFields(bad)).toEqual({ value: [{ code: 'percentOutOfRange' }] });
      const badDimension = await refusal(() =>
        recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: input({ disaggregation: { area: 'urban' } }),
          now,
        }),
      );
      expect(errorFields(badDimension)).toEqual({
        'disaggregation.area': [{ code: 'disaggregationNotOfIndicator' }],
      });
      const badValue = await refusal(() =>
        recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: input({ disaggregation: { sex: 'other' } }),
          now,
        }),
      );
      expect(errorFields(badValue)).toEqual({ 'disaggregation.sex': [{ code: 'invalidChoice' }] });
      expect(await db().select().from(indicatorValues)).toHaveLength(1);

      const trail = await db().select().from(auditLog).where(eq(auditLog.entityId, first.value.id));
      expect(trail.map((a) => a.action).sort()).toEqual(['indicator_value.create', 'indicator_value.update']);

      // The indicator's index row now lists Jordan.
      const [item] = await db().select().from(contentItems).where(eq(contentItems.id, indicator.id));
      expect(item!.countries).toEqual(['JOR']);
    });

    it('summarises the totals of a state and of an objective for their pages', async () => {
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;
      const indicator = (await getIndicatorByCode({ db: db(), code: 'P-03' }))!;
      for (const [year, value] of [
        [2021, 7.1],
        [2023, 6.2],
        [2022, 6.8],
      ] as const) {
        await recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: { indicatorId: indicator.id, year: String(year), value: String(value) },
          now,
        });
      }
      const [summary] = await summariseIndicators({ db: db(), countryIso3: 'JOR' });
      expect(summary!.indicator.code).toBe('P-03');
      expect(summary!.byCountry[0]).toMatchObject({
        iso3: 'JOR',
        latest: { year: 2023, value: 6.2 },
        series: [
          { year: 2021, value: 7.1 },
          { year: 2022, value: 6.8 },
          { year: 2023, value: 6.2 },
        ],
      });
      expect((await summariseIndicators({ db: db(), objective: 20 })).map((s) => s.indicator.code)).toEqual([
        'P-03',
      ]);
      expect(await summariseIndicators({ db: db(), objective: 8 })).toEqual([]);
      expect(
        (await listIndicatorValues({ db: db(), countryIso3: 'JOR', yearFrom: 2022, yearTo: 2022 })).map(
          (v) => v.year,
        ),
      ).toEqual([2022]);
    });
  });
}
