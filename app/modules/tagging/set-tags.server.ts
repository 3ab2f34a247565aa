import { and, eq, inArray, sql } from 'drizzle-orm';
import { countries, principles, regions } from '#db/schema/reference';
import { countryTags, objectiveTags, principleTags, regionTags } from '#db/schema/tagging';
import { isObjectiveNumber } from '~/modules/reference/constants';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { entityTypePattern, type TagSet } from './tag-set';

export interface SetTagsInput {
  db?: DbOrTx;
  entityType: string;
  entityId: string;
  /** Each list given replaces that kind of tag; a kind left out keeps its tags. */
  tags: Partial<TagSet>;
}

const invalid = (field: string, value: string | number) =>
  new AppError('invalidChoice', 400, { field, value: String(value) });
const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Replaces an entity's objective / principle / country / region tags in one transaction.
 * Objectives must be 1–23; principles, countries (ISO3, any case) and regions must exist.
 * Returns the tags now stored for the kinds that were given.
 */
export async function setTags(input: SetTagsInput): Promise<Partial<TagSet>> {
  const { db = getDb(), entityType, entityId, tags } = input;
  if (!entityTypePattern.test(entityType)) throw invalid('entityType', entityType);
  if (!entityId || entityId.length > 100) throw invalid('entityId', entityId);

  const objectives = tags.objectives && unique(tags.objectives);
  for (const n of objectives ?? []) if (!isObjectiveNumber(n)) throw invalid('objectives', n);
  const principleKeys = tags.principles && unique(tags.principles);
  const countryCodes = tags.countries && unique(tags.countries.map((c) => c.toUpperCase()));
  const regionIds = tags.regions && unique(tags.regions);

  return db.transaction(async (tx) => {
    const out: Partial<TagSet> = {};
    const key = (
      table: typeof objectiveTags | typeof principleTags | typeof countryTags | typeof regionTags,
    ) => and(eq(table.entityType, entityType), eq(table.entityId, entityId));

    if (principleKeys?.length) {
      const found = new Set(
        (
          await tx
            .select({ k: principles.key })
            .from(principles)
            .where(inArray(principles.key, principleKeys))
        ).map((r) => r.k),
      );
      for (const k of principleKeys) if (!found.has(k)) throw invalid('principles', k);
    }
    const canonicalRegions = new Map<string, string>();
    if (regionIds?.length) {
      const upper = regionIds.map((r) => r.toUpperCase());
      const rows = await tx
        .select({ id: regions.id })
        .from(regions)
        .where(sql`upper(${regions.id}) in ${upper}`);
      for (const r of rows) canonicalRegions.set(r.id.toUpperCase(), r.id);
      for (const r of regionIds) if (!canonicalRegions.has(r.toUpperCase())) throw invalid('regions', r);
    }
    if (countryCodes?.length) {
      const found = new Set(
        (
          await tx.select({ k: countries.iso3 }).from(countries).where(inArray(countries.iso3, countryCodes))
        ).map((r) => r.k),
      );
      for (const c of countryCodes) if (!found.has(c)) throw invalid('countries', c);
    }

    if (objectives) {
      await tx.delete(objectiveTags).where(key(objectiveTags));
      if (objectives.length)
        await tx
          .insert(objectiveTags)
          .values(objectives.map((objective) => ({ entityType, entityId, objective })));
      out.objectives = [...objectives].sort((a, b) => a - b);
    }
    if (principleKeys) {
      await tx.delete(principleTags).where(key(principleTags));
      if (principleKeys.length)
        await tx
          .insert(principleTags)
          .values(principleKeys.map((principle) => ({ entityType, entityId, principle })));
      out.principles = principleKeys;
    }
    if (countryCodes) {
      await tx.delete(countryTags).where(key(countryTags));
      if (countryCodes.length)
        await tx
          .insert(countryTags)
          .values(countryCodes.map((country) => ({ entityType, entityId, country })));
      out.countries = [...countryCodes].sort();
    }
    if (regionIds) {
      const ids = unique(regionIds.map((r) => canonicalRegions.get(r.toUpperCase())!));
      await tx.delete(regionTags).where(key(regionTags));
      if (ids.length)
        await tx.insert(regionTags).values(ids.map((region) => ({ entityType, entityId, region })));
      out.regions = ids.sort();
    }
    return out;
  });
}
