import { Form, Link, redirect } from 'react-router';
import { listReportBundles } from '~/modules/report-bundle/list-report-bundles.server';
import { requestReportBundle } from '~/modules/report-bundle/request-report-bundle.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/report-bundles';

/**
 * The bundle for the Secretary-General's biennial report: the Network secretariat chooses a period,
 * a background job builds the ZIP, this page shows each bundle's progress (reload the page, or follow
 * "refresh": no script needed) and offers the download once it is ready.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'indicators.manage');
  const bundles = await listReportBundles({ subject: viewer.subject });
  return {
    bundles: bundles.map((b) => ({
      id: b.id,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      status: b.status,
      partsDone: b.partsDone,
      partsTotal: b.partsTotal,
      byteSize: b.byteSize,
      createdAt: b.createdAt.toISOString(),
    })),
    requested: new URL(request.url).searchParams.get('notice') === 'requested',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'indicators.manage');
  const done = await attemptForm(
    { request, context },
    { run: (input) => requestReportBundle({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/indicators/report-bundles?notice=requested`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('indicators.bundle.title') }));

export default function ReportBundles({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const errors = (name: string) => result?.fieldErrors?.[name];
  const v = (name: string) => submitted(result, name);
  const pending = loaderData.bundles.some((b) => b.status === 'queued' || b.status === 'running');
  return (
    <>
      <p className="mb-2">
        <Link to={href('/indicators')}>{t('indicators.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('indicators.bundle.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('indicators.bundle.intro')}</p>
      {loaderData.requested ? <FormAlert tone="success">{t('indicators.bundle.requested')}</FormAlert> : null}

      <Form method="post" className="mt-6 max-w-xl" noValidate>
        <CsrfInput />
        <FormAlert error={result?.formError} />
        <TextField
          label={t('indicators.bundle.start')}
          name="periodStart"
          type="date"
          defaultValue={v('periodStart')}
          errors={errors('periodStart')}
        />
        <TextField
          label={t('indicators.bundle.end')}
          name="periodEnd"
          type="date"
          defaultValue={v('periodEnd')}
          errors={errors('periodEnd')}
        />
        <SubmitButton>{t('indicators.bundle.build')}</SubmitButton>
      </Form>

      <section aria-labelledby="bundles" className="mt-8">
        <h2 id="bundles" className="text-xl font-bold">
          {t('indicators.bundle.list')}
        </h2>
        {pending ? (
          <p className="mt-2">
            <Link to={href('/indicators/report-bundles')}>{t('indicators.bundle.refresh')}</Link>
          </p>
        ) : null}
        {loaderData.bundles.length ? (
          <ul className="mt-3 space-y-3">
            {loaderData.bundles.map((b) => (
              <li key={b.id} className="rounded border border-slate-200 p-3">
                <p className="font-bold">
                  {t('indicators.bundle.period', { start: date(b.periodStart), end: date(b.periodEnd) })}
                </p>
                <p className="mt-1" role="status">
                  {b.status === 'ready'
                    ? t('indicators.bundle.ready')
                    : b.status === 'failed'
                      ? t('indicators.bundle.failed')
                      : t('indicators.bundle.progress', {
                          done: number(b.partsDone),
                          total: number(b.partsTotal || 5),
                        })}
                </p>
                {b.status !== 'ready' && b.status !== 'failed' ? (
                  <progress max={b.partsTotal || 5} value={b.partsDone} className="mt-1 w-full max-w-sm">
                    {t('indicators.bundle.progress', {
                      done: number(b.partsDone),
                      total: number(b.partsTotal || 5),
                    })}
                  </progress>
                ) : null}
                {b.status === 'ready' ? (
                  <p className="mt-1">
                    <a href={href(`/indicators/report-bundles/${b.id}/download`)} download>
                      {t('indicators.bundle.download', { size: number(Math.ceil((b.byteSize ?? 0) / 1024)) })}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-slate-700">{t('indicators.bundle.none')}</p>
        )}
      </section>
    </>
  );
}
