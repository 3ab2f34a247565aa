import { sitemapIndex } from '~/modules/open-data/sitemap.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/sitemap';

/** /sitemap.xml: the sitemap index of the public site (parts at /sitemaps/<part>.xml). */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const body = await sitemapIndex({ db: getDb(), origin: siteOrigin(request) });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
