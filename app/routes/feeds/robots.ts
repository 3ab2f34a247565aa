import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import type { Route } from './+types/robots';

/** /robots.txt: everything public may be crawled except administration; the sitemap's address. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const body = `User-agent: *\nDisallow: /ar/admin\nDisallow: /en/admin\nSitemap: ${siteOrigin(request)}/sitemap.xml\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
