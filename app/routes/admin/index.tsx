import { Link } from 'react-router';
import { useHref, useI18n } from '~/ui/i18n';
import type { Route } from './+types/index';
import { guardAnyAdmin } from './admin.server';
import { adminTitle } from './meta';

export async function loader({ request }: Route.LoaderArgs) {
  const { sections } = await guardAnyAdmin(request);
  return { sections };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.home.title');

export default function AdminHome({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title" className="text-3xl font-bold">
        {t('admin.home.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('admin.home.intro')}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {loaderData.sections.map((s) => (
          <li key={s.key} className="rounded border border-slate-200 bg-white p-4">
            <Link to={href(s.path)} className="text-lg font-semibold">
              {t(`admin.section.${s.key}.title`)}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{t(`admin.section.${s.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
