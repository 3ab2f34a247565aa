import { sitemapPart } from '~/modules/open-data/sitemap.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/sitemap-part';

/** /sitemaps/<part>.xml: the framework pages, or a slice of one content type's public items, with hreflang alternates. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const match = /^([\w-]+)\.xml$/.exec(params.file);
  const body = match
    ? await sitemapPart({ db: getDb(), origin: siteOrigin(request), part: match[1]! })
    : null;
  if (!body) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
