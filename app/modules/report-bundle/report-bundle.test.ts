import { eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jobs, reportBundles } from '#db/schema/index';
import { createPledge } from '#seed/pledge-factories';
import { jobHandlers } from '~/jobs.server';
import { getIndicatorByCode } from '~/modules/indicators/indicator-records.server';
import { recordIndicatorValue } from '~/modules/indicators/record-indicator-value.server';
import { person } from '~/modules/reviews/authoring/test-people';
import type { Db } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { errorFields } from '~/platform/forms/issues';
import { createJobRunner } from '~/platform/jobs/job-runner.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { openReportBundle } from './list-report-bundles.server';
import { requestReportBundle } from './request-report-bundle.server';

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

for (const store of testStores) {
  describe(`the Secretary-General's report bundle (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db as Db;

    it('is built by a job with its progress, holds published items only, and is for the secretariat', async () => {
      const secretariat = (await person(db(), [{ role: 'network_secretariat' }])).subject;
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;

      await createPledge(db(), {
        countryIso3: 'JOR',
        status: 'published',
        publishedAt: new Date('2025-03-01T10:00:00Z'),
        title: { ar: 'تعهد منشور للأردن', en: 'A published pledge of Jordan' },
      });
      await createPledge(db(), {
        countryIso3: 'JOR',
        status: 'draft',
        title: { ar: 'مسودة تعهد سرية', en: 'A secret draft pledge' },
      });
      await createPledge(db(), {
        countryIso3: 'JOR',
        status: 'published',
        publishedAt: new Date('2019-03-01T10:00:00Z'),
        title: { ar: 'تعهد قديم', en: 'An old pledge outside the period' },
      });
      const indicator = (await getIndicatorByCode({ db: db(), code: 'P-06' }))!;
      await recordIndicatorValue({
        db: db(),
        subject: jordan,
        countryIso3: 'JOR',
        input: { indicatorId: indicator.id, year: '2025', value: '14.2', disaggregation: { sex: 'female' } },
      });

      const wrongWay = await refusal(() =>
        requestReportBundle({
          db: db(),
          subject: secretariat,
          input: { periodStart: '2026-01-01', periodEnd: '2024-01-01' },
        }),
      );
      expect(errorFields(wrongWay)).toEqual({ periodEnd: [{ code: 'periodEndBeforeStart' }] });
      expect(
        (await refusal(() => requestReportBundle({ db: db(), subject: jordan, input: {} }))).status,
      ).toBe(403);

      const bundle = await requestReportBundle({
        db: db(),
        subject: secretariat,
        input: { periodStart: '2024-01-01', periodEnd: '2025-12-31' },
      });
      expect(bundle.status).toBe('queued');
      expect(await db().select().from(jobs).where(eq(jobs.kind, 'report-bundle.build'))).toHaveLength(1);

      const runner = createJobRunner({ handlers: jobHandlers, db: db() });
      await runner.runOnce();
      const [built] = await db().select().from(reportBundles).where(eq(reportBundles.id, bundle.id));
      expect(built).toMatchObject({ status: 'ready', partsDone: 5, partsTotal: 5 });

      expect(
        (await refusal(() => openReportBundle({ db: db(), subject: jordan, bundleId: bundle.id }))).status,
      ).toBe(403);
      const { object } = await openReportBundle({ db: db(), subject: secretariat, bundleId: bundle.id });
      const files = unzipSync(await readAll(object.body));
      expect(Object.keys(files).sort()).toEqual(
        [
          'README.md',
          'indicator-values.json',
          'indicator-values/objective-06.csv',
          'indicator-values/objective-16.csv',
          'pledges.csv',
          'pledges.json',
          'regional-outcomes.csv',
          'regional-outcomes.json',
          'reviews.csv',
          'reviews.json',
          'statements.csv',
          'statements.json',
        ].sort(),
      );
      const everything = Object.values(files)
        .map((f) => strFromU8(f))
        .join('\n');
      expect(everything).toContain('A published pledge of Jordan');
      expect(everything).not.toContain('A secret draft pledge');
      expect(everything).not.toContain('مسودة تعهد سرية');
      expect(everything).not.toContain('An old pledge outside the period');
      const pledgesJson = JSON.parse(strFromU8(files['pledges.json']!)) as { title: { en: string } }[];
      expect(pledgesJson.map((p) => p.title.en)).toEqual(['A published pledge of Jordan']);
      const objective6 = strFromU8(files['indicator-values/objective-06.csv']!).replace(/^\uFEFF/, '');
      expect(objective6.split('\r\n')[1]).toBe(
        'P-06,true,8.5.2,JOR,2025,sex=female,إناث,14.2,percent,نسبة مئوية,,',
      );
      expect(strFromU8(files['README.md']!)).toContain('2024-01-01 – 2025-12-31');
    }, 120_000);
  });
}
