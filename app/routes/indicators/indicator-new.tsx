import { redirect } from 'react-router';
import { createIndicator } from '~/modules/indicators/save-indicator.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/indicator-new';
import { IndicatorForm } from './indicator-fields';

/** The Network secretariat adds an indicator to the catalogue. */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'indicators.manage');
  const { items } = await listObjectives({ withTitle: false });
  return { objectives: items.map((o) => ({ number: o.number, label: o.shortLabel })) };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'indicators.manage');
  const done = await attemptForm(
    { request, context },
    { run: (input) => createIndicator({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/indicators/${encodeURIComponent(done.value.code)}?notice=created`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('indicators.edit.newTitle') }));

export default function IndicatorNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <>
      <Breadcrumbs
        items={[
          { to: href('/indicators'), label: t('indicators.title') },
          { label: t('indicators.edit.newTitle') },
        ]}
      />
      <h1 className="text-3xl font-bold">{t('indicators.edit.newTitle')}</h1>
      <IndicatorForm
        result={actionData as SubmissionResult | undefined}
        record={{ values: { provisional: 'on' }, objectives: [], disaggregations: [] }}
        objectives={loaderData.objectives}
        submitLabel={t('indicators.edit.create')}
      />
    </>
  );
}
