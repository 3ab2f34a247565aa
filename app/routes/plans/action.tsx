import { data, Form, Link, redirect } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { addActionUpdate } from '~/modules/plans/add-action-update.server';
import { createAction } from '~/modules/plans/create-action.server';
import { deleteAction } from '~/modules/plans/delete-action.server';
import { getAction } from '~/modules/plans/get-action.server';
import { getCountryPlans } from '~/modules/plans/get-country-plans.server';
import { updateAction } from '~/modules/plans/update-action.server';
import { sdgTarget } from '~/modules/reference/sdg-targets';
import { guardPublic } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/action';
import { ActionForm, emptyActionValues } from './action-form';
import { ActionStatusBadge, PlanStatusBadge, ProgressMeter } from './plan-badges';
import { keeperOf, versionOf } from './plan-forms.server';
import { planReference } from './plan-reference.server';
import { actionFormValues, actionSummary } from './plan-views.server';
import { ProgressForm } from './progress-form';
import { StaleNotice } from './stale-notice';
import { UpdateTimeline } from './update-timeline';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * One action of a country's plan: everyone who may read the plan sees it with its progress
 * timeline; the plan's keepers also report progress, edit it and (while allowed) delete it here.
 * `actions/new` is the keepers' form for a new action of the plan (`?plan=`, or the newest).
 */
const notices = ['created', 'saved', 'progressAdded'] as const;
const today = () => new Date().toISOString().slice(0, 10);

