import { redirect } from 'react-router';
import { recordActivity } from '~/modules/instruments/mechanisms/record-activity.server';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/activity-new';
import { ActivityForm } from './activity-fields';
import { countryNames } from './country-names.server';
import { mechanismForRecorder } from './mechanism-access.server';

/** Records an activity in a mechanism's database of regional activities in support of the GCM. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { mechanism } = await mechanismForRecorder(request, params.slug);
  const [{ items: objectives }, names] = await Promise.all([
    listObjectives({ withTitle: false }),
    countryNames(mechanism.memberStates),
  ]);
  return {
    mechanism: { slug: mechanism.slug, name: mechanism.name },
    memberStates: mechanism.memberStates.map((iso3) => ({ iso3, name: names[iso3] ?? { en: iso3 } })),
    objectives: objectives.map((o) => ({ number: o.number, label: o.shortLabel })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, mechanism } = await mechanismForRecorder(request, params.slug);
  const done = await attemptForm(
    { request, context },
    {
      run: (input) =>
        recordActivity({
          subject: viewer.subject,
          mechanismKey: mechanism.id,
          input,
          requestId: context.requestId,
        }),
    },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/mechanisms/${mechanism.slug}?notice=activityRecorded#activities`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('instruments.activity.newTitle') }));

export default function NewActivity({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const m = loaderData.mechanism;
  return (
    <>
      <Breadcrumbs
        items={[
          { to: href('/mechanisms'), label: t('instruments.mechanisms.title') },
          { to: href(`/mechanisms/${m.slug}`), label: pick(m.name).text },
          { label: t('instruments.activity.newTitle') },
        ]}
      />
      <h1 className="text-3xl font-bold">{t('instruments.activity.newTitle')}</h1>
      <p className="mt-2">
        <TranslatedText value={m.name} />
      </p>
      <p className="mt-2 max-w-3xl text-slate-700">{t('instruments.activity.intro')}</p>
      <ActivityForm
        result={actionData as SubmissionResult | undefined}
        objectives={loaderData.objectives}
        memberStates={loaderData.memberStates}
        submitLabel={t('instruments.activity.save')}
      />
    </>
  );
}
