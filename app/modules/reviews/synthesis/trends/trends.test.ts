import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, reviewSynthesisFigures } from '#db/schema/index';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { testStores, useTestPlatform } from '../../../../../tests/platform';
import { reviewPeople } from '../../authoring/test-people';
import { getSynthesisForReader } from '../get-synthesis.server';
import { publishSynthesis } from '../publish-synthesis.server';
import { compileTrends } from './compile-trends';
import { importTrendFigures } from './import-trend-figures.server';
import { correctTrendFigure, recordTrendFigure, removeTrendFigure } from './trend-figures.server';

const stock = {
  country: 'jor',
  indicator: 'migrant_stock',
  year: '٢٠٢٤',
  value: '٣٬٥٠٠٬٠٠٠',
  source: 'UN DESA International Migrant Stock 2024',
  sourceUrl: 'https://www.un.org/development/desa/pd/',
  note: '',
};
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
const header = 'country,indicator,year,value,source,source_url,note';

describe('compileTrends', () => {
  it('keeps the latest year per state, the series, and totals only where summing makes sense', () => {
    const row = (
      iso3: string,
      indicator: 'migrant_stock' | 'net_migration',
      year: number,
      value: number,
    ) => ({
      iso3,
      name: { en: iso3 },
      indicator,
      year,
      value,
      source: 'S',
      sourceUrl: null,
      note: null,
    });
    const trends = compileTrends([
      row('JOR', 'migrant_stock', 2020, 3_000_000),
      row('JOR', 'migrant_stock', 2024, 3_500_000),
      row('EGY', 'migrant_stock', 2024, 500_000),
      row('EGY', 'net_migration', 2024, -40_000),
    ]);
    const [stocks, net] = trends.indicators;
    expect(stocks).toMatchObject({
      indicator: 'migrant_stock',
      latest: [
        { iso3: 'EGY', year: 2024, value: 500_000 },
        { iso3: 'JOR', year: 2024, value: 3_500_000 },
      ],
      series: {
        JOR: [
          { year: 2020, value: 3_000_000 },
          { year: 2024, value: 3_500_000 },
        ],
      },
      total: { value: 4_000_000, states: 2 },
    });
    expect(net).toMatchObject({ indicator: 'net_migration', total: null });
    expect(compileTrends([]).indicators).toEqual([]);
  });
});

