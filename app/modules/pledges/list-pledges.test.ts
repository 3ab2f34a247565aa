import { beforeAll, describe, expect, it } from 'vitest';
import { pledgerCategoryOfStakeholder } from '#db/schema/pledge-values';
import { stakeholderCategories } from '#db/schema/reference';
import { createOrganisation } from '#seed/factories';
import { createPledge, sampleDescription } from '#seed/pledge-factories';
import { testStores, useTestPlatform } from '../../../tests/platform';
import {
  listPledges,
  loadPledgeFilterChoices,
  type PledgeFilterChoices,
  parsePledgeFilters,
} from './list-pledges.server';
import type { PledgeFilters } from './pledge-filters';

const today = new Date('2026-01-15T12:00:00Z');

for (const store of testStores) {
  describe(`listPledges (${store})`, () => {
    const platform = useTestPlatform(store);
    const ids: Record<string, string> = {};
    let category = '';
    let choices: PledgeFilterChoices;

    beforeAll(async () => {
      const { db } = platform().database;
      [{ key: category }] = (await db
        .select({ key: stakeholderCategories.key })
        .from(stakeholderCategories)
        .limit(1)) as [{ key: string }];
      const org = await createOrganisation(db, { categoryKey: category });
      ids.a = (
        await createPledge(db, {
          countryIso3: 'EGY',
          status: 'published',
          publishedAt: new Date('2025-03-01T10:00:00Z'),
          title: { en: 'Border staff training', ar: 'إدارة الحدود وتدريب موظفيها' },
          objectives: [7, 10],
          principles: ['human_rights'],
          forms: ['financial', 'policy'],
          financialAmount: 250000,
          financialCurrency: 'USD',
        })
      ).id;
      ids.b = (
        await createPledge(db, {
          organisationId: org.id,
          status: 'published',
          publishedAt: new Date('2023-01-01T10:00:00Z'),
          title: { en: 'Alpha legal aid clinics', ar: 'عيادات المساعدة القانونية' },
          objectives: [6],
          countries: ['JOR'],
        })
      ).id;
      ids.c = (
        await createPledge(db, {
          status: 'closed',
          kind: 'common',
          publishedAt: new Date('2024-06-01T10:00:00Z'),
          closedAt: new Date('2025-06-01T10:00:00Z'),
          title: { en: 'Zeta data sharing' },
          pledgerCategory: 'un_entity',
          sdgTargets: ['10.7', '17.18'],
          objectives: [7],
          countries: ['FRA'],
        })
      ).id;
      ids.d = (await createPledge(db, { status: 'draft', objectives: [7], countryIso3: 'EGY' })).id;
      ids.e = (await createPledge(db, { status: 'submitted', objectives: [7] })).id;
      choices = await loadPledgeFilterChoices(db);
    });

    const list = async (filters: PledgeFilters, extra: { limit?: number; offset?: number } = {}) => {
      const { items, total } = await listPledges({ db: platform().database.db, filters, today, ...extra });
      return { ids: items.map((i) => i.id), total, items };
    };
    const set = async (filters: PledgeFilters) => new Set((await list(filters)).ids);

    it('lists published and closed pledges only, newest first, with tags and pledger', async () => {
      const { ids: found, total, items } = await list({});
      expect(total).toBe(3);
      expect(found).toEqual([ids.a, ids.c, ids.b]);
      const a = items[0]!;
      expect(a.objectives).toEqual([7, 10]);
      expect(a.principles).toEqual(['human_rights']);
      expect(a.pledger).toMatchObject({ type: 'state', iso3: 'EGY' });
      expect(a.pledger.name.en).toBe('Egypt');
      expect(a.freshness).toBe('green');
      expect(items[1]!.freshness).toBeNull(); // closed
      expect(items[2]!.pledger).toMatchObject({ type: 'organisation', category });
    });

    it('filters by tags, geography and pledge fields', async () => {
      expect(await set({ objective: 7 })).toEqual(new Set([ids.a, ids.c]));
      expect(await set({ principle: 'human_rights' })).toEqual(new Set([ids.a]));
      expect(await set({ country: 'EGY' })).toEqual(new Set([ids.a]));
      expect(await set({ country: 'JOR' })).toEqual(new Set([ids.b]));
      expect(await set({ region: 'LAS' })).toEqual(new Set([ids.a, ids.b]));
      expect(await set({ region: 'M49-150' })).toEqual(new Set([ids.c]));
      expect(await set({ status: 'closed' })).toEqual(new Set([ids.c]));
      expect(await set({ form: 'financial' })).toEqual(new Set([ids.a]));
      expect(await set({ kind: 'common' })).toEqual(new Set([ids.c]));
      expect(await set({ pledgerType: 'state' })).toEqual(new Set([ids.a]));
      expect(await set({ pledgerType: category })).toEqual(new Set([ids.b]));
      expect(await set({ year: 2025 })).toEqual(new Set([ids.a]));
      expect(await set({ year: 2022 })).toEqual(new Set());
    });

    it('gives each pledge its pledger category and SDG targets, and filters by category', async () => {
      const byId = new Map((await list({})).items.map((i) => [i.id, i]));
      expect(byId.get(ids.a!)).toMatchObject({ pledgerCategory: 'state', sdgTargets: [] });
      // An organisation that named no category: the one its stakeholder category implies.
      expect(byId.get(ids.b!)!.pledgerCategory).toBe(pledgerCategoryOfStakeholder[category] ?? null);
      expect(byId.get(ids.c!)).toMatchObject({ pledgerCategory: 'un_entity', sdgTargets: ['10.7', '17.18'] });
      expect(await set({ pledgerCategory: 'state' })).toEqual(new Set([ids.a]));
      expect(await set({ pledgerCategory: 'un_entity' })).toEqual(new Set([ids.c]));
      expect(await set({ pledgerCategory: 'academia' })).toEqual(new Set());
      const implied = pledgerCategoryOfStakeholder[category];
      if (implied) expect(await set({ pledgerCategory: implied })).toEqual(new Set([ids.b]));
      const parse = (query: string) => parsePledgeFilters(new URLSearchParams(query), choices);
      expect(parse('pledgerCategory=observer')).toMatchObject({
        ok: true,
        filters: { pledgerCategory: 'observer' },
      });
      expect(parse('pledgerCategory=ngo')).toMatchObject({ ok: false, field: 'pledgerCategory' });
    });

    it('filters by freshness with the rules of freshness.ts', async () => {
      expect(await set({ freshness: 'green' })).toEqual(new Set([ids.a]));
      expect(await set({ freshness: 'amber' })).toEqual(new Set());
      expect(await set({ freshness: 'red' })).toEqual(new Set([ids.b]));
    });

    it('searches titles in both languages, normalising Arabic', async () => {
      expect(await set({ q: 'BORDER' })).toEqual(new Set([ids.a]));
      expect(await set({ q: 'ادارة الحدود' })).toEqual(new Set([ids.a]));
      // The one Arabic fold (platform/text/arabic-fold.ts): ta marbuta and diacritics do not matter.
      expect(await set({ q: 'القانونيه' })).toEqual(new Set([ids.b]));
      expect(await set({ q: 'القَانُونِيَّة' })).toEqual(new Set([ids.b]));
      expect(await set({ q: '100%' })).toEqual(new Set());
    });

    it('sorts and pages', async () => {
      expect((await list({ sort: 'oldest' })).ids).toEqual([ids.b, ids.c, ids.a]);
      expect((await list({ sort: 'title' })).ids).toEqual([ids.b, ids.a, ids.c]);
      const page = await list({ sort: 'oldest' }, { limit: 1, offset: 1 });
      expect(page).toMatchObject({ ids: [ids.c], total: 3 });
    });

    it('validates filters, naming what is allowed', () => {
      const parse = (query: string) => parsePledgeFilters(new URLSearchParams(query), choices);
      expect(parse('objective=7&country=egy&region=las&sort=title')).toEqual({
        ok: true,
        filters: { objective: 7, country: 'EGY', region: 'LAS', sort: 'title' },
      });
      expect(parse('objective=24')).toMatchObject({ ok: false, field: 'objective', allowed: '1..23' });
      expect(parse('objective=7.0')).toMatchObject({ ok: false, field: 'objective' });
      expect(parse('status=draft')).toMatchObject({
        ok: false,
        field: 'status',
        allowed: ['published', 'closed'],
      });
      expect(parse('principle=nope')).toMatchObject({ ok: false, field: 'principle' });
      const bad = parse('freshness=blue&objective=3');
      expect(bad).toMatchObject({ ok: false, field: 'freshness', filters: { objective: 3 } });
      expect(parse('q=x&sort=relevance')).toEqual({ ok: true, filters: { q: 'x', sort: 'relevance' } });
    });

    it('ranks by relevance when words are searched, unless another order is asked for', async () => {
      const { db } = platform().database;
      const description = {
        en: `${sampleDescription.en} Savings groups are part of it.`,
        ar: sampleDescription.ar,
      };
      const strong = (
        await createPledge(db, {
          status: 'published',
          publishedAt: new Date('2020-05-01T10:00:00Z'),
          title: { en: 'Remittance corridors: cheaper remittances and remittance data' },
          description: { ...description, en: `${description.en} Remittances to rural families.` },
          objectives: [20],
        })
      ).id;
      const weak = (
        await createPledge(db, {
          status: 'published',
          publishedAt: new Date('2025-09-01T10:00:00Z'),
          title: { en: 'Youth skills centres' },
          description: { ...description, en: `${description.en} Some families receive remittances.` },
          objectives: [18],
        })
      ).id;
      const order = async (filters: PledgeFilters) =>
        (await list(filters)).ids.filter((id) => id === strong || id === weak);
      expect(await order({ q: 'remittances' })).toEqual([strong, weak]);
      expect(await order({ q: 'remittances', sort: 'relevance' })).toEqual([strong, weak]);
      expect(await order({ q: 'remittances', sort: 'newest' })).toEqual([weak, strong]);
      // Without words there is nothing to rank by: relevance is the newest first.
      expect((await list({ sort: 'relevance' })).ids).toEqual((await list({ sort: 'newest' })).ids);
      expect((await list({ sort: 'relevance' })).ids[0]).toBe(weak);
    });

    it('ranks at most the capped candidates of a common word, and still finds a rare one', async () => {
      const { db } = platform().database;
      for (let i = 0; i < 5; i++) {
        await createPledge(db, {
          status: 'published',
          publishedAt: new Date(`2021-0${i + 1}-01T10:00:00Z`),
          title: { ar: `دعم المهاجرين العائدين ${i}`, en: `Returning migrants support ${i}` },
          description: {
            ar: 'برامج لإدماج المهاجرين العائدين في سوق العمل.',
            en: 'Programmes for returning migrants.',
          },
          objectives: [21],
        });
      }
      const rare = (
        await createPledge(db, {
          status: 'published',
          publishedAt: new Date('2021-07-01T10:00:00Z'),
          title: {
            ar: 'تعاونيات الزعفران للمهاجرين العائدين',
            en: 'Saffron cooperatives for returning migrants',
          },
          objectives: [21],
        })
      ).id;
      const common = { q: 'المهاجرين العائدين' };
      const run = (filters: PledgeFilters, extra: { offset?: number; limit?: number } = {}) =>
        listPledges({ db, filters, today, countLimit: 1000, relevanceCandidates: 3, ...extra });
      const all = await listPledges({ db, filters: { ...common, sort: 'newest' }, today });
      expect(all.total).toBe(6);
      const ranked = await run(common);
      // The count is every match; the ranked list holds the candidates only, and ends there.
      expect(ranked.total).toBe(6);
      expect(ranked.items).toHaveLength(3);
      expect(ranked.hasMore).toBe(false);
      expect((await run(common, { limit: 2 })).hasMore).toBe(true);
      expect((await run(common, { offset: 3 })).items).toEqual([]);
      expect((await run(common, { offset: 3 })).total).toBe(6);
      // Every candidate is a match, ranked among themselves.
      const matching = new Set(all.items.map((i) => i.id));
      expect(ranked.items.every((i) => matching.has(i.id))).toBe(true);
      // A rare word has fewer matches than the cap: found, first.
      const saffron = await run({ q: 'الزعفران' });
      expect(saffron.items.map((i) => i.id)).toEqual([rare]);
      expect((await run({ q: 'الزعفران العائدين' })).items[0]?.id).toBe(rare);
    });
  });
}
