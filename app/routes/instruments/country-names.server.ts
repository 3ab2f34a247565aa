import type { Translated } from '#db/schema/columns';
import { listCountries } from '~/modules/reference/list-countries.server';

/** Country names by ISO3 for the codes given (the reference list is small and cached upstream). */
export async function countryNames(codes: Iterable<string>): Promise<Record<string, Translated>> {
  const wanted = new Set(codes);
  if (!wanted.size) return {};
  const { items } = await listCountries({ limit: 500 });
  return Object.fromEntries(items.filter((c) => wanted.has(c.iso3)).map((c) => [c.iso3, c.name]));
}

/** Every state (members and observers, not territories), for pickers. */
export async function stateOptions() {
  const { items } = await listCountries({ limit: 500 });
  return items.filter((c) => c.unStatus !== 'other').map((c) => ({ iso3: c.iso3, name: c.name }));
}
