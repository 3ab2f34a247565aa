import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { contentTypeKeys, isContentTypeKey } from '~/modules/content/content-type-keys';
import { buildAtomFeed } from '~/modules/open-data/feeds.server';
import { isObjectiveNumber } from '~/modules/reference/constants';
import { getCountry } from '~/modules/reference/get-country.server';
import { getRegion } from '~/modules/reference/get-region.server';
import { guardPublic } from '~/permissions/guard.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { locales } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

/**
 * Atom feeds of new publications: /feeds/all.atom, /feeds/objectives/<n>.atom,
 * /feeds/countries/<ISO3>.atom, /feeds/regions/<id>.atom, /feeds/types/<type>.atom; `?lang=en`
 * for English (Arabic by default).
 */
export async function feedResponse(request: Request, kind: string, file: string): Promise<Response> {
  await guardPublic(request);
  const url = new URL(request.url);
  const lang = parseEnumParam(url, 'lang', locales) ?? 'ar';
  const i18n = serverI18n(lang);
  const match = /^([\w-]+)\.atom$/.exec(file);
  if (!match) return notFound();
  const name = match[1]!;
  let scope: Parameters<typeof buildAtomFeed>[0]['scope'];
  let title: string;
  switch (kind) {
    case 'all':
      if (name !== 'all') return notFound();
      scope = {};
      title = i18n.t('open-data.feed.all');
      break;
    case 'objectives': {
      const n = Number(name);
      if (!/^\d+$/.test(name) || !isObjectiveNumber(n)) throw filterError('objective', '1..23');
      scope = { objective: n };
      title = i18n.t('open-data.feed.objective', { number: i18n.number(n) });
      break;
    }
    case 'countries': {
      const country = await getCountry({ iso3: name });
      if (!country) return notFound();
      scope = { country: country.iso3 };
      title = i18n.pick(country.name).text;
      break;
    }
    case 'regions': {
      const region = await getRegion({ id: name });
      if (!region) return notFound();
      scope = { region: region.id };
      title = i18n.pick(region.name).text;
      break;
    }
    case 'types':
      if (!isContentTypeKey(name)) throw filterError('type', contentTypeKeys);
      scope = { types: [name] };
      title = i18n.t(`content.type.${name}.other`);
      break;
    default:
      return notFound();
  }
  const xml = await buildAtomFeed({
    db: getDb(),
    origin: siteOrigin(request),
    lang,
    scope,
    title,
    selfPath: url.pathname + url.search,
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
