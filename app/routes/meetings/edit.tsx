import { redirect } from 'react-router';
import { updateMeeting } from '~/modules/meetings/update-meeting.server';
import { guard } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/edit';
import { MeetingForm } from './meeting-form';
import { meetingFor, versionOf } from './meeting-forms.server';
import { meetingFormValues, regionChoices, timeZones } from './meeting-views.server';

/** The organisers edit a meeting's details; a stale save keeps what they typed and says so. */
async function load(request: Request, id: string) {
  const viewer = await guard(request, 'meetings.manage');
  const view = await meetingFor(viewer.subject, id);
  if (!view.canManage) await orErrorPage(() => Promise.reject(forbidden()));
  return { viewer, view };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, view } = await load(request, params.id);
  const lang = langOf(params);
  return {
    id: view.meeting.id,
    title: view.meeting.title,
    version: view.meeting.version,
    values: meetingFormValues(view.meeting, lang),
    regions: await regionChoices(viewer.subject, lang, serverI18n(lang).t('meetings.field.global')),
    timeZones,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, view } = await load(request, params.id);
  const form = await readForm(request, context);
  const done = await attemptForm(form, {
    run: (input) =>
      updateMeeting({
        subject: viewer.subject,
        meetingId: view.meeting.id,
        expectedVersion: versionOf(form),
        input,
        requestId: context.requestId,
      }),
  });
  return done.ok ? redirect(`/${langOf(params)}/meetings/${view.meeting.id}?notice=saved`) : done.response;
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('meetings.edit.title') }));

export default function EditMeeting({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const stale = result?.formError?.code === 'staleVersion';
  return (
    <article aria-labelledby="edit-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${loaderData.id}`), label: t('meetings.edit.back') },
          { label: t('meetings.edit.title') },
        ]}
      />
      <h1 id="edit-title" className="mb-4 text-2xl font-bold">
        {t('meetings.edit.title')}: <TranslatedText value={loaderData.title} />
      </h1>
      {stale ? (
        <FormAlert>{t('meetings.edit.stale')}</FormAlert>
      ) : result?.formError ? (
        <FormAlert error={result.formError} />
      ) : null}
      <MeetingForm
        intent="save"
        values={loaderData.values}
        result={result}
        version={loaderData.version}
        regions={loaderData.regions}
        timeZones={loaderData.timeZones}
        submitLabel={t('common.save')}
      />
    </article>
  );
}
