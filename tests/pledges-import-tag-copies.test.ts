import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countryTags, objectiveTags, organisationMembers, pledges } from '#db/schema/index';
import { rebuildContentIndex } from '#seed/content-index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge as pledgeFactory } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import { createPledge } from '~/modules/pledges/create-pledge.server';
import { importPledges } from '~/modules/pledges/import/import-pledges.server';
import { importCsv, importRowValues } from '~/modules/pledges/import/test-files';
import { listPledges } from '~/modules/pledges/list-pledges.server';
import { computePledgeDashboard, getPledgeDashboard } from '~/modules/pledges/pledge-dashboard.server';
import { validPledgeInput } from '~/modules/pledges/test-fixtures';
import { updatePledge } from '~/modules/pledges/update-pledge.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import { testStores, useTestPlatform } from './platform';

/**
 * The pledges' copies of their tags (tagged_objectives … tagged_regions, for the registry's
 * indexes) follow the tagging tables whoever writes them: the pledge operations, the import,
 * setTags (seeds, factories) and plain SQL (migration 0009_pledge_tag_copies).
 */
for (const store of testStores) {
  describe(`pledge tag copies (${store})`, () => {
    // These tests write tags behind the operations' backs on purpose (the triggers' job): no index check.
    const platform = useTestPlatform(store, { checkContentIndex: false });
    const db = () => platform().database.db;
    const copies = async (id: string) => {
      const [row] = await db()
        .select({
          objectives: pledges.taggedObjectives,
          principles: pledges.taggedPrinciples,
          countries: pledges.taggedCountries,
          regions: pledges.taggedRegions,
        })
        .from(pledges)
        .where(eq(pledges.id, id));
      return row;
    };
    /** Every pledge whose copies differ from its tags (none, always). */
    const drift = async () =>
      (
        await db().execute<{ id: string }>(sql`
          select p.id from pledges p
          where p.tagged_objectives is distinct from coalesce((select array_agg(t.objective order by t.objective)
              from objective_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}')
            or p.tagged_principles is distinct from coalesce((select array_agg(t.principle order by t.principle collate "C")
              from principle_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}')
            or p.tagged_countries is distinct from coalesce((select array_agg(t.country order by t.country collate "C")
              from country_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}')
            or p.tagged_regions is distinct from coalesce((select array_agg(t.region order by t.region collate "C")
              from region_tags t where t.entity_type = 'pledge' and t.entity_id = p.id::text), '{}')`)
      ).rows.map((r) => r.id);

    it('follows the pledge operations: create and update', async () => {
      const org = await createOrganisation(db());
      const user = await createUser(db());
      await db().insert(organisationMembers).values({ organisationId: org.id, userId: user.id });
      const subject = { userId: user.id, grants: await loadGrants(user.id) };
      const pledge = await createPledge({
        subject,
        organisationId: org.id,
        input: { ...validPledgeInput, principles: ['human_rights', 'child_sensitive'], regions: ['las'] },
      });
      expect(await copies(pledge.id)).toEqual({
        objectives: [6, 7],
        principles: ['child_sensitive', 'human_rights'],
        countries: ['JOR'],
        regions: ['LAS'],
      });
      await updatePledge({
        subject,
        pledgeId: pledge.id,
        expectedVersion: pledge.version,
        input: { ...validPledgeInput, objectives: ['23', '1'], countries: ['egy', 'lbn'], principles: [] },
      });
      expect(await copies(pledge.id)).toEqual({
        objectives: [1, 23],
        principles: [],
        countries: ['EGY', 'LBN'],
        regions: [],
      });
      expect(await drift()).toEqual([]);
    });

    it('follows setTags, plain SQL and the import; ignores other content types and non-pledge ids', async () => {
      const pledge = await pledgeFactory(db(), { objectives: [3], countries: ['MAR'] });
      expect(await copies(pledge.id)).toMatchObject({ objectives: [3], countries: ['MAR'] });

      await setTags({ db: db(), entityType: 'pledge', entityId: pledge.id, tags: { objectives: [9, 2] } });
      expect((await copies(pledge.id))?.objectives).toEqual([2, 9]);

      await db()
        .delete(objectiveTags)
        .where(and(eq(objectiveTags.entityType, 'pledge'), eq(objectiveTags.entityId, pledge.id)));
      expect((await copies(pledge.id))?.objectives).toEqual([]);
      await db().insert(countryTags).values({ entityType: 'pledge', entityId: pledge.id, country: 'TUN' });
      expect((await copies(pledge.id))?.countries).toEqual(['MAR', 'TUN']);
      await db()
        .update(countryTags)
        .set({ country: 'DZA' })
        .where(and(eq(countryTags.entityId, pledge.id), eq(countryTags.country, 'TUN')));
      expect((await copies(pledge.id))?.countries).toEqual(['DZA', 'MAR']);

      // Another content type with the same id, and a pledge tag whose id is not a uuid: no effect, no error.
      await setTags({ db: db(), entityType: 'review', entityId: pledge.id, tags: { objectives: [5] } });
      await setTags({ db: db(), entityType: 'pledge', entityId: 'not-a-uuid', tags: { objectives: [5] } });
      expect((await copies(pledge.id))?.objectives).toEqual([]);

      const secretariat = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
      const record = await importPledges({
        subject: { userId: secretariat.id, grants: await loadGrants(secretariat.id) },
        file: {
          name: 'p.csv',
          kind: 'csv',
          bytes: importCsv([
            importRowValues({ external_id: 'copies-1', objectives: '11;4', regions: 'LAS' }),
          ]),
        },
        now: new Date('2026-01-15T12:00:00Z'),
      });
      expect(record.outcome).toBe('imported');
      const [imported] = await db().select().from(pledges).where(eq(pledges.externalId, 'copies-1'));
      expect(imported).toMatchObject({
        taggedObjectives: [4, 11],
        taggedRegions: ['LAS'],
        taggedCountries: ['JOR'],
      });
      expect(await drift()).toEqual([]);

      // The registry finds by the copies what the tags say.
      const { items } = await listPledges({ db: db(), filters: { objective: 11, region: 'LAS' } });
      expect(items.map((i) => i.id)).toEqual([imported!.id]);

      // The same row changed: the import rewrites the pledge's tags and their copies itself (the
      // triggers skip inside the import), and the triggers keep them again after it.
      const changed = await importPledges({
        subject: { userId: secretariat.id, grants: await loadGrants(secretariat.id) },
        file: {
          name: 'p.csv',
          kind: 'csv',
          bytes: importCsv([
            importRowValues({ external_id: 'copies-1', objectives: '5', regions: '', countries: 'JOR;EGY' }),
          ]),
        },
        now: new Date('2026-01-16T12:00:00Z'),
      });
      expect(changed).toMatchObject({ outcome: 'imported', updatedCount: 1 });
      expect(await copies(imported!.id)).toMatchObject({
        objectives: [5],
        regions: [],
        countries: ['EGY', 'JOR'],
      });
      expect(await drift()).toEqual([]);
      await setTags({ db: db(), entityType: 'pledge', entityId: imported!.id, tags: { objectives: [7] } });
      expect((await copies(imported!.id))?.objectives).toEqual([7]);
    });

    it('never serves the dashboard stale after a write', async () => {
      const now = new Date('2026-01-15T12:00:00Z');
      const count = (d: Awaited<ReturnType<typeof getPledgeDashboard>>, n: number) =>
        d.objectives.find((o) => o.number === n)!.count;
      const before = await getPledgeDashboard({ db: db(), now });
      expect(await getPledgeDashboard({ db: db(), now })).toEqual(before);
      expect(await computePledgeDashboard({ db: db(), now })).toEqual(before);

      const pledge = await pledgeFactory(db(), {
        status: 'published',
        publishedAt: now,
        objectives: [17],
        countries: ['YEM'],
      });
      const after = await getPledgeDashboard({ db: db(), now });
      expect(count(after, 17)).toBe(count(before, 17) + 1);
      expect(after.countries.find((c) => c.iso3 === 'YEM')?.count).toBe(1);
      expect(after.publishedTotal).toBe(before.publishedTotal + 1);

      await setTags({ db: db(), entityType: 'pledge', entityId: pledge.id, tags: { objectives: [18] } });
      // The dashboard's objective chart reads the content index, which the pledge operations keep.
      await rebuildContentIndex(db(), ['pledge']);
      const retagged = await getPledgeDashboard({ db: db(), now });
      expect([count(retagged, 17), count(retagged, 18)]).toEqual([count(before, 17), count(before, 18) + 1]);
      expect(retagged).toEqual(await computePledgeDashboard({ db: db(), now }));
    });
  });
}
