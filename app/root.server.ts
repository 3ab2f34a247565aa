import type { AppLoadContext, Params } from 'react-router';
import { viewerOf } from '~/permissions/guard.server';
import { can } from '~/permissions/resolver';
import { platformCookies, readersCalendar, readersDigits } from '~/platform/cookies.server';
import { csrfTokenFor } from '~/platform/forms.server';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { serialisedMessagesFor } from '~/platform/i18n/catalog.server';
import { defaultLocale, isLocale, type Locale, localeFromAcceptLanguage } from '~/platform/i18n/locales';
import { messagePartsFor, type RouteMessageTable } from '~/platform/i18n/route-messages';
import routeMessages from '~/route-messages.generated.json';
import { navActions } from '~/ui/site-nav-items';

/** URL prefix first; for pages outside /ar and /en (404s): cookie, Accept-Language, then Arabic. */
export function requestLocale(request: Request, params: Params): Locale {
  if (isLocale(params.lang)) return params.lang;
  const first = new URL(request.url).pathname.split('/')[1];
  if (isLocale(first)) return first;
  const cookie = platformCookies().read(request, 'locale');
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(request.headers.get('accept-language')) ?? defaultLocale;
}

export async function resolveRootData(request: Request, params: Params, context: AppLoadContext) {
  const locale = requestLocale(request, params);
  const viewer = await viewerOf(request);
  const cookies = platformCookies();
  const digits = readersDigits(request, viewer.user?.digits);
  const calendar = readersCalendar(request, viewer.user?.calendar);
  const headers = new Headers();
  if (isLocale(params.lang) && cookies.read(request, 'locale') !== params.lang) {
    headers.append('Set-Cookie', cookies.serialize('locale', params.lang, { maxAge: 365 * 86_400 }));
  }
  const subject = viewer.subject;
  return {
    headers,
    rootData: {
      locale,
      digits,
      calendar,
      /** The page's messages as one JSON string (parsed by ui/i18n.tsx's rootI18n). */
      messages: serialisedMessagesFor(
        locale,
        messagePartsFor(routeMessages as RouteMessageTable, new URL(request.url).pathname),
      ),
      csrfToken: csrfTokenFor(context.csrfCookie),
      requestId: context.requestId,
      /** For absolute links in the head: canonical URL, language alternates, OpenGraph. */
      origin: siteOrigin(request),
      user: viewer.user ? { id: viewer.user.id, name: viewer.user.name } : null,
      /** The actions among the menus' links this viewer may take somewhere (the menus show those links). */
      nav: { allowed: navActions.filter((a) => can(subject, a, undefined, { somewhere: true })) },
    },
  };
}

/** What the root loader sends every page (components read it with useRouteLoaderData('root')). */
export type RootData = Awaited<ReturnType<typeof resolveRootData>>['rootData'];
