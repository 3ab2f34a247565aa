import { type ReactNode, type RefObject, useEffect } from 'react';
import { Form, useLocation } from 'react-router';
import { CsrfInput } from './forms';
import { useHref, useI18n } from './i18n';
import { Link } from './link';
import { myWorkLinks, type NavArea, navAreas, visibleLinks } from './site-nav-items';

/** One name for every header menu: the browser keeps at most one of them open, without JavaScript. */
const menuGroup = 'site-menu';
const summaryClass =
  'flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1 hover:bg-slate-100 [&::-webkit-details-marker]:hidden';

function Chevron() {
  return (
    <span aria-hidden="true" className="text-xs text-slate-500">
      ▾
    </span>
  );
}

function isCurrent(pathname: string, target: string) {
  return pathname === target || pathname.startsWith(`${target}/`);
}

function AreaLinks({
  area,
  allowed,
  labelledBy,
}: {
  area: NavArea;
  allowed: readonly string[];
  labelledBy?: string;
}) {
  const { t } = useI18n();
  const href = useHref();
  const { pathname } = useLocation();
  return (
    <ul aria-labelledby={labelledBy} className="flex flex-col">
      {visibleLinks(area.links, allowed).map((link) => {
        const to = href(link.to);
        return (
          <li key={link.to}>
            <Link
              to={to}
              aria-current={pathname === to ? 'page' : undefined}
              className="block rounded px-3 py-2 text-slate-800 no-underline hover:bg-slate-100 aria-[current=page]:font-bold aria-[current=page]:text-brand-800"
            >
              {t(link.label)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The areas as disclosure menus in one row: wide screens only (phones get MenuButton). */
export function AreaMenus({ allowed }: { allowed: readonly string[] }) {
  const { t } = useI18n();
  const href = useHref();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('common.nav.label')} className="hidden text-sm lg:block">
      <ul className="flex items-center gap-1">
        {navAreas.map((area) => {
          const here = area.links.some((l) => isCurrent(pathname, href(l.to)));
          return (
            <li key={area.key} className="relative">
              <details name={menuGroup}>
                <summary
                  className={`${summaryClass} ${here ? 'font-bold text-brand-800' : 'text-slate-700'}`}
                >
                  {t(area.label)}
                  <Chevron />
                </summary>
                <div className="absolute start-0 top-full z-20 mt-1 w-60 rounded border border-slate-200 bg-white p-1 shadow-lg">
                  <AreaLinks area={area} allowed={allowed} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The whole site behind one button on phones and narrow windows; a disclosure, so no JavaScript needed. */
export function MenuButton({ allowed }: { allowed: readonly string[] }) {
  const { t } = useI18n();
  return (
    <details name={menuGroup} className="lg:hidden">
      <summary className={`${summaryClass} border border-slate-300 text-slate-800`}>
        {t('common.nav.menu')}
        <Chevron />
      </summary>
      <nav
        aria-label={t('common.nav.label')}
        className="absolute inset-x-0 top-full z-20 border-b border-slate-200 bg-white px-4 py-3 shadow-lg"
      >
        <div className="mx-auto grid max-w-6xl gap-x-6 gap-y-3 text-sm sm:grid-cols-2 md:grid-cols-3">
          {navAreas.map((area) => (
            <div key={area.key}>
              <p id={`menu-area-${area.key}`} className="px-3 text-xs font-bold text-slate-600">
                {t(area.label)}
              </p>
              <AreaLinks area={area} allowed={allowed} labelledBy={`menu-area-${area.key}`} />
            </div>
          ))}
        </div>
      </nav>
    </details>
  );
}

/** A signed-in person's own work, the queues waiting for them, their account and signing out. */
export function MyWorkMenu({ allowed, name }: { allowed: readonly string[]; name: ReactNode }) {
  const { t } = useI18n();
  const href = useHref();
  const { pathname } = useLocation();
  return (
    <details name={menuGroup} className="sm:relative">
      <summary className={`${summaryClass} text-slate-800`}>
        {t('common.nav.myWork')}
        <Chevron />
      </summary>
      <div className="absolute inset-x-0 top-full z-20 mt-1 rounded border border-slate-200 bg-white p-1 shadow-lg sm:inset-x-auto sm:end-0 sm:w-64">
        <p className="px-3 py-2 text-xs text-slate-600">{name}</p>
        <ul className="flex flex-col">
          {visibleLinks(myWorkLinks, allowed).map((link) => {
            const to = href(link.to);
            return (
              <li key={link.to}>
                <Link
                  to={to}
                  aria-current={pathname === to ? 'page' : undefined}
                  className="block rounded px-3 py-2 text-slate-800 no-underline hover:bg-slate-100 aria-[current=page]:font-bold"
                >
                  {t(link.label)}
                </Link>
              </li>
            );
          })}
        </ul>
        <Form method="post" action={href('/sign-out')} className="border-t border-slate-200 pt-1">
          <CsrfInput />
          <button
            type="submit"
            className="block w-full rounded px-3 py-2 text-start text-slate-800 hover:bg-slate-100"
          >
            {t('common.signOut')}
          </button>
        </Form>
      </div>
    </details>
  );
}

/**
 * With JavaScript, the menus also close on a navigation, on a click outside them and on Escape
 * (which gives the focus back to the menu's button), as a reader expects of a menu.
 */
export function useMenusClose(header: RefObject<HTMLElement | null>) {
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is what a new location means
  useEffect(() => {
    for (const d of header.current?.querySelectorAll('details[open]') ?? [])
      (d as HTMLDetailsElement).open = false;
  }, [location.key, header]);
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      for (const d of header.current?.querySelectorAll<HTMLDetailsElement>('details[open]') ?? [])
        if (!d.contains(e.target as Node)) d.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const open = (e.target as Element | null)?.closest?.('details[open]') as HTMLDetailsElement | null;
      if (!open || !header.current?.contains(open)) return;
      open.open = false;
      open.querySelector('summary')?.focus();
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [header]);
}
