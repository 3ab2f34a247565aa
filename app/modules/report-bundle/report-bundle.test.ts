import fs from 'node:fs';
import os from 'node:os';
import { Readable } from 'node:stream';
import { eq, inArray } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { jobs, pledgeUpdates, reportBundles } from '#db/schema/index';
import { createPledge } from '#seed/pledge-factories';
import { jobHandlers } from '~/jobs.server';
import { getIndicatorByCode } from '~/modules/indicators/indicator-records.server';
import { recordIndicatorValue } from '~/modules/indicators/record-indicator-value.server';
import { person } from '~/modules/reviews/authoring/test-people';
import type { Db } from '~/platform/db.server';
import { errorFields } from '~/platform/forms/issues';
import { createJobRunner } from '~/platform/jobs/job-runner.server';
import { getPlatform } from '~/platform/platform.server';
import { getStorage, setStorage } from '~/platform/storage/index.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { refusal } from '../../../tests/refusal';
import { buildReportBundle } from './build-report-bundle.server';
import { openReportBundle } from './list-report-bundles.server';
import { requestReportBundle } from './request-report-bundle.server';

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

      const published = await createPledge(db(), {
        countryIso3: 'JOR',
        status: 'published',
        publishedAt: new Date('2025-03-01T10:00:00Z'),
        title: { ar: 'تعهد منشور للأردن', en: 'A published pledge of Jordan' },
      });
      const draft = await createPledge(db(), {
        countryIso3: 'JOR',
        status: 'draft',
        title: { ar: 'مسودة تعهد سرية', en: 'A secret draft pledge' },
      });
      const old = await createPledge(db(), {
        countryIso3: 'JOR',
        status: 'published',
        publishedAt: new Date('2019-03-01T10:00:00Z'),
        title: { ar: 'تعهد قديم', en: 'An old pledge outside the period' },
      });
      // Progress: reported in the period on public pledges (the old pledge's too), not on a draft nor outside the period.
      await db()
        .insert(pledgeUpdates)
        .values([
          {
            pledgeId: published.id,
            reportedOn: '2025-06-30',
            status: 'in_progress',
            narrative: { en: 'Half the clinics open' },
          },
          {
            pledgeId: old.id,
            reportedOn: '2024-02-01',
            status: 'fulfilled',
            narrative: { ar: 'اكتمل التنفيذ' },
          },
          {
            pledgeId: draft.id,
            reportedOn: '2025-01-01',
            status: 'in_progress',
            narrative: { en: 'Secret progress' },
          },
          {
            pledgeId: published.id,
            reportedOn: '2026-02-01',
            status: 'fulfilled',
            narrative: { en: 'After the period' },
          },
        ]);
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
      expect(built).toMatchObject({ status: 'ready', partsDone: 6, partsTotal: 6 });

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
          'pledge-progress.csv',
          'pledge-progress.json',
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
      // The old pledge is not among the period's pledges (its progress in the period is, below).
      expect(strFromU8(files['pledges.csv']!)).not.toContain('An old pledge outside the period');
      const pledgesJson = JSON.parse(strFromU8(files['pledges.json']!)) as { title: { en: string } }[];
      expect(pledgesJson.map((p) => p.title.en)).toEqual(['A published pledge of Jordan']);
      const progress = JSON.parse(strFromU8(files['pledge-progress.json']!)) as {
        pledgeId: string;
        reportedOn: string;
        status: string;
      }[];
      expect(progress.map((u) => [u.pledgeId, u.reportedOn, u.status])).toEqual([
        [old.id, '2024-02-01', 'fulfilled'],
        [published.id, '2025-06-30', 'in_progress'],
      ]);
      expect(everything).not.toContain('Secret progress');
      expect(everything).not.toContain('After the period');
      const progressCsv = strFromU8(files['pledge-progress.csv']!)
        .replace(/^\uFEFF/, '')
        .split('\r\n');
      expect(progressCsv[0]).toBe(
        'pledge_id,pledge_title_ar,pledge_title_en,country,reported_on,implementation_status,narrative_ar,narrative_en,pledge_path',
      );
      expect(progressCsv[2]).toBe(
        `${published.id},تعهد منشور للأردن,A published pledge of Jordan,JOR,2025-06-30,in_progress,,Half the clinics open,/pledges/${published.id}`,
      );
      const objective6 = strFromU8(files['indicator-values/objective-06.csv']!).replace(/^\uFEFF/, '');
      expect(objective6.split('\r\n')[1]).toBe(
        'P-06,true,8.5.2,JOR,2025,sex=female,إناث,14.2,percent,نسبة مئوية,,',
      );
      expect(strFromU8(files['README.md']!)).toContain('2024-01-01 – 2025-12-31');
    }, 120_000);

    it('is read page by page and streamed to storage: small pages give the same files, nothing stays on disk', async () => {
      const jordan = (await person(db(), [{ role: 'focal_point', scopeId: 'JOR' }])).subject;
      // Five pledges, three published at the same instant: a page boundary must neither skip nor repeat a tie.
      for (const [i, at] of ['05-01', '05-01', '05-01', '06-01', '07-01'].entries()) {
        await createPledge(db(), {
          countryIso3: 'JOR',
          status: 'published',
          publishedAt: new Date(`2024-${at}T10:00:00Z`),
          title: { ar: `تعهد مقسم ${i}`, en: `Paged pledge ${i}` },
        });
      }
      for (const [code, year] of [
        ['P-01', '2024'],
        ['P-01', '2025'],
        ['P-06', '2024'],
        ['P-06', '2025'],
        ['P-08', '2025'],
      ] as const) {
        const indicator = (await getIndicatorByCode({ db: db(), code }))!;
        await recordIndicatorValue({
          db: db(),
          subject: jordan,
          countryIso3: 'JOR',
          input: { indicatorId: indicator.id, year, value: '3' },
        });
      }
      const [bundleA, bundleB] = await db()
        .insert(reportBundles)
        .values([
          { periodStart: '2024-01-01', periodEnd: '2025-12-31' },
          { periodStart: '2024-01-01', periodEnd: '2025-12-31' },
        ])
        .returning();

      const real = getStorage();
      const puts: { streamed: boolean; size?: number }[] = [];
      setStorage(getPlatform(), {
        ...real,
        put: (key, body, meta) => {
          puts.push({ streamed: body instanceof Readable, size: meta.size });
          return real.put(key, body, meta);
        },
      });
      const builtAt = () => new Date('2026-01-01T00:00:00Z');
      const tempBefore = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('marsad-bundle-'));
      try {
        await buildReportBundle({ db: db(), payload: { bundleId: bundleA!.id }, now: builtAt, pageSize: 2 });
        await buildReportBundle({ db: db(), payload: { bundleId: bundleB!.id }, now: builtAt });
      } finally {
        setStorage(getPlatform(), real);
      }
      const rows = await db()
        .select()
        .from(reportBundles)
        .where(inArray(reportBundles.id, [bundleA!.id, bundleB!.id]));
      expect(puts).toEqual(rows.map((r) => ({ streamed: true, size: r.byteSize })));
      expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('marsad-bundle-'))).toEqual(tempBefore);

      const unzipBundle = async (id: string) => {
        const { object } = await openReportBundle({
          db: db(),
          subject: (await person(db(), [{ role: 'network_secretariat' }])).subject,
          bundleId: id,
        });
        return Object.fromEntries(
          Object.entries(unzipSync(await readAll(object.body))).map(([k, v]) => [k, strFromU8(v)]),
        );
      };
      const paged = await unzipBundle(bundleA!.id);
      expect(paged).toEqual(await unzipBundle(bundleB!.id));
      const pledges = JSON.parse(paged['pledges.json']!) as { title: { en: string }; publishedAt: string }[];
      expect(
        pledges
          .filter((p) => p.title.en.startsWith('Paged'))
          .map((p) => p.title.en)
          .sort(),
      ).toEqual([0, 1, 2, 3, 4].map((i) => `Paged pledge ${i}`));
      expect(paged['pledges.csv']!.split('\r\n').filter((l) => l.includes('Paged pledge'))).toHaveLength(5);
      // Each value once, with the first test's female share of P-06 for 2025.
      const values = JSON.parse(paged['indicator-values.json']!) as { indicator: string; year: number }[];
      expect(values.map((v) => `${v.indicator}/${v.year}`).sort()).toEqual([
        'P-01/2024',
        'P-01/2025',
        'P-06/2024',
        'P-06/2025',
        'P-06/2025',
        'P-08/2025',
      ]);
    }, 120_000);
  });
}
