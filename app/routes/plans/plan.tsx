import { Form, Link } from 'react-router';
import { actionStatuses, isActionStatus } from '#db/schema/plan-values';
import { getPlan } from '~/modules/plans/get-plan.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { HorizontalBarChart } from '~/ui/charts/bar-chart-horizontal';
import { DataTable } from '~/ui/charts/dashboard-chart-figure';
import { FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/plan';
import { ActionCard } from './action-card';
import { PlanStatusBadge, ProgressMeter, useProgressText } from './plan-badges';
import { planReference } from './plan-reference.server';
import { actionSummary, planHeader } from './plan-views.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * A country's national implementation plan: the header, the roll-up of its actions by objective
 * (chart and table), and the actions with their progress updates, filtered by objective and status.
 * The public sees published plans; the state's focal points and administrators also its draft.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const url = new URL(request.url);
  const detail = await orErrorPage(() =>
    getPlan({ subject: viewer.subject, iso3: params.iso3, planId: url.searchParams.get('plan') }),
  );
  const reference = await planReference();
  const objective = parseObjectiveNumber(url.searchParams.get('objective'));
  const rawStatus = url.searchParams.get('status');
  const status = isActionStatus(rawStatus) ? rawStatus : null;
  const actions = detail.actions.filter(
    (a) =>
      (objective === null || a.objectives.includes(objective)) && (status === null || a.status === status),
  );
  return {
    iso3: detail.country.iso3,
    country: detail.country.name,
    plan: planHeader(detail.plan),
    plans: detail.plans.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
    })),
    canEdit: detail.canEdit,
    summary: detail.summary,
    rollup: detail.rollup.map((r) => ({
      ...r,
      name: reference.objectives.find((o) => o.key === r.objective)?.name ?? {},
    })),
    filters: { objective, status },
    invalidFilter: Boolean(
      (url.searchParams.get('objective') && objective === null) || (rawStatus && status === null),
    ),
    total: detail.actions.length,
    actions: actions.map(actionSummary),
    objectiveNames: reference.objectives,
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.pick(loaderData.plan.title).text} — ${i18n.pick(loaderData.country).text}`,
          description: i18n.t('plans.plan.metaDescription', { country: i18n.pick(loaderData.country).text }),
        })
      : null,
  );

export default function PlanPage({ loaderData }: Route.ComponentProps) {
  const { t, date, number, pick, dir } = useI18n();
  const href = useHref();
  const progressText = useProgressText();
  const { plan, plans, summary, rollup, actions, filters, iso3, country } = loaderData;
  const day = (d: string | null) => (d ? date(d, { dateStyle: 'medium', timeZone: 'UTC' }) : null);
  const base = href(`/plans/${iso3}`);
  const others = plans.filter((p) => p.id !== plan.id);
  const planQuery = plans[0]?.id === plan.id ? '' : `?plan=${plan.id}`;
  const withActions = rollup.filter((r) => r.actions > 0);

  const chartRows = rollup.map((r) => ({
    key: String(r.objective),
    label: t('plans.objectiveOption', { number: number(r.objective), name: pick(r.name).text }),
    value: r.averageProgress,
    valueText: r.actions === 0 ? t('plans.rollup.noActions') : progressText(r.averageProgress),
  }));
  const statusColumns = actionStatuses.map((s) => t(`plans.actionStatus.${s}`));

  return (
    <article aria-labelledby="plan-title">
      <Breadcrumbs
        items={[{ to: href('/plans'), label: t('plans.index.title') }, { label: pick(country).text || iso3 }]}
      />
      <p className="text-lg text-slate-700">
        <Link to={href(`/countries/${iso3}`)}>
          <TranslatedText value={country} />
        </Link>
      </p>
      <h1 id="plan-title" className="mt-1 text-3xl font-bold">
        <TranslatedText value={plan.title} />
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <PlanStatusBadge status={plan.status} />
        {plan.isSample ? <SampleBadge /> : null}
        {loaderData.canEdit ? (
          <Link to={`${href(`/plans/${iso3}/edit`)}?plan=${plan.id}`} className="ms-2 font-medium">
            {t('plans.plan.edit')}
          </Link>
        ) : null}
      </div>
      {plan.status === 'draft' ? (
        <p className="mt-3 rounded bg-amber-50 p-3 text-amber-900">{t('plans.plan.draftNotice')}</p>
      ) : null}

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t('plans.plan.period')}</dt>
          <dd>{t('plans.periodRange', { start: day(plan.periodStart), end: day(plan.periodEnd) })}</dd>
        </div>
        {plan.adoptedOn ? (
          <div>
            <dt className="font-medium">{t('plans.plan.adoptedOn')}</dt>
            <dd>{day(plan.adoptedOn)}</dd>
          </div>
        ) : null}
        {plan.publishedAt && plan.status === 'published' ? (
          <div>
            <dt className="font-medium">{t('plans.plan.publishedAt')}</dt>
            <dd>{day(plan.publishedAt)}</dd>
          </div>
        ) : null}
        {plan.updatedAt ? (
          <div>
            <dt className="font-medium">{t('plans.plan.updatedAt')}</dt>
            <dd>{day(plan.updatedAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium">{t('plans.plan.overall')}</dt>
          <dd>
            <ProgressMeter progress={summary.averageProgress} />{' '}
            <span className="text-sm text-slate-700">
              {t('plans.plan.withData', { count: summary.withData, total: summary.actions })}
            </span>
          </dd>
        </div>
      </dl>
      <Paragraphs value={plan.summary} className="mt-6 max-w-3xl space-y-2" />

      {others.length ? (
        <section aria-labelledby="other-plans" className="mt-6">
          <h2 id="other-plans" className="text-lg font-semibold">
            {t('plans.plan.otherPlans')}
          </h2>
          <ul className="mt-1 list-disc ps-6">
            {others.map((p) => (
              <li key={p.id}>
                <Link to={`${base}?plan=${p.id}`}>
                  <TranslatedText value={p.title} />
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  {t('plans.periodRange', { start: day(p.periodStart), end: day(p.periodEnd) })}
                </span>{' '}
                <PlanStatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="rollup-title" className="mt-10">
        <h2 id="rollup-title" className="text-2xl font-bold">
          {t('plans.rollup.title')}
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t('plans.rollup.intro', { min: 0, max: 1 })}</p>
        <figure aria-labelledby="rollup-caption" className="mt-4 rounded border border-slate-200 p-4">
          <figcaption id="rollup-caption" className="text-lg font-bold">
            {t('plans.rollup.caption')}
          </figcaption>
          <div className="mt-3">
            <HorizontalBarChart
              rows={chartRows}
              dir={dir}
              labelWidth={230}
              domainMax={100}
              label={t('plans.rollup.chartLabel', {
                objectives: withActions.length,
                withData: withActions.filter((r) => r.averageProgress !== null).length,
              })}
            />
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer font-medium text-brand-700">
              {t('plans.rollup.showTable')}
            </summary>
            <div className="mt-2 relative overflow-x-auto">
              <DataTable
                caption={t('plans.rollup.caption')}
                columns={[
                  t('plans.rollup.col.objective'),
                  t('plans.rollup.col.actions'),
                  ...statusColumns,
                  t('plans.rollup.col.progress'),
                ]}
                rows={rollup.map((r, i) => ({
                  key: String(r.objective),
                  cells: [
                    chartRows[i]!.label,
                    number(r.actions),
                    ...actionStatuses.map((s) => number(r.byStatus[s])),
                    r.actions === 0 ? t('plans.rollup.noActions') : progressText(r.averageProgress),
                  ],
                }))}
              />
            </div>
          </details>
        </figure>
      </section>

      <section aria-labelledby="actions-title" className="mt-10">
        <h2 id="actions-title" className="text-2xl font-bold">
          {t('plans.actions.title')}
        </h2>
        <Form
          method="get"
          action={base}
          className="mt-4 flex flex-wrap items-end gap-3"
          aria-label={t('plans.actions.filters')}
        >
          {planQuery ? <input type="hidden" name="plan" value={plan.id} /> : null}
          <div>
            <label htmlFor="actions-objective" className="block font-medium">
              {t('plans.actions.objective')}
            </label>
            <select
              id="actions-objective"
              name="objective"
              defaultValue={filters.objective ? String(filters.objective) : ''}
              className="mt-1 block max-w-xs rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t('plans.actions.anyObjective')}</option>
              {loaderData.objectiveNames.map((o) => (
                <option key={o.key} value={String(o.key)}>
                  {t('plans.objectiveOption', { number: number(o.key), name: pick(o.name).text })}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="actions-status" className="block font-medium">
              {t('plans.actions.status')}
            </label>
            <select
              id="actions-status"
              name="status"
              defaultValue={filters.status ?? ''}
              className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t('plans.actions.anyStatus')}</option>
              {actionStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`plans.actionStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <SubmitButton>{t('plans.actions.apply')}</SubmitButton>
          {filters.objective || filters.status ? (
            <Link to={`${base}${planQuery}`}>{t('plans.actions.clear')}</Link>
          ) : null}
        </Form>
        {loaderData.invalidFilter ? (
          <FormAlert tone="info">{t('plans.actions.invalidFilter')}</FormAlert>
        ) : null}
        <p role="status" className="mt-4">
          {t('plans.actions.count', { count: actions.length, total: loaderData.total })}
        </p>
        {actions.length ? (
          <ol className="mt-3 space-y-3">
            {actions.map((a) => (
              <ActionCard key={a.id} action={a} iso3={iso3} />
            ))}
          </ol>
        ) : (
          <p className="mt-3">{t('plans.actions.none')}</p>
        )}
      </section>

      <p className="mt-8 text-sm">
        <a href={`/api/v1/implementation-plans?country=${iso3}`}>{t('plans.plan.openData')}</a>
      </p>
    </article>
  );
}
