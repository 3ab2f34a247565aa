import { presentCountryDetail } from '~/modules/api/reference-presenters';
import { apiJson, apiNotFound } from '~/modules/api/responses';
import { countPublicContent } from '~/modules/content/count-content.server';
import { getCountry } from '~/modules/reference/get-country.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/country';

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const country = await getCountry({ iso3: params.iso3 });
  if (!country) return apiNotFound();
  const publicContent = await countPublicContent({ country: country.iso3 });
  return apiJson({ data: { ...presentCountryDetail(country), publicContent } });
}
