import { redirect } from 'react-router';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/new';
import { MeetingForm } from './meeting-form';
import { meetingFormValues, regionChoices, timeZones } from './meeting-views.server';

/** Organisers (meetings.manage somewhere) create a meeting; it starts as a draft only they see. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'meetings.manage');
  const lang = langOf(params);
  return {
    values: meetingFormValues(null, lang),
    regions: await regionChoices(viewer.subject, lang, serverI18n(lang).t('meetings.field.global')),
    timeZones,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'meetings.manage');
  const form = await readForm(request, context);
  const done = await attemptForm(form, {
    run: (input) => createMeeting({ subject: viewer.subject, input, requestId: context.requestId }),
  });
  return done.ok ? redirect(`/${langOf(params)}/meetings/${done.value.id}?notice=created`) : done.response;
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('meetings.new.title') }));

export default function NewMeeting({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="new-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { label: t('meetings.new.title') },
        ]}
      />
      <h1 id="new-title" className="mb-4 text-2xl font-bold">
        {t('meetings.new.title')}
      </h1>
      <p className="mb-4 max-w-3xl text-slate-700">{t('meetings.new.intro')}</p>
      <MeetingForm
        intent="create"
        values={loaderData.values}
        result={actionData as SubmissionResult | undefined}
        regions={loaderData.regions}
        timeZones={loaderData.timeZones}
        submitLabel={t('meetings.new.submit')}
      />
    </article>
  );
}