async function newActionPlan(request: Request, params: { iso3: string }, planId: string | null) {
  const viewer = await keeperOf(request, params.iso3);
  const { country, plans } = await orErrorPage(() =>
    getCountryPlans({ subject: viewer.subject, iso3: params.iso3 }),
  );
  const plan = planId ? plans.find((p) => p.id === planId) : plans[0];
  return { viewer, country, plan };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const reference = await planReference();
  const options = { objectives: reference.objectives, principles: reference.principles };
  const lang = langOf(params);
  if (params.actionId === 'new') {
    const { country, plan } = await newActionPlan(request, params, url.searchParams.get('plan'));
    if (!plan) throw redirect(`/${lang}/plans/${country.iso3}/edit`);
    return {
      mode: 'new' as const,
      iso3: country.iso3,
      country: country.name,
      plan: { id: plan.id, title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
      values: { ...emptyActionValues(lang), startDate: plan.periodStart, endDate: plan.periodEnd },
      ...options,
    };
  }
  const viewer = await guardPublic(request);
  const detail = await orErrorPage(() =>
    getAction({ subject: viewer.subject, iso3: params.iso3, actionId: params.actionId }),
  );
  const { action: a, plan } = detail;
  const names = <K,>(list: { key: K; name: Translated }[], keys: K[]) =>
    keys.map((key) => ({ key, name: list.find((x) => x.key === key)?.name ?? {} }));
  return {
    mode: 'view' as const,
    iso3: detail.country.iso3,
    country: detail.country.name,
    plan: {
      id: plan.id,
      title: plan.title,
      status: plan.status,
      isSample: plan.isSample,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
    },
    action: { ...actionSummary(a), description: a.description, version: a.version },
    objectiveNames: names(reference.objectives, a.objectives),
    principleNames: names(reference.principles, a.principles),
    sdgTargets: a.sdgTargets.flatMap((code) => sdgTarget(code) ?? []),
    canEdit: detail.canEdit,
    canDelete: detail.canDelete,
    values: detail.canEdit ? actionFormValues(a) : null,
    today: today(),
    notice: notices.find((n) => url.searchParams.get('notice') === n) ?? null,
    ...options,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = langOf(params);
  // Keepers only: anonymous visitors are sent to sign in before the form is even read.
  const viewer = await keeperOf(request, params.iso3);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const common = { requestId: context.requestId };
  if (params.actionId === 'new') {
    const planId = String(form.get('planId') ?? '');
    const { country, plan } = await newActionPlan(request, params, planId);
    if (!plan || intent !== 'create') throw data({ code: 'notFound' }, { status: 404 });
    const done = await attemptForm(form, () =>
      createAction({ ...common, subject: viewer.subject, planId: plan.id, input: formInput(form) }),
    );
    if (!done.ok) return done.response;
    return redirect(`/${lang}/plans/${country.iso3}/actions/${done.value.id}?notice=created`);
  }

  // The action must be of this country's plans (and visible to the keeper), whatever the form says.
  const {
    action: current,
    plan,
    country,
  } = await orErrorPage(() =>
    getAction({ subject: viewer.subject, iso3: params.iso3, actionId: params.actionId }),
  );
  const subject = viewer.subject;
  const here = `/${lang}/plans/${country.iso3}/actions/${current.id}`;
  if (intent === 'save') {
    const done = await attemptForm(form, () =>
      updateAction({
        ...common,
        subject,
        actionId: current.id,
        expectedVersion: versionOf(form),
        input: formInput(form),
      }),
    );
    return done.ok ? redirect(`${here}?notice=saved`) : done.response;
  }
  if (intent === 'progress') {
    const done = await attemptForm(form, () =>
      addActionUpdate({ ...common, subject, actionId: current.id, input: formInput(form) }),
    );
    return done.ok ? redirect(`${here}?notice=progressAdded`) : done.response;
  }
  if (intent === 'delete') {
    const done = await attemptForm(form, () =>
      deleteAction({ ...common, subject, actionId: current.id, expectedVersion: versionOf(form) }),
    );
    return done.ok
      ? redirect(`/${lang}/plans/${country.iso3}/edit?plan=${plan.id}&notice=actionDeleted`)
      : done.response;
  }
  throw data({ code: 'badForm' }, { status: 400 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title:
            loaderData.mode === 'new'
              ? i18n.t('plans.action.newTitle')
              : `${i18n.pick(loaderData.action.title).text} — ${i18n.pick(loaderData.country).text}`,
        })
      : null,
  );

export default function ActionPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const intent = result?.values?.intent;
  const crumbs = [
    { to: href('/plans'), label: t('plans.index.title') },
    { to: href(`/plans/${loaderData.iso3}`), label: pick(loaderData.country).text || loaderData.iso3 },
  ];

  if (loaderData.mode === 'new') {
    const { plan } = loaderData;
    return (
      <article aria-labelledby="action-title" className="max-w-4xl">
        <Breadcrumbs
          items={[
            ...crumbs,
            {
              to: `${href(`/plans/${loaderData.iso3}/edit`)}?plan=${plan.id}`,
              label: t('plans.edit.breadcrumb'),
            },
            { label: t('plans.action.newTitle') },
          ]}
        />
        <h1 id="action-title" className="text-3xl font-bold">
          {t('plans.action.newTitle')}
        </h1>
        <p className="mt-1 mb-4 text-slate-700">
          {t('plans.action.newIntro')} <TranslatedText value={plan.title} className="font-medium" />
        </p>
        {result?.formError ? <FormAlert error={result.formError} /> : null}
        <ActionForm
          intent="create"
          planId={plan.id}
          values={loaderData.values}
          result={result}
          objectives={loaderData.objectives}
          principles={loaderData.principles}
          submitLabel={t('plans.action.create')}
        />
      </article>
    );
  }

  return <ActionView data={loaderData} result={result} intent={intent} crumbs={crumbs} />;
}

type ViewData = Extract<Route.ComponentProps['loaderData'], { mode: 'view' }>;

function ActionView({
  data: d,
  result,
  intent,
  crumbs,
}: {
  data: ViewData;
  result?: SubmissionResult;
  intent?: string | string[];
  crumbs: { to?: string; label: string }[];
}) {
  const { t, date, number, pick } = useI18n();
  const href = useHref();
  const a = d.action;
  const day = (v: string) => date(v, { dateStyle: 'medium', timeZone: 'UTC' });
  const stale = intent === 'save' && result?.formError?.code === 'staleVersion';
  return (
    <article aria-labelledby="action-title" className="max-w-4xl">
      <Breadcrumbs items={[...crumbs, { label: t('plans.action.number', { number: a.position }) }]} />
      {d.notice ? <FormAlert tone="success">{t(`plans.action.notice.${d.notice}`)}</FormAlert> : null}
      {result?.formError && intent !== 'save' ? <FormAlert error={result.formError} /> : null}
      <p className="text-slate-700">
        <Link to={`${href(`/plans/${d.iso3}`)}?plan=${d.plan.id}`}>
          <TranslatedText value={d.plan.title} />
        </Link>
      </p>
      <h1 id="action-title" className="mt-1 text-3xl font-bold">
        <TranslatedText value={a.title} />
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <ActionStatusBadge status={a.status} />
        {d.plan.status === 'draft' ? <PlanStatusBadge status="draft" /> : null}
        {d.plan.isSample ? <SampleBadge /> : null}
      </div>

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t('plans.action.lead')}</dt>
          <TranslatedText as="dd" value={a.leadEntity} />
        </div>
        <div>
          <dt className="font-medium">{t('plans.action.partners')}</dt>
          {a.partners.ar || a.partners.en ? (
            <TranslatedText as="dd" value={a.partners} />
          ) : (
            <dd>{t('plans.action.noPartners')}</dd>
          )}
        </div>
        <div>
          <dt className="font-medium">{t('plans.action.dates')}</dt>
          <dd>{t('plans.periodRange', { start: day(a.startDate), end: day(a.endDate) })}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('plans.action.budget')}</dt>
          <dd>
            {a.budgetAmount !== null && a.budgetCurrency ? (
              <bdi>{number(a.budgetAmount, { style: 'currency', currency: a.budgetCurrency })}</bdi>
            ) : (
              t('plans.action.noBudget')
            )}
          </dd>
        </div>
      </dl>
      <Paragraphs value={a.description} className="mt-6 max-w-3xl space-y-2" />

      <section aria-labelledby="framework-title" className="mt-8">
        <h2 id="framework-title" className="text-xl font-semibold">
          {t('plans.action.framework')}
        </h2>
        <ul className="mt-2 space-y-1">
          {d.objectiveNames.map((o) => (
            <li key={o.key} className="flex items-center gap-2">
              <ObjectiveBadge number={o.key} size="sm" />
              <Link to={href(`/objectives/${o.key}`)}>
                <TranslatedText value={o.name} />
              </Link>
            </li>
          ))}
        </ul>
        {d.principleNames.length ? (
          <>
            <h3 className="mt-4 font-medium">{t('plans.action.principles')}</h3>
            <ul className="mt-1 list-disc ps-6">
              {d.principleNames.map((p) => (
                <li key={p.key}>
                  <Link to={href(`/principles/${p.key}`)}>
                    <TranslatedText value={p.name} />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 className="mt-4 font-medium">{t('plans.action.sdgTargets')}</h3>
        {d.sdgTargets.length ? (
          <ul className="mt-1 list-disc ps-6" data-testid="sdg-targets">
            {d.sdgTargets.map((s) => (
              <li key={s.code}>{t('plans.sdgTarget', { code: s.code, title: pick(s.title).text })}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1">{t('plans.action.noSdgTargets')}</p>
        )}
      </section>

      <section aria-labelledby="indicator-title" className="mt-8">
        <h2 id="indicator-title" className="text-xl font-semibold">
          {t('plans.action.indicator')}
        </h2>
        {a.indicator ? (
          <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <dt className="font-medium">{t('plans.action.indicatorName')}</dt>
              <dd>
                <TranslatedText value={a.indicator.name} /> (<TranslatedText value={a.indicator.unit} />)
              </dd>
            </div>
            <div>
              <dt className="font-medium">{t('plans.action.baseline')}</dt>
              <dd>{number(a.indicator.baseline)}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('plans.action.target')}</dt>
              <dd>{number(a.indicator.target)}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('plans.action.latestValue')}</dt>
              <dd>
                {a.latest
                  ? t('plans.action.latest', { value: number(a.latest.value), date: day(a.latest.on) })
                  : t('plans.action.noValue')}
              </dd>
            </div>
            <div>
              <dt className="font-medium">{t('plans.action.progress')}</dt>
              <dd>
                <ProgressMeter progress={a.progress} />
              </dd>
            </div>
          </dl>
        ) : (
          <p className="mt-2">{t('plans.action.noIndicator')}</p>
        )}
      </section>

      <section aria-labelledby="updates-title" className="mt-8">
        <h2 id="updates-title" className="text-xl font-semibold">
          {t('plans.updates.title')}
        </h2>
        <div className="mt-2">
          <UpdateTimeline updates={a.updates} unit={a.indicator?.unit ?? null} />
        </div>
      </section>

      {d.canEdit && d.values ? (
        <>
          <section
            aria-labelledby="report-title"
            className="mt-10 rounded border border-slate-200 bg-white p-4"
          >
            <h2 id="report-title" className="mb-3 text-xl font-semibold">
              {t('plans.progressForm.title')}
            </h2>
            <ProgressForm
              result={intent === 'progress' ? result : undefined}
              today={d.today}
              status={a.status}
              indicator={
                a.indicator
                  ? {
                      name: a.indicator.name,
                      unit: a.indicator.unit,
                      target: a.indicator.target,
                    }
                  : null
              }
            />
          </section>

          <details className="mt-8" open={intent === 'save'}>
            <summary className="cursor-pointer text-xl font-semibold text-brand-700">
              {t('plans.action.editTitle')}
            </summary>
            <div className="mt-3">
              {stale ? (
                <StaleNotice>
                  <dt>{t('plans.field.actionTitleAr')}</dt>
                  <dd>
                    <bdi lang="ar">{a.title.ar ?? ''}</bdi>
                  </dd>
                  <dt>{t('plans.field.actionTitleEn')}</dt>
                  <dd>
                    <bdi lang="en">{a.title.en ?? ''}</bdi>
                  </dd>
                  <dt>{t('plans.field.status')}</dt>
                  <dd>{t(`plans.actionStatus.${a.status}`)}</dd>
                  <dt>{t('plans.action.dates')}</dt>
                  <dd>{t('plans.periodRange', { start: day(a.startDate), end: day(a.endDate) })}</dd>
                </StaleNotice>
              ) : null}
              {intent === 'save' && result?.formError ? <FormAlert error={result.formError} /> : null}
              <ActionForm
                intent="save"
                version={a.version}
                values={d.values}
                result={intent === 'save' ? result : undefined}
                objectives={d.objectives}
                principles={d.principles}
                submitLabel={t('plans.action.save')}
              />
            </div>
          </details>

          {d.canDelete ? (
            <Form method="post" className="mt-8">
              <CsrfInput />
              <input type="hidden" name="intent" value="delete" />
              <input type="hidden" name="version" value={a.version} />
              <button
                type="submit"
                className="rounded border border-red-800 px-4 py-2 font-medium text-red-800"
              >
                {t('plans.action.delete')}
              </button>
              <p className="mt-1 text-sm text-slate-700">{t('plans.action.deleteExplain')}</p>
            </Form>
          ) : (
            <p className="mt-8 text-sm text-slate-700">{t('plans.action.cannotDelete')}</p>
          )}
        </>
      ) : null}
    </article>
  );
}
