import type { ReactNode } from 'react';
import { Form, Link, NavLink, useLocation, useRouteLoaderData } from 'react-router';
import { switchLocalePath } from '~/platform/i18n/locales';
import type { RootData } from '~/root.server';
import { DigitsSwitch } from './digits-switch';
import { CsrfInput } from './forms';
import { useHref, useI18n } from './i18n';
import { SearchBox } from './search-box';

const navItems = [
  { to: '/objectives', key: 'common.nav.objectives' },
  { to: '/principles', key: 'common.nav.principles' },
  { to: '/countries', key: 'common.nav.countries' },
  { to: '/regions', key: 'common.nav.regions' },
  { to: '/thematic-areas', key: 'common.nav.thematicAreas' },
  { to: '/reviews', key: 'common.nav.reviews' },
  { to: '/plans', key: 'common.nav.plans' },
  { to: '/pledges', key: 'common.nav.pledges' },
  { to: '/coverage', key: 'common.nav.coverage' },
  { to: '/meetings', key: 'common.nav.meetings' },
  { to: '/hub', key: 'common.nav.hub' },
];

export function SiteLayout({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n();
  const href = useHref();
  const root = useRouteLoaderData<RootData>('root');
  const location = useLocation();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t('common.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link to={href('/')} className="text-xl font-bold text-brand-800 no-underline">
            {t('common.siteName')}
          </Link>
          <nav aria-label={t('common.nav.label')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {navItems.map((item) => (
              <NavLink
                key={item.to}
                to={href(item.to)}
                className={({ isActive }) => (isActive ? 'font-bold text-brand-800' : 'text-slate-700')}
              >
                {t(item.key)}
              </NavLink>
            ))}
          </nav>
          <div className="ms-auto flex flex-wrap items-center gap-3 text-sm">
            <SearchBox />
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
              <>
                <Link to={href('/reviews/mine')}>{t('common.nav.myReviews')}</Link>
                <Link to={href('/pledges/mine')}>{t('common.nav.myPledges')}</Link>
                {root.nav.admin ? <Link to={href('/admin')}>{t('common.nav.admin')}</Link> : null}
                <Link to={href('/account')}>
                  <bdi>{root.user.name}</bdi>
                </Link>
                <Form method="post" action={href('/sign-out')}>
                  <CsrfInput />
                  <button type="submit" className="text-slate-700 underline">
                    {t('common.signOut')}
                  </button>
                </Form>
              </>
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
        </div>
      </footer>
    </div>
  );
}
