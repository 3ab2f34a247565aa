import { data, Form, Link, redirect } from 'react-router';
import { createPlan } from '~/modules/plans/create-plan.server';
import { deleteAction } from '~/modules/plans/delete-action.server';
import { getAction } from '~/modules/plans/get-action.server';
import { getCountryPlans } from '~/modules/plans/get-country-plans.server';
import { loadPlanContents } from '~/modules/plans/plan-contents.server';
import { canDeleteAction } from '~/modules/plans/plan-policy';
import { setPlanStatus } from '~/modules/plans/set-plan-status.server';
import { updatePlan } from '~/modules/plans/update-plan.server';
import { formInput } from '~/platform/forms/paths';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/edit';
import { ActionStatusBadge, PlanStatusBadge } from './plan-badges';
import { PlanForm } from './plan-form';
import { keeperOf, versionOf } from './plan-forms.server';
import { planFormValues, planHeader } from './plan-views.server';
import { StaleNotice } from './stale-notice';

/**
 * Where a state's focal points (and administrators) keep its plan: start one, edit the header,
 * publish or take it back to draft, and manage its actions (added and edited on the action page,
 * deleted here while the plan is a draft). Every form works without script.
 */
const notices = ['created', 'saved', 'published', 'unpublished', 'actionDeleted'] as const;

async function load(request: Request, params: { lang: string; iso3: string }) {
  const viewer = await keeperOf(request, params.iso3);
  const { country, plans } = await orErrorPage(() =>
    getCountryPlans({ subject: viewer.subject, iso3: params.iso3 }),
  );
  return { viewer, country, plans };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { country, plans } = await load(request, params);
  const url = new URL(request.url);
  const planId = url.searchParams.get('plan');
  const plan = planId ? plans.find((p) => p.id === planId) : plans[0];
  if (planId && !plan) throw data({ code: 'notFound' }, { status: 404 });
  const contents = plan ? (await loadPlanContents(getDb(), [plan.id])).get(plan.id)! : null;
  const notice = notices.find((n) => url.searchParams.get('notice') === n) ?? null;
  return {
    iso3: country.iso3,
    country: country.name,
    plans: plans.map((p) => ({ id: p.id, title: p.title, status: p.status, periodStart: p.periodStart })),
    plan: plan ? { ...planHeader(plan), originalLanguage: plan.originalLanguage } : null,
    values: planFormValues(plan ?? null, langOf(params)),
    newValues: planFormValues(null, langOf(params)),
    actions: (contents?.actions ?? []).map((a) => ({
      id: a.id,
      position: a.position,
      title: a.title,
      status: a.status,
      objectives: a.objectives,
      updates: a.updates.length,
      version: a.version,
      canDelete: plan ? canDeleteAction({ plan, updateCount: a.updates.length }) : false,
    })),
    canStartNew: !plans.some((p) => p.status === 'draft'),
    notice,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, country, plans } = await load(request, params);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const lang = langOf(params);
  const page = (planId: string, notice: (typeof notices)[number]) =>
    redirect(`/${lang}/plans/${country.iso3}/edit?plan=${planId}&notice=${notice}`);
  const common = { subject: viewer.subject, requestId: context.requestId };

  if (intent === 'create') {
    const done = await attemptForm(form, () =>
      createPlan({ ...common, countryIso3: country.iso3, input: formInput(form) }),
    );
    return done.ok ? page(done.value.id, 'created') : done.response;
  }
  // Every other intent names one of this country's plans.
  const plan = plans.find((p) => p.id === form.get('planId'));
  if (!plan) throw data({ code: 'notFound' }, { status: 404 });
  const expectedVersion = versionOf(form);
  if (intent === 'save') {
    const done = await attemptForm(form, () =>
      updatePlan({ ...common, planId: plan.id, expectedVersion, input: formInput(form) }),
    );
    return done.ok ? page(plan.id, 'saved') : done.response;
  }
  if (intent === 'publish' || intent === 'unpublish') {
    const publish = intent === 'publish';
    const done = await attemptForm(form, () =>
      setPlanStatus({ ...common, planId: plan.id, publish, expectedVersion }),
    );
    return done.ok ? page(plan.id, publish ? 'published' : 'unpublished') : done.response;
  }
  if (intent === 'deleteAction') {
    // Only an action of the plan named, whatever the form says.
    const { action: target } = await orErrorPage(() =>
      getAction({
        subject: viewer.subject,
        iso3: country.iso3,
        actionId: String(form.get('actionId') ?? ''),
      }),
    );
    if (target.planId !== plan.id) throw data({ code: 'notFound' }, { status: 404 });
    const done = await attemptForm(form, () =>
      deleteAction({ ...common, actionId: target.id, expectedVersion }),
    );
    return done.ok ? page(plan.id, 'actionDeleted') : done.response;
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.t('plans.edit.title', { country: i18n.pick(loaderData.country).text }) })
      : null,
  );

