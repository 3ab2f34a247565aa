import { type ReactNode, useRef } from 'react';
import { useLocation, useRouteLoaderData } from 'react-router';
import { switchLocalePath } from '~/platform/i18n/locales';
import type { RootData } from '~/root.server';
import { CalendarSwitch } from './calendar-switch';
import { DigitsSwitch } from './digits-switch';
import { useHref, useI18n } from './i18n';
import { Link } from './link';
import { SearchBox } from './search-box';
import { MyWorkMenu, SiteNav, useMenusClose } from './site-nav';

export function SiteLayout({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n();
  const href = useHref();
  const root = useRouteLoaderData<RootData>('root');
  const location = useLocation();
  const other = locale === 'ar' ? 'en' : 'ar';
  const allowed = root?.nav.allowed ?? [];
  const header = useRef<HTMLElement>(null);
  useMenusClose(header);
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t('common.skipToContent')}
      </a>
      <header ref={header} className="relative border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 lg:flex-nowrap">
          <Link to={href('/')} className="text-xl font-bold text-brand-800 no-underline">
            {t('common.siteName')}
          </Link>
          <SiteNav allowed={allowed} />
          <div className="order-last w-full lg:order-none lg:ms-auto lg:w-auto">
            <SearchBox />
          </div>
          <div className="ms-auto flex flex-wrap items-center gap-2 text-sm lg:ms-0 lg:flex-nowrap">
            <Link
              to={switchLocalePath(location.pathname, other) + location.search}
              lang={other}
              hrefLang={other}
              reloadDocument
              className="rounded border border-slate-300 px-2 py-1 text-slate-800"
            >
              {t('common.switchLanguage')}
            </Link>
            {root?.user ? (
              <MyWorkMenu allowed={allowed} name={<bdi>{root.user.name}</bdi>} />
            ) : (
              <>
                <Link to={href('/sign-in')}>{t('common.signIn')}</Link>
                <Link
                  to={href('/sign-up')}
                  className="rounded bg-brand-700 px-3 py-1 text-white no-underline"
                >
                  {t('common.signUp')}
                </Link>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-4 text-sm text-slate-600">
          <p className="flex-1">{t('common.footer.about')}</p>
          <Link to={href('/open-data')}>{t('common.footer.openData')}</Link>
          {locale === 'ar' ? <DigitsSwitch /> : null}
          <CalendarSwitch />
        </div>
      </footer>
    </div>
  );
}
