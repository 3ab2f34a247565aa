import type { RegionKind } from '#db/schema/reference';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { regionKinds } from '~/modules/reference/constants';
import { type CoverageBy, type CoverageMatrix, coverageBys, coverageMatrix } from './coverage.server';

/**
 * The coverage query of a URL (API, pages, CSV): `by=region|country` (default region), `kind=`
 * the region kind of the columns for by=region, `region=` the region whose countries are the
 * columns for by=country. Bad values throw a 400 naming what is allowed; an unknown region, null.
 */
export async function coverageFromUrl(url: URL): Promise<CoverageMatrix | null> {
  const region = url.searchParams.get('region') || undefined;
  const by: CoverageBy = parseEnumParam(url, 'by', coverageBys) ?? (region ? 'country' : 'region');
  const kind = parseEnumParam(url, 'kind', regionKinds as readonly RegionKind[]);
  if (by === 'country' && !region) throw filterError('region', 'a region id (see /api/v1/regions)');
  return coverageMatrix({ by, regionKind: kind, region: by === 'country' ? region : undefined });
}
