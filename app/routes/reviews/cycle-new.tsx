import { Form, Link, redirect } from 'react-router';
import { createCycle } from '~/modules/reviews/cycles/create-cycle.server';
import { cycleFormOptions } from '~/modules/reviews/cycles/cycle-form-options.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/cycle-new';
import { CycleForm } from './cycle-form';
import { withAnotherMilestone } from './cycle-form.server';
import { refusedForm } from './cycle-form-state';
import { sentIntent } from './cycle-pages.server';
import { ProblemSummary } from './cycle-ui';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-cycles.new.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const regionId = new URL(request.url).searchParams.get('region');
  return cycleFormOptions({ subject: viewer.subject, regionId });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const form = await readForm(request, context);
  if (form.get('intent') === 'addMilestone') return withAnotherMilestone(form);
  const result = await attemptForm(form, {
    run: (input) => createCycle({ subject: viewer.subject, input, requestId: context.requestId }),
    extra: sentIntent,
  });
  if (!result.ok) return result.response;
  return redirect(`/${langOf(params)}/reviews/cycles/${result.value.id}?notice=created`);
}

export default function NewCycle({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const refused = refusedForm(actionData);
  const values = (actionData as { values?: Record<string, string | string[]> } | undefined)?.values ?? {};
  const needsRegion = !loaderData.regionId;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { label: t('reviews-cycles.new.title') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.new.title')}
      </h1>
      <p className="mb-6 text-slate-700">{t('reviews-cycles.new.intro')}</p>
      {needsRegion ? (
        <Form method="get" className="rounded border border-slate-200 bg-white p-4">
          <label htmlFor="region" className="block font-medium">
            {t('reviews-cycles.field.region')}
          </label>
          <select
            id="region"
            name="region"
            className="mt-1 mb-4 block w-full rounded border border-slate-400 px-3 py-2"
          >
            {loaderData.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {pick(r.name).text}
              </option>
            ))}
          </select>
          <SubmitButton>{t('reviews-cycles.new.chooseRegion')}</SubmitButton>
        </Form>
      ) : (
        <>
          {loaderData.regions.length > 1 ? (
            <p className="mb-4 text-sm">
              <Link to={href('/reviews/cycles/new')}>{t('reviews-cycles.new.otherRegion')}</Link>
            </p>
          ) : null}
          {loaderData.templates.length ? null : (
            <p className="mb-4 rounded border-s-4 border-amber-600 bg-amber-50 p-3">
              {t('reviews-cycles.new.noTemplate')}{' '}
              <Link to={href('/reviews/templates')}>{t('reviews-cycles.templates.title')}</Link>
            </p>
          )}
          <ProblemSummary refused={refused} />
          <CycleForm options={loaderData} values={values} fieldErrors={refused?.fieldErrors} regionLocked />
        </>
      )}
    </article>
  );
}
