import { asc } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import { countries } from '#db/schema/reference';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { getDb } from '~/platform/platform.server';

/** The reference lists the Hub's forms and filters name things from (cached 60 s). */
export function hubReference() {
  return cachedReference('hub:reference', async () => {
    const [objectives, principles, regions, countryRows] = await Promise.all([
      listObjectives({ withTitle: false }),
      listPrinciples(),
      listRegions(),
      getDb()
        .select({ iso3: countries.iso3, name: countries.name })
        .from(countries)
        .orderBy(asc(countries.iso3)),
    ]);
    return {
      objectives: objectives.items.map((o) => ({ key: o.number, name: o.shortLabel })),
      principles: principles.map((p) => ({ key: p.key, name: p.name })),
      regions: regions.map((r) => ({ key: r.id, name: r.name, kind: r.kind })),
      countries: countryRows.map((c) => ({ key: c.iso3, name: c.name })),
    };
  });
}
export type HubReference = Awaited<ReturnType<typeof hubReference>>;

/** Organisations whose members a discussion space may be held for (audience "groups"). */
export async function spaceGroupOrganisations() {
  return getDb().select({ key: organisations.id, name: organisations.name }).from(organisations);
}
