import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pledges } from '#db/schema/pledges';
import { seedDemo } from '#seed/demo';
import { seedDemoPledges } from '#seed/demo-pledges';
import { createPledge } from '#seed/pledge-factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { addMonths } from './freshness';
import { getPledgeDashboard } from './pledge-dashboard.server';

const now = new Date('2026-06-15T12:00:00Z');
const ago = (months: number) => new Date(`${addMonths('2026-06-15', -months)}T00:00:00Z`);

for (const store of testStores) {
  describe(`pledge dashboard (${store})`, () => {
    const platform = useTestPlatform(store);

    it('is all zeros on an empty registry', async () => {
      const d = await getPledgeDashboard({ db: platform().database.db, now });
      expect(d.objectives).toHaveLength(23);
      expect(d.objectives.every((o) => o.count === 0)).toBe(true);
      expect(d.objectives[0]!.shortLabel.en).toBeTruthy();
      expect(d.statuses.map((s) => s.count)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(d).toMatchObject({ countries: [], financial: [], freshness: { green: 0, amber: 0, red: 0 } });
    });

    it('counts a known set: objectives, statuses, countries, money, freshness', async () => {
      const db = platform().database.db;
      const pub = { status: 'published' as const };
      await createPledge(db, {
        ...pub,
        countryIso3: 'JOR',
        objectives: [6, 7],
        publishedAt: ago(2),
        forms: ['financial'],
        financialAmount: 1000,
        financialCurrency: 'USD',
      });
      await createPledge(db, {
        ...pub,
        countryIso3: 'JOR',
        objectives: [6],
        publishedAt: ago(30),
        lastProgressOn: addMonths('2026-06-15', -14),
        forms: ['financial'],
        financialAmount: 250.5,
        financialCurrency: 'USD',
      });
      await createPledge(db, {
        ...pub,
        countryIso3: 'EGY',
        objectives: [1],
        countries: ['EGY', 'LBN'],
        publishedAt: ago(30),
        forms: ['financial'],
        financialAmount: 500,
        financialCurrency: 'EUR',
      });
      // Not public: counted by status only.
      await createPledge(db, { status: 'draft', countryIso3: 'JOR', objectives: [6] });
      await createPledge(db, { status: 'submitted', countryIso3: 'JOR', objectives: [6] });
      // Closed: still public, so in the objective and country charts (as on every page); not in money or freshness.
      await createPledge(db, { status: 'closed', countryIso3: 'EGY', objectives: [6], publishedAt: ago(40) });

      const d = await getPledgeDashboard({ db, now });
      const count = (n: number) => d.objectives.find((o) => o.number === n)!.count;
      expect([count(1), count(6), count(7), count(2)]).toEqual([1, 3, 1, 0]);
      expect(Object.fromEntries(d.statuses.map((s) => [s.status, s.count]))).toEqual({
        draft: 1,
        submitted: 1,
        changes_requested: 0,
        approved: 0,
        published: 3,
        closed: 1,
      });
      expect(d.publishedTotal).toBe(3);
      expect(d.countries.map((c) => [c.iso3, c.count])).toEqual([
        ['EGY', 2],
        ['JOR', 2],
        ['LBN', 1],
      ]);
      expect(d.countries[0]!.name.ar).toBeTruthy();
      expect(d.financial).toEqual([
        { currency: 'EUR', total: 500, pledges: 1 },
        { currency: 'USD', total: 1250.5, pledges: 2 },
      ]);
      expect(d.freshness).toEqual({ green: 1, amber: 1, red: 1 });
    });
  });
}

describe('sample pledges (seedDemoPledges)', () => {
  const platform = useTestPlatform();

  it('creates about 60 sample pledges once, with tags, updates and every freshness level', async () => {
    const db = platform().database.db;
    await seedDemo(db);
    expect(await seedDemoPledges(db, { now })).toBe(true);
    expect(await seedDemoPledges(db, { now })).toBe(false);
    const rows = await db.select().from(pledges);
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(rows.length).toBeLessThanOrEqual(65);
    expect(rows.every((r) => r.isSample)).toBe(true);
    expect(
      rows.every((r) => (r.description.en?.length ?? 0) >= 300 && (r.description.ar?.length ?? 0) >= 300),
    ).toBe(true);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['draft', 'submitted', 'changes_requested', 'approved', 'published', 'closed']),
    );
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['individual', 'common', 'partnership', 'matching']),
    );
    expect(rows.some((r) => r.countryIso3 === 'JOR') && rows.some((r) => r.countryIso3 === 'EGY')).toBe(true);

    const d = await getPledgeDashboard({ db, now });
    expect(d.objectives.every((o) => o.count > 0)).toBe(true);
    expect(d.freshness.green).toBeGreaterThan(0);
    expect(d.freshness.amber).toBeGreaterThan(0);
    expect(d.freshness.red).toBeGreaterThan(0);
    expect(d.financial.length).toBeGreaterThan(1);
    const [{ n } = { n: 0 }] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(pledges)
      .where(eq(pledges.status, 'published'));
    expect(d.publishedTotal).toBe(Number(n));
  }, 60_000);
});
