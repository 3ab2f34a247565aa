import { data, Form, Link, redirect, useActionData } from 'react-router';
import { z } from 'zod';
import {
  listOrganisationsAdmin,
  organisationsPageSize,
} from '~/modules/admin/list-organisations-admin.server';
import { pageFrom } from '~/modules/admin/pagination';
import { setOrganisationVerified } from '~/modules/admin/set-organisation-verified.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { getDb } from '~/platform/platform.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { CsrfInput, FormAlert, valueOf as submitted } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { AdminPagination } from '~/ui/pagination-admin';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/organisations';
import { noticeOf } from './admin.server';
import { adminTitle } from './meta';

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'organisations.verify');
  const url = new URL(request.url);
  const status = url.searchParams.get('status');
  const verified = status === 'verified' ? true : status === 'unverified' ? false : undefined;
  const { page, limit, offset } = pageFrom(url.searchParams, organisationsPageSize);
  const { rows, total } = await listOrganisationsAdmin({ db: getDb(), verified, limit, offset });
  return {
    rows,
    total,
    status: verified === undefined ? '' : (status as string),
    page,
    pageSize: organisationsPageSize,
    notice: noticeOf(url),
  };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.organisations.title');

const verifySchema = z.object({
  organisationId: z.string().min(1).max(40),
  verified: z.enum(['true', 'false']),
  version: z.coerce.number().int().min(1),
});

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'organisations.verify');
  const form = await readForm(request, context);
  const parsed = parseForm(form, verifySchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const verified = parsed.data.verified === 'true';
  const outcome = await attemptForm(form, () =>
    setOrganisationVerified({
      db: getDb(),
      actorId: viewer.user?.id ?? null,
      organisationId: parsed.data.organisationId,
      verified,
      expectedVersion: parsed.data.version,
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) return outcome.response;
  const back = new URL(request.url);
  back.searchParams.set('notice', verified ? 'verified' : 'unverified');
  return redirect(`/${params.lang}/admin/organisations${back.search}`);
}

export default function AdminOrganisations({ loaderData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const actionData = useActionData<SubmissionResult>();
  const { rows, total, status, page, pageSize, notice } = loaderData;
  const failedId = actionData ? submitted(actionData, 'organisationId') : '';
  return (
    <section aria-labelledby="organisations-title">
      <BackToAdmin />
      <h1 id="organisations-title" className="text-3xl font-bold">
        {t('admin.organisations.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('admin.organisations.intro')}</p>
      {notice ? <FormAlert tone="success">{t(`admin.notice.${notice}`)}</FormAlert> : null}
      {actionData && !failedId ? <FormAlert error={actionData.formError} /> : null}
      <nav aria-label={t('admin.organisations.filterLabel')} className="mt-4 flex flex-wrap gap-4 text-sm">
        {(['', 'unverified', 'verified'] as const).map((s) => (
          <Link
            key={s || 'all'}
            to={href(`/admin/organisations${s ? `?status=${s}` : ''}`)}
            aria-current={status === s ? 'page' : undefined}
            className={status === s ? 'font-bold' : undefined}
          >
            {t(`admin.organisations.filter.${s || 'all'}`)}
          </Link>
        ))}
      </nav>
      <p className="mt-2 text-sm text-slate-700">
        {total > 0 ? t('admin.organisations.count', { count: total }) : t('admin.organisations.none')}
      </p>
      <ul className="mt-4 space-y-3">
        {rows.map((o) => {
          const error = failedId === o.id ? actionData?.formError : undefined;
          return (
            <li key={o.id} className="rounded border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-3">
                <Link to={href(`/organisations/${o.id}`)} className="font-semibold">
                  <TranslatedText value={o.name} />
                </Link>
                <span
                  className={`rounded px-2 py-0.5 text-xs ${o.verified ? 'bg-green-100 text-green-900' : 'bg-amber-100 text-amber-900'}`}
                >
                  {o.verified ? t('admin.organisations.verified') : t('admin.organisations.unverified')}
                </span>
                {o.countryName ? (
                  <span className="text-sm text-slate-700">
                    <bdi>{pick(o.countryName).text}</bdi>
                  </span>
                ) : null}
                {o.website && /^https?:\/\//i.test(o.website) ? (
                  <a href={o.website} rel="noopener noreferrer nofollow" className="text-sm">
                    <bdi dir="ltr">{o.website}</bdi>
                  </a>
                ) : null}
              </div>
              <FormAlert error={error} />
              <Form method="post" className="mt-2">
                <CsrfInput />
                <input type="hidden" name="organisationId" value={o.id} />
                <input type="hidden" name="verified" value={o.verified ? 'false' : 'true'} />
                <input type="hidden" name="version" value={o.version} />
                <button
                  type="submit"
                  className="rounded border border-slate-400 px-3 py-1 text-sm"
                  aria-label={t(
                    o.verified ? 'admin.organisations.unverifyLabel' : 'admin.organisations.verifyLabel',
                    {
                      name: pick(o.name).text,
                    },
                  )}
                >
                  {o.verified ? t('admin.organisations.unverify') : t('admin.organisations.verify')}
                </button>
              </Form>
            </li>
          );
        })}
      </ul>
      <AdminPagination page={page} pageSize={pageSize} total={total} />
    </section>
  );
}
