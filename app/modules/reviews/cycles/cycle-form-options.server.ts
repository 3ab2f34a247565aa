import { asc, eq, inArray } from 'drizzle-orm';
import { countries, regionMembers, regions } from '#db/schema/reference';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { listPublishedTemplates } from '../templates/list-templates.server';
import { managedRegionIds } from './cycle-policy';

/** The regions the subject may open a cycle for (administrators: the groupings, not M49 areas). */
export async function managedRegions(options: { db?: DbOrTx; subject: Subject }) {
  const { db = getDb() } = options;
  const ids = managedRegionIds(options.subject);
  const columns = { id: regions.id, name: regions.name, kind: regions.kind };
  if (ids === 'any') {
    return db
      .select(columns)
      .from(regions)
      .where(inArray(regions.kind, ['organisation', 'regional_commission', 'process']))
      .orderBy(asc(regions.position), asc(regions.id));
  }
  if (!ids.length) return [];
  return db.select(columns).from(regions).where(inArray(regions.id, ids)).orderBy(asc(regions.id));
}

/** A region's member states with their names (the default states in scope of its cycles). */
export function regionStates(options: { db?: DbOrTx; regionId: string }) {
  const { db = getDb() } = options;
  return db
    .select({ iso3: countries.iso3, name: countries.name })
    .from(regionMembers)
    .innerJoin(countries, eq(countries.iso3, regionMembers.countryIso3))
    .where(eq(regionMembers.regionId, options.regionId))
    .orderBy(asc(countries.iso3));
}

/** What the cycle form offers: regions, the chosen region's states, published template versions. */
export async function cycleFormOptions(options: { db?: DbOrTx; subject: Subject; regionId: string | null }) {
  const { db = getDb() } = options;
  const [regionChoices, templates] = await readTogether(db, [
    () => managedRegions({ db, subject: options.subject }),
    () => listPublishedTemplates({ db }),
  ]);
  const regionId =
    options.regionId && regionChoices.some((r) => r.id === options.regionId)
      ? options.regionId
      : regionChoices.length === 1
        ? regionChoices[0]!.id
        : null;
  return {
    regions: regionChoices,
    regionId,
    states: regionId ? await regionStates({ db, regionId }) : [],
    templates,
  };
}
