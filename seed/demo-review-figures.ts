import { and, eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { meetings } from '#db/schema/meetings';
import { reviewForwardings } from '#db/schema/review-forwardings';
import type { TrendIndicator } from '#db/schema/review-synthesis-types';
import { forwardToImrf } from '~/modules/reviews/forwarding/forward-to-imrf.server';
import { recordTrendFigure } from '~/modules/reviews/synthesis/trends/trend-figures.server';
import type { Subject } from '~/permissions/resolver';
import type { Db, DbOrTx } from '~/platform/db.server';
import { logger } from '~/platform/logger.server';

/**
 * Migration patterns and trends of the first Arab regional review (demo only, loaded by
 * seedDemoReviews before its synthesis is published, so version 1 carries the chapter): migrant
 * stocks, refugees hosted and remittances received for some LAS states, two years each where the
 * page shows a series. Rounded orders of magnitude of the public series named as sources, each
 * marked as a sample figure in both languages — not official statistics.
 */
const sampleNote =
  'رقم تجريبي للعرض، لا إحصاء رسمي — Sample figure for demonstration, not an official statistic';
const desa =
  'إدارة الشؤون الاقتصادية والاجتماعية بالأمم المتحدة، رصيد المهاجرين الدوليين — UN DESA, International Migrant Stock';
const desaUrl = 'https://www.un.org/development/desa/pd/content/international-migrant-stock';
const worldBank = 'البنك الدولي، بيانات التحويلات المالية — World Bank, remittance data';
const worldBankUrl = 'https://www.knomad.org/data/remittances';
const unhcr = 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين — UNHCR, Refugee Data Finder';
const unhcrUrl = 'https://www.unhcr.org/refugee-statistics/';

type Figure = [country: string, indicator: TrendIndicator, year: number, value: number];
const sources: Record<string, [string, string]> = {
  migrant_stock: [desa, desaUrl],
  remittances_received_usd: [worldBank, worldBankUrl],
  refugees_hosted: [unhcr, unhcrUrl],
};
export const demoTrendFigures: Figure[] = [
  ['JOR', 'migrant_stock', 2015, 3_100_000],
  ['JOR', 'migrant_stock', 2020, 3_460_000],
  ['LBN', 'migrant_stock', 2015, 1_950_000],
  ['LBN', 'migrant_stock', 2020, 1_710_000],
  ['EGY', 'migrant_stock', 2020, 540_000],
  ['JOR', 'refugees_hosted', 2020, 700_000],
  ['LBN', 'refugees_hosted', 2020, 870_000],
  ['EGY', 'remittances_received_usd', 2019, 26_800_000_000],
  ['EGY', 'remittances_received_usd', 2020, 29_600_000_000],
  ['MAR', 'remittances_received_usd', 2020, 7_400_000_000],
  ['JOR', 'remittances_received_usd', 2020, 4_200_000_000],
  ['LBN', 'remittances_received_usd', 2020, 6_300_000_000],
];

/** Records the sample figures on the cycle, as its secretariat (same operation as the figures page). */
export async function recordDemoTrendFigures(db: DbOrTx, subject: Subject, cycleId: string) {
  for (const [country, indicator, year, value] of demoTrendFigures) {
    const [source, sourceUrl] = sources[indicator]!;
    await recordTrendFigure({
      db,
      subject,
      cycleId,
      input: {
        country,
        indicator,
        year: String(year),
        value: String(value),
        source,
        sourceUrl,
        note: sampleNote,
      },
    });
  }
}

/**
 * The first cycle's published synthesis report and outcome document forwarded to the sample IMRF
 * 2022 meeting (demo only; runs after seedDemoMeetings). Once: nothing when already forwarded, or
 * when the meeting or the LAS secretariat account is missing.
 */
export async function seedDemoForwarding(db: Db, cycleId: string): Promise<boolean> {
  const [imrf] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.kind, 'imrf'), eq(meetings.isSample, true), eq(meetings.status, 'published')))
    .limit(1);
  const [las] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'las@marsad.test'))
    .limit(1);
  if (!imrf || !las) return false;
  const [done] = await db
    .select({ id: reviewForwardings.id })
    .from(reviewForwardings)
    .where(eq(reviewForwardings.cycleId, cycleId))
    .limit(1);
  if (done) return false;
  await forwardToImrf({
    db,
    subject: {
      userId: las.id,
      grants: [{ role: 'regional_secretariat', scopeType: 'region', scopeId: 'LAS' }],
    },
    cycleId,
    input: {
      documents: ['synthesis', 'outcome'],
      meetingId: imrf.id,
      forwardedOn: '2022-03-15',
      note: {
        ar: 'أُحيل التقرير التجميعي الإقليمي والوثيقة الختامية إلى المنتدى بوصفهما إسهام المنطقة العربية (بيانات تجريبية).',
        en: 'The regional synthesis report and the outcome document were forwarded to the Forum as the Arab region’s input (sample data).',
      },
    },
  });
  logger.info('demo seed: the first regional review forwarded to the sample IMRF 2022');
  return true;
}
