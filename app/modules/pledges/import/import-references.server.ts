import { inArray, sql } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import { pledgeImportItems } from '#db/schema/pledge-imports';
import { pledgeIndicators, pledges } from '#db/schema/pledges';
import { countries, principles, regions } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import type { PledgeRow } from '../pledge-records.server';
import type { ImportStatus } from './import-columns';
import { matchKey } from './import-row';

/** What the database says about the references of an import file, loaded in a few bulk queries. */

export type Resolved =
  | { organisationId: string }
  | { countryIso3: string }
  | { problem: 'notFound' | 'ambiguous' };

const chunk = <T>(items: T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Reference lists and organisations, once per import. An organisation is named by its Marsad id or
 * by its exact name (Arabic or English; case and spacing ignored); a name two organisations share is
 * ambiguous — the import reports rather than guesses.
 */
export async function loadImportReferences(tx: DbOrTx) {
  // One after another: a transaction is one connection, and pg warns (and will refuse) overlapping queries on it.
  const countryRows = await tx.select({ iso3: countries.iso3 }).from(countries);
  const principleRows = await tx.select({ key: principles.key }).from(principles);
  const regionRows = await tx.select({ id: regions.id }).from(regions);
  const organisationRows = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations);
  const countrySet = new Set(countryRows.map((c) => c.iso3));
  const organisationIds = new Set(organisationRows.map((o) => o.id));
  const organisationsByName = new Map<string, Set<string>>();
  for (const o of organisationRows) {
    for (const name of [o.name.ar, o.name.en]) {
      if (!name) continue;
      const key = matchKey(name);
      const set = organisationsByName.get(key) ?? new Set<string>();
      set.add(o.id);
      organisationsByName.set(key, set);
    }
  }
  return {
    countries: countrySet,
    principles: new Set(principleRows.map((p) => p.key)),
    regionByUpper: new Map(regionRows.map((r) => [r.id.toUpperCase(), r.id])),
    resolveOrganisation(value: string): Resolved {
      if (isUuid(value)) {
        const id = value.toLowerCase();
        return organisationIds.has(id) ? { organisationId: id } : { problem: 'notFound' };
      }
      const found = organisationsByName.get(matchKey(value));
      if (!found) return { problem: 'notFound' };
      if (found.size > 1) return { problem: 'ambiguous' };
      return { organisationId: [...found][0]! };
    },
    resolveState(value: string): Resolved {
      const iso3 = value.trim().toUpperCase();
      return /^[A-Z]{3}$/.test(iso3) && countrySet.has(iso3)
        ? { countryIso3: iso3 }
        : { problem: 'notFound' };
    },
  };
}

/**
 * The pledges already in Marsad with these external ids, locked for the rest of the transaction,
 * with their import records, their indicators, and which have progress reported on an indicator.
 */
export async function loadExistingPledges(tx: DbOrTx, externalIds: string[]) {
  const byExternalId = new Map<string, PledgeRow>();
  for (const ids of chunk(externalIds)) {
    const found = await tx.select().from(pledges).where(inArray(pledges.externalId, ids)).for('update');
    for (const p of found) byExternalId.set(p.externalId!, p);
  }
  const pledgeIds = [...byExternalId.values()].map((p) => p.id);
  const items = new Map<string, { rowHash: string; pledgeVersion: number }>();
  const withProgress = new Set<string>();
  const indicators = new Map<string, (typeof pledgeIndicators.$inferSelect)[]>();
  for (const ids of chunk(pledgeIds)) {
    for (const i of await tx
      .select()
      .from(pledgeImportItems)
      .where(inArray(pledgeImportItems.pledgeId, ids))) {
      items.set(i.pledgeId, i);
    }
    const progressed = await tx.execute<{ pledge_id: string }>(sql`
      select distinct i.pledge_id from pledge_indicators i
      join pledge_update_values v on v.indicator_id = i.id
      where i.pledge_id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
    for (const r of progressed.rows) withProgress.add(r.pledge_id);
    const rows = await tx
      .select()
      .from(pledgeIndicators)
      .where(inArray(pledgeIndicators.pledgeId, ids))
      .orderBy(pledgeIndicators.pledgeId, pledgeIndicators.position);
    for (const i of rows) {
      const list = indicators.get(i.pledgeId) ?? [];
      list.push(i);
      indicators.set(i.pledgeId, list);
    }
  }
  return { byExternalId, items, withProgress, indicators };
}

const isPublic = (status: string | null | undefined) => status === 'published' || status === 'closed';

/**
 * Resolves the `matches` cells: a Marsad id or an external id, of a published or closed pledge in
 * Marsad or in the same file (by the ids planned for its rows). The resolver answers the matched
 * pledge's id, or null when it is not a public pledge other than the row's own.
 */
export async function matchResolver(
  tx: DbOrTx,
  options: {
    values: string[];
    plannedId: Map<string, string>;
    plannedStatus: Map<string, ImportStatus | null>;
  },
): Promise<(value: string, self: string) => string | null> {
  const { plannedId, plannedStatus } = options;
  const values = [...new Set(options.values)];
  const byId = new Map<string, { id: string; status: string }>();
  const byExternalId = new Map<string, { id: string; status: string }>();
  const columns = { id: pledges.id, status: pledges.status, externalId: pledges.externalId };
  for (const ids of chunk(values.filter(isUuid).map((v) => v.toLowerCase()))) {
    for (const p of await tx.select(columns).from(pledges).where(inArray(pledges.id, ids))) byId.set(p.id, p);
  }
  for (const ids of chunk(values.filter((v) => !isUuid(v) && !plannedId.has(v)))) {
    for (const p of await tx.select(columns).from(pledges).where(inArray(pledges.externalId, ids))) {
      byExternalId.set(p.externalId!, p);
    }
  }
  const externalIdOf = new Map([...plannedId.entries()].map(([externalId, id]) => [id, externalId]));
  return (value, self) => {
    if (isUuid(value)) {
      const id = value.toLowerCase();
      const inFile = externalIdOf.get(id);
      if (inFile !== undefined) return inFile !== self && isPublic(plannedStatus.get(inFile)) ? id : null;
      const found = byId.get(id);
      return found && isPublic(found.status) ? found.id : null;
    }
    if (value === self) return null;
    if (plannedId.has(value)) return isPublic(plannedStatus.get(value)) ? plannedId.get(value)! : null;
    const found = byExternalId.get(value);
    return found && isPublic(found.status) ? found.id : null;
  };
}
