import { asc, eq, sql } from 'drizzle-orm';
import { countries, organisations, regions } from '#db/schema/index';
import type { ScopeType } from '~/permissions/matrix';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';

/** Whether the region, country or organisation a scoped role points at exists. */
export async function scopeExists(db: DbOrTx, scopeType: ScopeType, scopeId: string): Promise<boolean> {
  switch (scopeType) {
    case 'global':
      return scopeId === '';
    case 'region':
      return (
        (await db.select({ id: regions.id }).from(regions).where(eq(regions.id, scopeId)).limit(1)).length > 0
      );
    case 'country':
      return (
        (await db.select({ id: countries.iso3 }).from(countries).where(eq(countries.iso3, scopeId)).limit(1))
          .length > 0
      );
    case 'organisation':
      if (!isUuid(scopeId)) return false;
      return (
        (
          await db
            .select({ id: organisations.id })
            .from(organisations)
            .where(eq(organisations.id, scopeId))
            .limit(1)
        ).length > 0
      );
  }
}

/** What the scope select of the role forms offers: regions and processes, countries, organisations. */
export async function listScopeOptions(db: DbOrTx) {
  const [regionRows, countryRows, organisationRows] = [
    await db
      .select({ id: regions.id, name: regions.name })
      .from(regions)
      .orderBy(asc(regions.position), asc(regions.id)),
    await db
      .select({ id: countries.iso3, name: countries.name })
      .from(countries)
      .orderBy(asc(countries.iso3)),
    await db
      .select({ id: sql<string>`${organisations.id}::text`, name: organisations.name })
      .from(organisations)
      .orderBy(asc(organisations.createdAt)),
  ];
  return { region: regionRows, country: countryRows, organisation: organisationRows };
}
export type ScopeOptions = Awaited<ReturnType<typeof listScopeOptions>>;
