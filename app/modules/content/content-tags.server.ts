import { inArray } from 'drizzle-orm';
import { regionMembers } from '#db/schema/reference';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { DbOrTx } from '~/platform/db.server';

export interface ContentTags {
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
}

/**
 * The tags of many items for the index, from the shared tagging tables, with countries the item
 * concerns beyond its tags (e.g. the state that made a pledge) added, and regions widened to those
 * containing any of its countries — so "in the Arab region" is one array test on the index.
 */
export async function contentTags(
  db: DbOrTx,
  options: { tagEntityType: string; ids: readonly string[]; countriesOf?: (id: string) => readonly string[] },
): Promise<Map<string, ContentTags>> {
  const tags = await getTags({ db, entityType: options.tagEntityType, entityIds: [...options.ids] });
  const out = new Map<string, ContentTags>();
  const allCountries = new Set<string>();
  for (const id of options.ids) {
    const own = tags.get(id);
    const countries = [...new Set([...(own?.countries ?? []), ...(options.countriesOf?.(id) ?? [])])];
    for (const c of countries) allCountries.add(c);
    out.set(id, {
      objectives: own?.objectives ?? [],
      principles: own?.principles ?? [],
      countries,
      regions: own?.regions ?? [],
    });
  }
  if (allCountries.size) {
    const members = await db
      .select({ region: regionMembers.regionId, country: regionMembers.countryIso3 })
      .from(regionMembers)
      .where(inArray(regionMembers.countryIso3, [...allCountries]));
    const regionsOf = new Map<string, string[]>();
    for (const m of members) regionsOf.set(m.country, [...(regionsOf.get(m.country) ?? []), m.region]);
    for (const entry of out.values()) {
      entry.regions = [
        ...new Set([...entry.regions, ...entry.countries.flatMap((c) => regionsOf.get(c) ?? [])]),
      ];
    }
  }
  return out;
}

export const yearOf = (date: Date | null | undefined) => (date ? new Date(date).getUTCFullYear() : null);
