import arabicRegular from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff2?url';
import arabicBold from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff2?url';
import latinRegular from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-400-normal.woff2?url';
import latinBold from '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-latin-700-normal.woff2?url';
import type { ReactNode } from 'react';
import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useRouteError,
  useRouteLoaderData,
} from 'react-router';
import type { Route } from './+types/root';
import './app.css';
import { messagePartsFor, type RouteMessageTable } from '~/platform/i18n/route-messages';
import routeMessages from '~/route-messages.generated.json';
import { enhanceScript, useHydrates } from '~/ui/hydration';
import { I18nProvider, useI18n } from '~/ui/i18n';
import { DocumentHydrates } from '~/ui/link';
import { useNonce } from '~/ui/nonce';
import { SeoLinks } from '~/ui/seo-links';
import { SiteLayout } from '~/ui/site-layout';
import { type RootData, resolveRootData } from './root.server';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { rootData, headers } = await resolveRootData(request, params, context);
  return data(rootData, { headers });
}

/**
 * Root data changes only with the locale, the user, the preferences or the message parts a
 * page needs: skip it on other plain navigations.
 */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod !== 'GET') return defaultShouldRevalidate;
  const [a, b] = [currentUrl.pathname, nextUrl.pathname];
  const table = routeMessages as RouteMessageTable;
  return (
    a.split('/')[1] !== b.split('/')[1] ||
    messagePartsFor(table, a).join() !== messagePartsFor(table, b).join()
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<RootData>('root');
  const nonce = useNonce();
  const hydrates = useHydrates();
  const locale = root?.locale ?? 'ar';
  return (
    <html lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} data-digits={root?.digits ?? 'arab'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        {root ? <SeoLinks origin={root.origin} locale={locale} /> : null}
        <Links />
        {/* The page's own script's two weights, fetched with the CSS rather than after it: text is
            laid out once in its font instead of shifting when the font arrives (Lighthouse CLS). */}
        {(locale === 'ar' ? [arabicRegular, arabicBold] : [latinRegular, latinBold]).map((font) => (
          <link key={font} rel="preload" href={font} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
      </head>
      <body>
        <DocumentHydrates.Provider value={hydrates}>
          {root ? <I18nProvider root={root}>{children}</I18nProvider> : children}
        </DocumentHydrates.Provider>
        {hydrates ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : (
          <script type="module" src={enhanceScript} nonce={nonce} />
        )}
      </body>
    </html>
  );
}

export default function App() {
  return (
    <SiteLayout>
      <Outlet />
    </SiteLayout>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<RootData>('root');
  if (!root) {
    // The root loader itself failed: no catalog to translate with, so both languages.
    return (
      <main>
        {/* i18n-ignore: bilingual on purpose, the catalog is unavailable here */}
        <h1>حدث خطأ — Something went wrong</h1>
      </main>
    );
  }
  return (
    <SiteLayout>
      <ErrorContent error={error} requestId={root.requestId} />
    </SiteLayout>
  );
}

function ErrorContent({ error, requestId }: { error: unknown; requestId: string }) {
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const code =
    isRouteErrorResponse(error) && typeof error.data === 'object' && error.data && 'code' in error.data
      ? String((error.data as { code: unknown }).code)
      : status === 404
        ? 'notFound'
        : status === 403
          ? 'forbidden'
          : 'server';
  return (
    <section aria-labelledby="error-title" className="mx-auto max-w-3xl py-12">
      <title>{`${t(`errors.${code}.title`)} · ${t('common.siteName')}`}</title>
      <p className="text-sm text-slate-600">{t('errors.statusLabel', { status })}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold">
        {t(`errors.${code}.title`)}
      </h1>
      <p className="mt-4">{t(`errors.${code}.body`)}</p>
      {status >= 500 ? (
        <p className="mt-4 text-sm">
          {t('errors.requestId')} <code>{requestId}</code>
        </p>
      ) : null}
    </section>
  );
}
