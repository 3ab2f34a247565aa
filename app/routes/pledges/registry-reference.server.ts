import { asc } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { countries } from '#db/schema/reference';
import type { PledgeFilterChoices } from '~/modules/pledges/list-pledges.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { listStakeholderCategories } from '~/modules/reference/list-stakeholder-categories.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { getDb } from '~/platform/platform.server';

export interface Named<K = string> {
  key: K;
  name: Translated;
}

/** The reference lists the registry's filters and the pledge page name things from (cached 60 s). */
export function registryReference() {
  return cachedReference('pledges-registry:reference', async () => {
    const [objectives, principles, regions, categories, countryRows] = await Promise.all([
      listObjectives({ withTitle: false }),
      listPrinciples(),
      listRegions(),
      listStakeholderCategories(),
      getDb()
        .select({ iso3: countries.iso3, name: countries.name })
        .from(countries)
        .orderBy(asc(countries.iso3)),
    ]);
    return {
      objectives: objectives.items.map((o): Named<number> => ({ key: o.number, name: o.shortLabel })),
      principles: principles.map((p): Named => ({ key: p.key, name: p.name })),
      regions: regions.map((r): Named => ({ key: r.id, name: r.name })),
      categories: categories.map((c): Named => ({ key: c.key, name: c.label })),
      countries: countryRows.map((c): Named => ({ key: c.iso3, name: c.name })),
    };
  });
}

export type RegistryReference = Awaited<ReturnType<typeof registryReference>>;

export const choicesOf = (ref: RegistryReference): PledgeFilterChoices => ({
  principles: ref.principles.map((p) => p.key),
  countries: ref.countries.map((c) => c.key),
  regions: ref.regions.map((r) => r.key),
  pledgerTypes: ['state', ...ref.categories.map((c) => c.key)],
});
