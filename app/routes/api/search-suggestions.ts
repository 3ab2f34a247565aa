import { apiJson } from '~/modules/api/responses';
import { maxQueryChars } from '~/modules/search/search-params';
import { presentMarked } from '~/modules/search/search-presenter';
import { suggest } from '~/modules/search/suggest.server';
import { guardPublic } from '~/permissions/guard.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import type { Route } from './+types/search-suggestions';

/** Search as you type: a few items matching the words typed so far (the last one as a prefix). */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  const locale = isLocale(lang) ? lang : 'ar';
  const suggestions = await suggest({
    subject: viewer.subject,
    q: (url.searchParams.get('q') ?? '').slice(0, maxQueryChars),
    locale,
  });
  // The header box shows the type in the reader's language on every page, whatever catalogs it has.
  const { t } = serverI18n(locale, 'latn');
  return apiJson(
    {
      data: suggestions.map((s) => ({
        id: s.id,
        type: s.type,
        typeLabel: t(`content.type.${s.type}.one`),
        path: s.path,
        language: s.language,
        visibility: s.visibility,
        title: presentMarked(s.title),
      })),
    },
    viewer.user ? { headers: { 'Cache-Control': 'private, no-store' } } : {},
  );
}