export default function EditPlan({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, pick } = useI18n();
  const href = useHref();
  const { iso3, plan, plans, actions, notice } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const intent = result?.values?.intent;
  const day = (d: string | null) => (d ? date(d, { dateStyle: 'medium', timeZone: 'UTC' }) : '');
  const stale = intent === 'save' && result?.formError?.code === 'staleVersion';
  const countryName = pick(loaderData.country).text || iso3;

  return (
    <article aria-labelledby="edit-title" className="max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/plans'), label: t('plans.index.title') },
          ...(plans.length ? [{ to: href(`/plans/${iso3}`), label: countryName }] : []),
          { label: t('plans.edit.breadcrumb') },
        ]}
      />
      <h1 id="edit-title" className="text-3xl font-bold">
        {t('plans.edit.title', { country: countryName })}
      </h1>
      {notice ? <FormAlert tone="success">{t(`plans.edit.notice.${notice}`)}</FormAlert> : null}
      {result?.formError ? <FormAlert error={result.formError} /> : null}

      {plans.length > 1 ? (
        <nav aria-labelledby="plans-list" className="mt-4">
          <h2 id="plans-list" className="font-semibold">
            {t('plans.edit.plansOfCountry')}
          </h2>
          <ul className="mt-1 list-disc ps-6">
            {plans.map((p) => (
              <li key={p.id}>
                <Link
                  to={`${href(`/plans/${iso3}/edit`)}?plan=${p.id}`}
                  aria-current={p.id === plan?.id ? 'page' : undefined}
                >
                  <TranslatedText value={p.title} />
                </Link>{' '}
                <PlanStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {plan ? (
        <>
          <section
            aria-labelledby="status-title"
            className="mt-6 rounded border border-slate-200 bg-white p-4"
          >
            <h2 id="status-title" className="text-xl font-semibold">
              {t('plans.edit.statusTitle')}
            </h2>
            <p className="mt-2 flex flex-wrap items-center gap-2">
              <TranslatedText value={plan.title} className="font-medium" />
              <PlanStatusBadge status={plan.status} />
              <Link to={`${href(`/plans/${iso3}`)}?plan=${plan.id}`}>{t('plans.edit.viewPage')}</Link>
            </p>
            <p className="mt-2 text-sm text-slate-700">
              {t(plan.status === 'draft' ? 'plans.edit.draftExplain' : 'plans.edit.publishedExplain')}
            </p>
            <Form method="post" className="mt-3">
              <CsrfInput />
              <input type="hidden" name="planId" value={plan.id} />
              <input type="hidden" name="version" value={plan.version} />
              <input type="hidden" name="intent" value={plan.status === 'draft' ? 'publish' : 'unpublish'} />
              <SubmitButton>
                {t(plan.status === 'draft' ? 'plans.edit.publish' : 'plans.edit.unpublish')}
              </SubmitButton>
            </Form>
          </section>

          <section aria-labelledby="header-title" className="mt-8">
            <h2 id="header-title" className="mb-3 text-xl font-semibold">
              {t('plans.edit.headerTitle')}
            </h2>
            {stale ? (
              <StaleNotice>
                <dt>{t('plans.field.titleAr')}</dt>
                <dd>
                  <bdi lang="ar">{plan.title.ar ?? ''}</bdi>
                </dd>
                <dt>{t('plans.field.titleEn')}</dt>
                <dd>
                  <bdi lang="en">{plan.title.en ?? ''}</bdi>
                </dd>
                <dt>{t('plans.plan.period')}</dt>
                <dd>{t('plans.periodRange', { start: day(plan.periodStart), end: day(plan.periodEnd) })}</dd>
              </StaleNotice>
            ) : null}
            <PlanForm
              intent="save"
              planId={plan.id}
              version={plan.version}
              values={loaderData.values}
              result={intent === 'save' ? result : undefined}
              submitLabel={t('plans.edit.save')}
            />
          </section>

          <section aria-labelledby="actions-title" className="mt-8">
            <h2 id="actions-title" className="text-xl font-semibold">
              {t('plans.edit.actionsTitle')}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t('plans.edit.actionsExplain')}</p>
            <p className="mt-3">
              <Link
                to={`${href(`/plans/${iso3}/actions/new`)}?plan=${plan.id}`}
                className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
              >
                {t('plans.edit.addAction')}
              </Link>
            </p>
            {actions.length ? (
              <div className="mt-4 relative overflow-x-auto">
                <table className="min-w-full border-collapse bg-white text-sm">
                  <caption className="sr-only">{t('plans.edit.actionsTitle')}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="p-2 text-start">
                        {t('plans.edit.col.number')}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t('plans.edit.col.action')}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t('plans.edit.col.objectives')}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t('plans.edit.col.status')}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t('plans.edit.col.updates')}
                      </th>
                      <th scope="col" className="p-2 text-start">
                        {t('plans.edit.col.manage')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {actions.map((a) => (
                      <tr key={a.id} className="border-b border-slate-200 align-top">
                        <td className="p-2">{a.position}</td>
                        <th scope="row" className="p-2 text-start font-normal">
                          <Link to={href(`/plans/${iso3}/actions/${a.id}`)}>
                            <TranslatedText value={a.title} />
                          </Link>
                        </th>
                        <td className="p-2">
                          <span className="flex flex-wrap gap-1">
                            {a.objectives.map((n) => (
                              <ObjectiveBadge key={n} number={n} size="sm" />
                            ))}
                          </span>
                        </td>
                        <td className="p-2">
                          <ActionStatusBadge status={a.status} />
                        </td>
                        <td className="p-2">{a.updates}</td>
                        <td className="p-2">
                          <span className="flex flex-wrap items-center gap-3">
                            <Link to={href(`/plans/${iso3}/actions/${a.id}`)}>
                              {t('plans.edit.editAction')}
                            </Link>
                            {a.canDelete ? (
                              <Form method="post">
                                <CsrfInput />
                                <input type="hidden" name="intent" value="deleteAction" />
                                <input type="hidden" name="planId" value={plan.id} />
                                <input type="hidden" name="actionId" value={a.id} />
                                <input type="hidden" name="version" value={a.version} />
                                <button type="submit" className="text-red-800 underline">
                                  {t('plans.edit.deleteAction')}
                                  <span className="sr-only">
                                    {' '}
                                    <TranslatedText value={a.title} />
                                  </span>
                                </button>
                              </Form>
                            ) : null}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="mt-3">{t('plans.edit.noActions')}</p>
            )}
          </section>

          {loaderData.canStartNew ? (
            <details className="mt-10" open={intent === 'create'}>
              <summary className="cursor-pointer text-lg font-semibold text-brand-700">
                {t('plans.edit.startNew')}
              </summary>
              <p className="my-2 text-sm text-slate-700">{t('plans.edit.startNewExplain')}</p>
              <PlanForm
                intent="create"
                values={loaderData.newValues}
                result={intent === 'create' ? result : undefined}
                submitLabel={t('plans.edit.create')}
              />
            </details>
          ) : null}
        </>
      ) : (
        <section aria-labelledby="create-title" className="mt-6">
          <h2 id="create-title" className="text-xl font-semibold">
            {t('plans.edit.createTitle')}
          </h2>
          <p className="my-2 max-w-3xl text-slate-700">{t('plans.edit.createExplain')}</p>
          <PlanForm
            intent="create"
            values={loaderData.newValues}
            result={intent === 'create' ? result : undefined}
            submitLabel={t('plans.edit.create')}
          />
        </section>
      )}
    </article>
  );
}