for (const store of testStores) {
  describe(`synthesis trend figures (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    it('are recorded, corrected and removed by the synthesis editors only, validated and versioned', async () => {
      const people = await reviewPeople(db());
      const cycle = await createReviewCycle(db(), { states: ['JOR', 'EGY'] });
      const las = people.lasSecretariat.subject;
      const record = (input: Record<string, unknown>, subject = las) =>
        recordTrendFigure({ db: db(), subject, cycleId: cycle.id, input });

      await expect(record(stock, people.eceSecretariat.subject)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(record(stock, people.focalJOR.subject)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(record({ ...stock, value: 'many' })).rejects.toMatchObject({
        details: { fieldErrors: { value: [{ code: 'invalidNumber' }] } },
      });
      await expect(record({ ...stock, year: '1800', sourceUrl: 'ftp://x' })).rejects.toMatchObject({
        details: {
          fieldErrors: { year: [{ code: 'trendYearOutOfRange' }], sourceUrl: [{ code: 'invalidUrl' }] },
        },
      });
      await expect(record({ ...stock, indicator: 'tourists' })).rejects.toMatchObject({
        details: { fieldErrors: { indicator: [{ code: 'invalidChoice' }] } },
      });
      await expect(record({ ...stock, value: '-5' })).rejects.toMatchObject({
        details: { fieldErrors: { value: [{ code: 'trendValueNegative' }] } },
      });
      await expect(record({ ...stock, country: 'FRA' })).rejects.toMatchObject({
        code: 'trendStateNotInCycle',
        details: { fieldErrors: { country: expect.anything() } },
      });

      const figure = await record(stock);
      expect(figure).toMatchObject({
        countryIso3: 'JOR',
        year: 2024,
        value: 3_500_000,
        version: 1,
        note: null,
      });
      expect(await record({ ...stock, indicator: 'net_migration', value: '-١٢٠٠٫٥' })).toMatchObject({
        value: -1200.5,
      });
      await expect(record({ ...stock, value: '1' })).rejects.toMatchObject({
        code: 'trendFigureExists',
        status: 409,
        details: { fieldErrors: { year: expect.anything() } },
      });

      const correct = (expectedVersion: number, input: Record<string, unknown>) =>
        correctTrendFigure({
          db: db(),
          subject: las,
          cycleId: cycle.id,
          figureId: figure.id,
          expectedVersion,
          input,
        });
      const corrected = await correct(1, { ...stock, value: '3600000', note: 'Estimate' });
      expect(corrected).toMatchObject({ value: 3_600_000, note: 'Estimate', version: 2 });
      await expect(correct(1, stock)).rejects.toMatchObject({ code: 'staleVersion', status: 409 });
      await expect(correct(2, { ...stock, indicator: 'net_migration' })).rejects.toMatchObject({
        code: 'trendFigureExists',
      });

      await expect(
        removeTrendFigure({
          db: db(),
          subject: las,
          cycleId: cycle.id,
          figureId: figure.id,
          expectedVersion: 1,
        }),
      ).rejects.toMatchObject({ code: 'staleVersion' });
      await expect(
        removeTrendFigure({
          db: db(),
          subject: people.eceSecretariat.subject,
          cycleId: cycle.id,
          figureId: figure.id,
          expectedVersion: 2,
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await removeTrendFigure({
        db: db(),
        subject: las,
        cycleId: cycle.id,
        figureId: figure.id,
        expectedVersion: 2,
      });
      const left = await db()
        .select()
        .from(reviewSynthesisFigures)
        .where(eq(reviewSynthesisFigures.cycleId, cycle.id));
      expect(left.map((f) => f.indicator)).toEqual(['net_migration']);
      const audit = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'review_synthesis_figure'), eq(auditLog.entityId, figure.id)));
      expect(audit.map((a) => a.action).sort()).toEqual([
        'review_synthesis_figure.create',
        'review_synthesis_figure.delete',
        'review_synthesis_figure.update',
      ]);
    });

    it('imports a CSV all or nothing, reports every refused line, and updates figures on the same key', async () => {
      const people = await reviewPeople(db());
      const cycle = await createReviewCycle(db(), { states: ['JOR', 'EGY'] });
      const las = people.lasSecretariat.subject;
      const importCsv = (bytes: Uint8Array, subject = las) =>
        importTrendFigures({ db: db(), subject, cycleId: cycle.id, bytes });
      const figures = () =>
        db()
          .select()
          .from(reviewSynthesisFigures)
          .where(eq(reviewSynthesisFigures.cycleId, cycle.id))
          .orderBy(reviewSynthesisFigures.countryIso3, reviewSynthesisFigures.year);

      await expect(
        importCsv(csv(header, 'JOR,migrant_stock,2024,1,S,,'), people.eceSecretariat.subject),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(await importCsv(csv('country,year,value', 'JOR,2024,1'))).toEqual({
        ok: false,
        refused: [
          {
            line: 1,
            column: null,
            code: 'trendImportMissingColumns',
            params: { columns: 'indicator, source' },
          },
        ],
      });
      expect(await importCsv(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({
        ok: false,
        refused: [{ code: 'trendImportNotUtf8' }],
      });

      const refused = await importCsv(
        csv(
          header,
          'JOR,migrant_stock,٢٠٢٤,"3,500,000",UN DESA 2024,https://www.un.org/,',
          'EGY,migrant_stock,2024,lots,UN DESA 2024,,',
          'FRA,migrant_stock,2024,100,UN DESA 2024,,',
          'JOR,migrant_stock,2024,3,UN DESA 2024,,',
          'EGY,tourists,2024,3,,,',
        ),
      );
      expect(refused).toEqual({
        ok: false,
        refused: [
          { line: 3, column: 'value', code: 'invalidNumber' },
          { line: 4, column: 'country', code: 'trendStateNotInCycle' },
          { line: 5, column: 'year', code: 'trendImportDuplicateLine', params: { line: 2 } },
          { line: 6, column: 'indicator', code: 'invalidChoice' },
          { line: 6, column: 'source', code: 'required' },
        ],
      });
      expect(await figures()).toEqual([]);

      const existing = await recordTrendFigure({
        db: db(),
        subject: las,
        cycleId: cycle.id,
        input: { ...stock, value: '1000' },
      });
      const imported = await importCsv(
        csv(
          header,
          'JOR,migrant_stock,٢٠٢٤,"3,500,000",UN DESA 2024,https://www.un.org/,',
          'EGY,migrant_stock,2024,٥٠٠٬٠٠٠,UN DESA 2024,,Estimate',
          'EGY,net_migration,2024,-40000,UN DESA WPP 2024,,',
        ),
      );
      expect(imported).toEqual({ ok: true, created: 2, updated: 1 });
      const after = await figures();
      expect(after.map((f) => [f.countryIso3, f.indicator, f.value, f.note])).toEqual(
        expect.arrayContaining([
          ['JOR', 'migrant_stock', 3_500_000, null],
          ['EGY', 'migrant_stock', 500_000, 'Estimate'],
          ['EGY', 'net_migration', -40_000, null],
        ]),
      );
      expect(after.find((f) => f.id === existing.id)).toMatchObject({ value: 3_500_000, version: 2 });
      const audit = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.entityType, 'review_synthesis_figure'),
            eq(auditLog.action, 'review_synthesis_figure.import'),
          ),
        );
      expect(audit).toHaveLength(3);
    });

    it('are compiled into the draft and frozen into a published version', async () => {
      const people = await reviewPeople(db());
      const cycle = await createReviewCycle(db(), { states: ['JOR', 'EGY'] });
      const las = people.lasSecretariat.subject;
      await createReview(db(), {
        cycleId: cycle.id,
        countryIso3: 'JOR',
        status: 'published',
        sections: [{ key: 'objective-1', objectiveStatus: 'advanced', measures: { ar: 'تدابير.' } }],
      });
      const figure = await recordTrendFigure({ db: db(), subject: las, cycleId: cycle.id, input: stock });
      await publishSynthesis({ db: db(), subject: las, cycleId: cycle.id, expectedVersion: 0 });
      await correctTrendFigure({
        db: db(),
        subject: las,
        cycleId: cycle.id,
        figureId: figure.id,
        expectedVersion: 1,
        input: { ...stock, value: '1' },
      });
      const published = await getSynthesisForReader({
        db: db(),
        subject: people.stranger.subject,
        cycleId: cycle.id,
      });
      expect(published.shown.compiled.trends?.indicators[0]).toMatchObject({
        indicator: 'migrant_stock',
        latest: [{ iso3: 'JOR', value: 3_500_000, source: stock.source }],
        total: { value: 3_500_000, states: 1 },
      });
      expect(published.shown.compiled.trends?.states.JOR).toMatchObject({ en: 'Jordan' });
      const draft = await getSynthesisForReader({ db: db(), subject: las, cycleId: cycle.id, draft: true });
      expect(draft.shown.compiled.trends?.indicators[0]?.latest[0]?.value).toBe(1);
    });
  });
}
