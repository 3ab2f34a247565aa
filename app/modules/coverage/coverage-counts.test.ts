import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type ContentVisibility, contentItems, coverageCounts } from '#db/schema/content';
import { regionMembers, regions } from '#db/schema/reference';
import type { ContentEntry, ContentType } from '~/modules/content/content-type';
import { type ContentTypeKey, contentTypeKeys } from '~/modules/content/content-type-keys';
import { writeEntries } from '~/modules/content/sync-content.server';
import { publicPledgeStatuses } from '~/modules/pledges/pledge-filters';
import { regionKinds } from '~/modules/reference/constants';
import type { DbOrTx } from '~/platform/db.server';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { type CoverageMatrix, coverageMatrix } from './coverage.server';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  const some = <T>(values: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => pick(values))),
  ];
  return { next, pick, some };
}

type Counts = Map<string, number>;

/**
 * The radar's counts as computed before the counts table (decision 46): unnesting the public index
 * rows of the view's scope, per request. Kept here as the reference the kept counts must equal.
 */
async function countedFromIndex(
  db: DbOrTx,
  view: { by: 'region'; ids: string[] } | { by: 'country'; ids: string[]; region: string },
): Promise<Counts> {
  const ids = sql`${sql.param(view.ids)}::text[]`;
  const column = view.by === 'region' ? sql`regions` : sql`countries`;
  const scope = view.by === 'region' ? sql`regions && ${ids}` : sql`regions @> array[${view.region}]::text[]`;
  const result = await db.execute<{ kind: string; key: string; n: number }>(sql`
    with scope as materialized (
      select type, objectives, ${column} as cols, year, status from content_items
      where visibility = 'public' and ${scope})
    select 'cell' as kind, c.col || ' ' || o.objective || ' ' || type as key, count(*)::int as n
    from scope, unnest(cols) as c(col), unnest(objectives) as o(objective)
    where c.col = any(${ids}) group by c.col, o.objective, type
    union all
    select 'year', year || ' ' || type, count(*)::int from scope where year is not null group by year, type
    union all
    select 'status', o.objective || ' ' || status, count(*)::int
    from scope, unnest(objectives) as o(objective) where type = 'pledge' group by o.objective, status`);
  const known = (kind: string, key: string) =>
    kind === 'status'
      ? (publicPledgeStatuses as readonly string[]).includes(key.split(' ')[1]!)
      : (contentTypeKeys as readonly string[]).includes(key.split(' ').at(-1)!);
  return new Map(
    result.rows.filter((r) => known(r.kind, r.key)).map((r) => [`${r.kind} ${r.key}`, Number(r.n)]),
  );
}

/** The same counts read off a matrix the radar returns. */
function countedInMatrix(matrix: CoverageMatrix): Counts {
  const out: Counts = new Map();
  const add = (key: string, n: number) => n && out.set(key, n);
  for (const row of matrix.rows) {
    row.cells.forEach((cell, i) => {
      for (const [type, n] of Object.entries(cell.byType))
        add(`cell ${matrix.columns[i]!.id} ${row.objective} ${type}`, n);
    });
  }
  for (const year of matrix.trend)
    for (const [type, n] of Object.entries(year.byType)) add(`year ${year.year} ${type}`, n);
  for (const row of matrix.pledgeStatus)
    for (const [status, n] of Object.entries(row.byStatus)) add(`status ${row.objective} ${status}`, n);
  return out;
}

const fakeType = (key: ContentTypeKey) => ({ key }) as ContentType;

