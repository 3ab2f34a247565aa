import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { unNetworkGroups, unNetworks } from '#db/schema/instruments';
import { countries, regions } from '#db/schema/reference';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { canManageInstruments } from '../instruments-policy';

const visible = (subject: Subject | null): SQL | undefined =>
  subject && canManageInstruments(subject) ? undefined : eq(unNetworks.status, 'published');

const networkColumns = {
  id: unNetworks.id,
  slug: unNetworks.slug,
  level: unNetworks.level,
  name: unNetworks.name,
  originalLanguage: unNetworks.originalLanguage,
  countryIso3: unNetworks.countryIso3,
  countryName: countries.name,
  regionId: unNetworks.regionId,
  regionName: regions.name,
  establishedYear: unNetworks.establishedYear,
  lead: unNetworks.lead,
  members: unNetworks.members,
  executiveCommittee: unNetworks.executiveCommittee,
  confirmation: unNetworks.confirmation,
  sources: unNetworks.sources,
  status: unNetworks.status,
  version: unNetworks.version,
  updatedAt: unNetworks.updatedAt,
};

const levelOrder = { global: 0, regional: 1, country: 2 } as const;

/**
 * The networks (global first, then regional, then country networks by state), each with its working
 * groups and workstreams; published only unless the subject keeps the registry.
 */
export async function listNetworks(options: { db?: DbOrTx; subject?: Subject | null; where?: SQL } = {}) {
  const { db = getDb(), subject = null } = options;
  const rows = await db
    .select(networkColumns)
    .from(unNetworks)
    .leftJoin(countries, eq(countries.iso3, unNetworks.countryIso3))
    .leftJoin(regions, eq(regions.id, unNetworks.regionId))
    .where(and(visible(subject), options.where))
    .orderBy(asc(unNetworks.countryIso3), asc(unNetworks.slug));
  const groups = rows.length
    ? await db
        .select()
        .from(unNetworkGroups)
        .where(
          inArray(
            unNetworkGroups.networkId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(unNetworkGroups.position))
    : [];
  return rows
    .map((r) => ({ ...r, groups: groups.filter((g) => g.networkId === r.id) }))
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
}

/** A country's network (published), for its profile page; null when it has none. */
export async function countryNetwork(options: { db?: DbOrTx; iso3: string }) {
  const [network] = await listNetworks({
    db: options.db,
    where: eq(unNetworks.countryIso3, options.iso3.toUpperCase()),
  });
  return network ?? null;
}

/** One network by slug, or null when absent or not visible. */
export async function findNetwork(options: { db?: DbOrTx; subject?: Subject | null; slug: string }) {
  const [network] = await listNetworks({
    ...options,
    where: eq(unNetworks.slug, options.slug.toLowerCase()),
  });
  return network ?? null;
}
