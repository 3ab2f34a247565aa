import { getPlatform } from '../platform.server';

/** The site's public origin for absolute links (feeds, sitemap, canonical URLs, datasets): PUBLIC_URL, else the request's. */
export function siteOrigin(request: Request): string {
  const configured = getPlatform().config.PUBLIC_URL;
  return (configured ? new URL(configured).origin : new URL(request.url).origin).replace(/\/$/, '');
}
