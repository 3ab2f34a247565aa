import type { Translated } from '#db/schema/columns';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { listThematicAreas } from '~/modules/reference/list-thematic-areas.server';

/** Names of the places and thematic areas the fund's pages show (small reference lists, cached upstream). */
export async function fundingNames() {
  const [{ items: countries }, regions, areas] = await Promise.all([
    listCountries({ limit: 500 }),
    listRegions(),
    listThematicAreas(),
  ]);
  const places: Record<string, Translated> = {};
  for (const c of countries) places[c.iso3] = c.name;
  for (const r of regions) places[r.id] = r.name;
  const areaNames: Record<number, Translated> = {};
  for (const a of areas) areaNames[a.id] = a.name;
  return {
    places,
    areaNames,
    countries: countries.map((c) => ({ iso3: c.iso3, name: c.name })),
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    areas: areas.map((a) => ({ id: a.id, name: a.name })),
  };
}
