import { Form, Link } from 'react-router';
import {
  type AuditFilters,
  auditPageSize,
  listAudit,
  listAuditFacets,
  parseDay,
} from '~/modules/admin/list-audit.server';
import { pageFrom } from '~/modules/admin/pagination';
import { guard } from '~/permissions/guard.server';
import { getDb } from '~/platform/platform.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { AuditChanges } from '~/ui/audit-changes';
import { SelectField, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { AdminPagination } from '~/ui/pagination-admin';
import type { Route } from './+types/audit';
import { adminTitle } from './meta';

const filterKeys = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'audit.read');
  const url = new URL(request.url);
  const filters: Required<AuditFilters> = {
    actor: '',
    action: '',
    entityType: '',
    entityId: '',
    from: '',
    to: '',
  };
  for (const key of filterKeys) filters[key] = (url.searchParams.get(key) ?? '').trim().slice(0, 200);
  // A day that is not a real date is ignored and flagged beside its field.
  const invalid = (['from', 'to'] as const).filter((k) => filters[k] !== '' && !parseDay(filters[k]));
  const { page, limit, offset } = pageFrom(url.searchParams, auditPageSize);
  const db = getDb();
  const { rows, total } = await listAudit({ db, filters, limit, offset });
  const facets = await listAuditFacets({ db });
  return { rows, total, filters, invalid, facets, page, pageSize: auditPageSize };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.audit.title');

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { rows, total, filters, invalid, facets, page, pageSize } = loaderData;
  const invalidDate = [{ code: 'invalidDate' }];
  return (
    <section aria-labelledby="audit-title">
      <BackToAdmin />
      <h1 id="audit-title" className="text-3xl font-bold">
        {t('admin.audit.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('admin.audit.intro')}</p>
      <Form
        method="get"
        role="search"
        aria-label={t('admin.audit.filtersLabel')}
        className="mt-4 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3"
      >
        <TextField
          label={t('admin.audit.actor')}
          name="actor"
          type="search"
          dir="ltr"
          defaultValue={filters.actor}
        />
        <SelectField label={t('admin.audit.action')} name="action" defaultValue={filters.action}>
          <option value="">{t('admin.audit.anyAction')}</option>
          {facets.actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('admin.audit.entityType')} name="entityType" defaultValue={filters.entityType}>
          <option value="">{t('admin.audit.anyEntityType')}</option>
          {facets.entityTypes.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('admin.audit.entityId')}
          name="entityId"
          dir="ltr"
          defaultValue={filters.entityId}
        />
        <TextField
          label={t('admin.audit.from')}
          name="from"
          type="date"
          defaultValue={filters.from}
          errors={invalid.includes('from') ? invalidDate : undefined}
        />
        <TextField
          label={t('admin.audit.to')}
          name="to"
          type="date"
          defaultValue={filters.to}
          errors={invalid.includes('to') ? invalidDate : undefined}
        />
        <div className="mb-4 flex items-end gap-4">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
            {t('common.filter')}
          </button>
          <Link to={href('/admin/audit')}>{t('admin.audit.clear')}</Link>
        </div>
      </Form>
      <p className="mt-2 text-sm text-slate-700" aria-live="polite">
        {total > 0 ? t('admin.audit.count', { count: total }) : t('admin.audit.none')}
      </p>
      <ol className="mt-4 space-y-4">
        {rows.map((entry) => (
          <li key={entry.id} className="rounded border border-slate-200 bg-white p-4">
            <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <code className="font-semibold">{entry.action}</code>
              <span>
                <span className="sr-only">{t('admin.audit.entity')}</span>
                {entry.entityType === 'user' ? (
                  <Link to={href(`/admin/users/${entry.entityId}`)}>
                    <bdi dir="ltr">{`${entry.entityType}/${entry.entityId}`}</bdi>
                  </Link>
                ) : (
                  <bdi dir="ltr">{`${entry.entityType}/${entry.entityId}`}</bdi>
                )}
              </span>
              <time dateTime={new Date(entry.at).toISOString()} className="text-sm text-slate-700">
                {date(entry.at, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' })}
              </time>
            </p>
            <p className="mt-1 text-sm">
              {entry.actorId && entry.actorEmail ? (
                <>
                  {t('admin.audit.by')}{' '}
                  <Link to={href(`/admin/users/${entry.actorId}`)}>
                    <bdi>{entry.actorName}</bdi>
                  </Link>{' '}
                  <bdi dir="ltr" className="text-slate-600">
                    {entry.actorEmail}
                  </bdi>
                </>
              ) : (
                t('admin.audit.bySystem')
              )}
            </p>
            <div className="mt-2">
              <AuditChanges changes={entry.changes} />
            </div>
          </li>
        ))}
      </ol>
      <AdminPagination page={page} pageSize={pageSize} total={total} />
    </section>
  );
}
