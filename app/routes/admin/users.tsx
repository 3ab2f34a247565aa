import { Form, Link } from 'react-router';
import { listUsers, usersPageSize } from '~/modules/admin/list-users.server';
import { pageFrom } from '~/modules/admin/pagination';
import { isAssignableRole } from '~/modules/admin/roles';
import { guard } from '~/permissions/guard.server';
import { assignableRoles } from '~/permissions/matrix';
import { getDb } from '~/platform/platform.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { RoleChip } from '~/ui/admin-roles';
import { SelectField, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { AdminPagination } from '~/ui/pagination-admin';
import { TableScroll } from '~/ui/table-scroll';
import type { Route } from './+types/users';
import { adminTitle } from './meta';

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'users.read');
  const url = new URL(request.url);
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const roleParam = url.searchParams.get('role') ?? '';
  const role = isAssignableRole(roleParam) ? roleParam : undefined;
  const { page, limit, offset } = pageFrom(url.searchParams, usersPageSize);
  const { rows, total } = await listUsers({ db: getDb(), q, role, limit, offset });
  return { rows, total, q, role: role ?? '', page, pageSize: usersPageSize };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.users.title');

export default function AdminUsers({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { rows, total, q, role, page, pageSize } = loaderData;
  return (
    <section aria-labelledby="users-title">
      <BackToAdmin />
      <h1 id="users-title" className="text-3xl font-bold">
        {t('admin.users.title')}
      </h1>
      <Form
        method="get"
        role="search"
        aria-label={t('admin.users.searchLabel')}
        className="mt-4 flex flex-wrap items-end gap-4"
      >
        <div className="min-w-64 flex-1">
          <TextField label={t('admin.users.q')} name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <div className="min-w-48">
          <SelectField label={t('admin.users.role')} name="role" defaultValue={role}>
            <option value="">{t('admin.users.anyRole')}</option>
            {assignableRoles.map((r) => (
              <option key={r} value={r}>
                {t(`admin.role.${r}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="mb-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
            {t('common.search')}
          </button>
        </div>
      </Form>
      <p className="mt-2 text-sm text-slate-700" aria-live="polite">
        {total > 0 ? t('admin.users.count', { count: total }) : t('admin.users.none')}
      </p>
      {rows.length > 0 ? (
        <TableScroll>
          <table className="mt-4 w-full border-collapse text-start">
            <caption className="sr-only">{t('admin.users.title')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pe-3 text-start">
                  {t('admin.users.name')}
                </th>
                <th scope="col" className="py-2 pe-3 text-start">
                  {t('admin.users.email')}
                </th>
                <th scope="col" className="py-2 pe-3 text-start">
                  {t('admin.users.roles')}
                </th>
                <th scope="col" className="py-2 text-start">
                  {t('admin.users.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pe-3">
                    <Link to={href(`/admin/users/${u.id}`)}>
                      <bdi>{u.name}</bdi>
                    </Link>
                  </td>
                  <td className="py-2 pe-3">
                    <bdi dir="ltr">{u.email}</bdi>
                  </td>
                  <td className="py-2 pe-3">
                    {u.roles.length > 0 ? (
                      <ul className="flex flex-wrap gap-1">
                        {u.roles.map((r) => (
                          <li key={`${r.role}:${r.scopeId}`}>
                            <RoleChip {...r} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="text-sm text-slate-600">{t('admin.users.noRoles')}</span>
                    )}
                  </td>
                  <td className="py-2 text-sm">
                    {u.disabled
                      ? t('admin.status.disabled')
                      : u.invitePending
                        ? t('admin.status.invited')
                        : t('admin.status.active')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <AdminPagination page={page} pageSize={pageSize} total={total} />
    </section>
  );
}
