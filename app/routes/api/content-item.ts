import { apiJson, apiNotFound } from '~/modules/api/responses';
import { isContentTypeKey } from '~/modules/content/content-type-keys';
import { getPublicContentItem } from '~/modules/open-data/public-content.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import type { Route } from './+types/content-item';

/** GET /api/v1/content/{type}/{id}: one public item with its full text; 404 for anything else. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  if (!isContentTypeKey(params.type) || !params.id || params.id.length > 200) return apiNotFound();
  const item = await getPublicContentItem({ type: params.type, id: params.id, origin: siteOrigin(request) });
  if (!item) return apiNotFound();
  return apiJson({ data: item }, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
