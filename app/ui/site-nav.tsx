import { type ReactNode, type RefObject, useEffect } from 'react';
import { Form, useLocation } from 'react-router';
import { CsrfInput } from './forms';
import { useHref, useI18n } from './i18n';
import { Link } from './link';
import { myWorkLinks, type NavLinkItem, navAreas, visibleLinks } from './site-nav-items';

/**
 * The browser keeps at most one disclosure of a name open, without JavaScript: the phone menu and
 * "my work" (both full-width panels on a phone), and the areas among themselves. The areas cannot
 * share the menu's name: opening one would close the menu that holds it.
 */
const menuGroup = 'site-menu';
const areaGroup = 'site-area';
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

/** A menu's links the reader may follow, the current page marked. */
function MenuLinks({ links, allowed }: { links: readonly NavLinkItem[]; allowed: readonly string[] }) {
  const { t } = useI18n();
  const href = useHref();
  const { pathname } = useLocation();
  return visibleLinks(links, allowed).map((link) => {
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
  });
}

/**
 * The site's areas, rendered once for every width (decision 81): below `lg` a "menu" disclosure whose
 * areas open in place one at a time; from `lg` on, app.css shows the menu's content always and hides
 * its button, and each area opens as a drop-down. Disclosures all the way, so no JavaScript is needed.
 */
export function SiteNav({ allowed }: { allowed: readonly string[] }) {
  const { t } = useI18n();
  const href = useHref();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('common.nav.label')} className="text-sm">
      <details name={menuGroup} className="site-menu">
        <summary className={`${summaryClass} border border-slate-300 text-slate-800`}>
          {t('common.nav.menu')}
          <Chevron />
        </summary>
        <ul className="absolute inset-x-0 top-full z-20 flex flex-col border-b border-slate-200 bg-white px-4 py-2 shadow-lg lg:static lg:flex-row lg:items-center lg:gap-1 lg:border-0 lg:p-0 lg:shadow-none">
          {navAreas.map((area) => {
            const here = area.links.some((l) => isCurrent(pathname, href(l.to)));
            return (
              <li key={area.key} className="lg:relative">
                <details name={areaGroup}>
                  <summary
                    className={`${summaryClass} ${here ? 'font-bold text-brand-800' : 'text-slate-700'}`}
                  >
                    {t(area.label)}
                    <Chevron />
                  </summary>
                  <ul className="flex flex-col ps-3 lg:absolute lg:start-0 lg:top-full lg:z-20 lg:mt-1 lg:w-60 lg:rounded lg:border lg:border-slate-200 lg:bg-white lg:p-1 lg:shadow-lg">
                    <MenuLinks links={area.links} allowed={allowed} />
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </details>
    </nav>
  );
}

/** A signed-in person's own work, the queues waiting for them, their account and signing out. */
export function MyWorkMenu({ allowed, name }: { allowed: readonly string[]; name: ReactNode }) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <details name={menuGroup} className="sm:relative">
      <summary className={`${summaryClass} text-slate-800`}>
        {t('common.nav.myWork')}
        <Chevron />
      </summary>
      <div className="absolute inset-x-0 top-full z-20 mt-1 rounded border border-slate-200 bg-white p-1 shadow-lg sm:inset-x-auto sm:end-0 sm:w-64">
        <p className="px-3 py-2 text-xs text-slate-600">{name}</p>
        <ul className="flex flex-col">
          <MenuLinks links={myWorkLinks} allowed={allowed} />
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
