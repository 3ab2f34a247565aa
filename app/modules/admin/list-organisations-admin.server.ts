import { asc, count, desc, eq, type SQL } from 'drizzle-orm';
import { countries, organisations } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';

export const organisationsPageSize = 25;

/** Organisations for the verification list: unverified first, newest first, one page at a time. */
export async function listOrganisationsAdmin(options: {
  db: DbOrTx;
  verified?: boolean;
  limit?: number;
  offset?: number;
}) {
  const { db, verified, limit = organisationsPageSize, offset = 0 } = options;
  const where: SQL | undefined = verified === undefined ? undefined : eq(organisations.verified, verified);
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      website: organisations.website,
      countryName: countries.name,
      verified: organisations.verified,
      version: organisations.version,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .leftJoin(countries, eq(countries.iso3, organisations.countryIso3))
    .where(where)
    .orderBy(asc(organisations.verified), desc(organisations.createdAt), asc(organisations.id))
    .limit(limit)
    .offset(offset);
  const [totalRow] = await db.select({ total: count() }).from(organisations).where(where);
  return { rows, total: Number(totalRow?.total ?? 0) };
}