for (const store of testStores) {
  describe(`coverage counts kept with the index (${store})`, () => {
    const platform = useTestPlatform(store);

    it('equal the radar computed from the index after random writes, updates, deletes and visibility changes', {
      timeout: 300_000,
    }, async () => {
      const { db } = platform().database;
      const rng = random(store === 'pglite' ? 48 : 4848);
      const allRegions = await db.select({ id: regions.id, kind: regions.kind }).from(regions);
      const members = await db.select().from(regionMembers);
      const countryPool = [
        'JOR',
        'EGY',
        'LBN',
        'MAR',
        'FRA',
        'DEU',
        'KEN',
        'NGA',
        'BRA',
        'MEX',
        'CHN',
        'IND',
      ];
      const regionsOf = (countries: string[]) =>
        members.filter((m) => countries.includes(m.countryIso3)).map((m) => m.regionId);
      const types: ContentTypeKey[] = [
        'pledge',
        'pledge',
        'hub_resource',
        'national_review',
        'meeting_session',
      ];
      const visibilities: ContentVisibility[] = ['public', 'public', 'public', 'signed_in', 'restricted'];

      const entry = (id: string): ContentEntry => {
        const countries = rng.some(countryPool, 3);
        // Mostly as the projections tag (regions widened to the countries'), sometimes a bare region.
        const tagged = rng.next() < 0.3 ? [rng.pick(allRegions).id] : [];
        const widened = rng.next() < 0.85 ? regionsOf(countries) : [];
        return {
          id,
          visibility: rng.pick(visibilities),
          readers: [],
          status: rng.pick(['published', 'closed', 'draft', 'submitted', 'withdrawn']),
          originalLanguage: 'en',
          title: { en: id },
          summary: {},
          body: {},
          objectives: rng.some([1, 2, 3, 7, 8, 12, 23], 3),
          principles: [],
          countries,
          regions: [...new Set([...tagged, ...widened])],
          year: rng.next() < 0.15 ? null : 2018 + Math.floor(rng.next() * 9),
          publishedAt: null,
          updatedAt: new Date('2026-01-01T00:00:00Z'),
          path: `/test/${id}`,
          isSample: false,
        };
      };
      const ids = Array.from({ length: 120 }, (_, i) => `counts-test-${i}`);
      const typeOf = new Map(ids.map((id) => [id, rng.pick(types)]));

      const views = [
        ...regionKinds.map((kind) => ({ by: 'region' as const, regionKind: kind })),
        ...['ESCWA', 'LAS', 'ECA', 'ECE', 'M49-142', 'M49-145', 'ARCP'].map((region) => ({
          by: 'country' as const,
          region,
        })),
      ];
      const expectSame = async (step: string) => {
        for (const view of views) {
          const matrix = await coverageMatrix({ db, ...view });
          if (!matrix) continue;
          const columns = matrix.columns.map((c) => c.id);
          if (!columns.length) continue;
          const expected = await countedFromIndex(
            db,
            view.by === 'region'
              ? { by: 'region', ids: columns }
              : { by: 'country', ids: columns, region: view.region },
          );
          expect(countedInMatrix(matrix), `${step}: ${JSON.stringify(view)}`).toEqual(expected);
        }
      };

      await expectSame('before');
      for (let round = 0; round < 6; round++) {
        // Writes as the sync writes them (insert, or replace on conflict), several types at once.
        const written = rng.some(ids, 60);
        for (const type of new Set(written.map((id) => typeOf.get(id)!))) {
          await writeEntries(db, fakeType(type), written.filter((id) => typeOf.get(id) === type).map(entry));
        }
        // Plain updates: visibility changes and retagging.
        await db
          .update(contentItems)
          .set({ visibility: rng.pick(visibilities) })
          .where(inArray(contentItems.id, rng.some(ids, 20)));
        await db
          .update(contentItems)
          .set({ objectives: rng.some([4, 7, 8, 23], 2), year: 2025 })
          .where(inArray(contentItems.id, rng.some(ids, 10)));
        // A transaction that deletes and then fails leaves the counts as they were.
        await db
          .transaction(async (tx) => {
            await tx.delete(contentItems).where(like(contentItems.id, 'counts-test-%'));
            throw new Error('rolled back');
          })
          .catch(() => undefined);
        await db.delete(contentItems).where(inArray(contentItems.id, rng.some(ids, 15)));
        await expectSame(`round ${round}`);
      }

      // Concurrent writers on shared keys (PostgreSQL: separate connections) lose no count.
      await Promise.all(
        ['a', 'b', 'c', 'd'].map((suffix) =>
          db.transaction(async (tx) => {
            const mine = ids
              .slice(0, 30)
              .map((id) => ({ ...entry(`${id}-${suffix}`), visibility: 'public' as const }));
            await writeEntries(tx, fakeType('pledge'), mine);
          }),
        ),
      );
      await expectSame('concurrent writers');

      // The reference data moves a country out of a region: the reference seed counts again, so the
      // keys the old membership gave are gone and deleting the items later leaves none behind.
      const moved = { regionId: 'ESCWA', countryIso3: 'JOR' };
      await db
        .delete(regionMembers)
        .where(
          and(eq(regionMembers.regionId, moved.regionId), eq(regionMembers.countryIso3, moved.countryIso3)),
        );
      await db.execute(sql`select marsad_recount_coverage()`);
      await expectSame('a country out of its region');
      await db.delete(contentItems).where(like(contentItems.id, 'counts-test-%'));
      // Back in its region with no public item naming it: there is nothing to count again.
      await db.insert(regionMembers).values(moved);
      await expectSame('after');
      const left = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(coverageCounts)
        .where(sql`${coverageCounts.n} <> 0`);
      const indexed = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(contentItems)
        .where(eq(contentItems.visibility, 'public'));
      // Nothing public left in the index of a fresh test database: every key back to zero.
      if (Number(indexed[0]!.n) === 0) expect(Number(left[0]!.n)).toBe(0);
    });
  });
}
