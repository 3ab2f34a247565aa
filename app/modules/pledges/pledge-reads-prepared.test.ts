import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPledge } from '#seed/pledge-factories';
import { anonymousSubject } from '~/permissions/resolver';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getPledge } from './get-pledge.server';
import { listPledges } from './list-pledges.server';
import type { PledgeFilters } from './pledge-filters';

/**
 * The API's two reads, called again and again as the API calls them: after their second call they run
 * as named prepared statements (decision 82 on PGlite's main thread; on node-postgres — the worker,
 * PGLITE_WORKER=1, and PostgreSQL — app/platform/named-statements.server.ts), past the five custom
 * plans after which PostgreSQL may keep a generic one. Every call must answer for its own parameters,
 * and a schema change between calls (what a migration does) must not leave a stale answer.
 */
for (const store of testStores) {
  describe(`the pledge API's reads as prepared statements (${store})`, () => {
    const platform = useTestPlatform(store);
    const today = new Date('2026-01-15T12:00:00Z');
    const made: { id: string; country: string; objectives: number[]; title: string }[] = [];

    beforeAll(async () => {
      const { db } = platform().database;
      const specs = [
        { country: 'EGY', objectives: [7, 10] },
        { country: 'EGY', objectives: [7] },
        { country: 'JOR', objectives: [7, 3] },
        { country: 'JOR', objectives: [10] },
        { country: 'MAR', objectives: [3] },
        { country: 'EGY', objectives: [3, 10] },
      ];
      for (const [i, spec] of specs.entries()) {
        const title = `Pledge ${i} of ${spec.country} — it's "quoted"`;
        const pledge = await createPledge(db, {
          countryIso3: spec.country,
          status: 'published',
          publishedAt: new Date(Date.UTC(2025, 0, 1 + i)),
          title: { en: title, ar: `تعهد ${i}` },
          objectives: spec.objectives,
        });
        made.push({ id: pledge.id, title, ...spec });
      }
    });

    /** What the list must answer, newest first, from the fixtures. */
    const expected = (filters: PledgeFilters) =>
      made
        .filter((p) => !filters.country || p.country === filters.country)
        .filter((p) => !filters.objective || p.objectives.includes(filters.objective))
        .map((p) => p.id)
        .reverse();
    const cases: PledgeFilters[] = [
      { objective: 7, country: 'EGY' },
      { objective: 10, country: 'JOR' },
      { objective: 3, country: 'EGY' },
      { objective: 7, country: 'JOR' },
      { objective: 23, country: 'EGY' },
      { objective: 3, country: 'MAR' },
    ];

    const listAll = async () => {
      for (const filters of [...cases, ...cases]) {
        const { items, total } = await listPledges({ filters, today, limit: 25, countLimit: 1000 });
        expect(
          items.map((i) => i.id),
          JSON.stringify(filters),
        ).toEqual(expected(filters));
        expect(total).toBe(expected(filters).length);
      }
    };
    const readEach = async () => {
      for (const pledge of [...made, ...made]) {
        const detail = await getPledge({ subject: anonymousSubject, pledgeId: pledge.id, now: today });
        expect(detail.pledge.id).toBe(pledge.id);
        expect(detail.pledge.title.en).toBe(pledge.title);
        expect(detail.tags.objectives).toEqual([...pledge.objectives].sort((a, b) => a - b));
      }
    };

    it('answers each call of the list and of the item for its own parameters', async () => {
      await listAll();
      await readEach();
    });

    it('answers the same after the tables change between calls, as in a migration', async () => {
      await listAll();
      await readEach();
      const { db } = platform().database;
      await db.execute(sql`alter table pledges add column prepared_probe text default 'x'`);
      await db.execute(sql`create index pledges_prepared_probe_idx on pledges (published_at, id)`);
      await db.execute(sql`alter table pledge_indicators add column prepared_probe int`);
      await listAll();
      await readEach();
      await db.execute(sql`drop index pledges_prepared_probe_idx`);
      await db.execute(sql`alter table pledges drop column prepared_probe`);
      await db.execute(sql`alter table pledge_indicators drop column prepared_probe`);
      await listAll();
      await readEach();
    });
  });
}
