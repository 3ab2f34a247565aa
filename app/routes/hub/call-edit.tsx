import { Link, redirect } from 'react-router';
import { getCallForEdit } from '~/modules/hub/practices/calls.server';
import { updateCall } from '~/modules/hub/practices/save-call.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { zonedParts } from '~/platform/time-zone';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/call-edit';
import { CallForm } from './call-form';
import { hubReference } from './hub-routes.server';

const timeZones: readonly string[] = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];

/** A Hub editor changes a call: its texts, its deadline (in its time zone), or closes it early. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guard(request, 'hub.curate');
  const call = await orErrorPage(() => getCallForEdit({ callId: params.id }));
  const local = zonedParts(call.deadlineAt, call.timeZone);
  return {
    reference: await hubReference(),
    timeZones,
    id: call.id,
    theme: call.theme,
    initial: {
      'theme.ar': call.theme.ar ?? '',
      'theme.en': call.theme.en ?? '',
      'description.ar': call.description.ar ?? '',
      'description.en': call.description.en ?? '',
      'audience.ar': call.audience.ar ?? '',
      'audience.en': call.audience.en ?? '',
      originalLanguage: call.originalLanguage,
      objectives: call.objectives.map(String),
      deadlineDate: local.date,
      deadlineTime: local.time,
      timeZone: call.timeZone,
      contactName: call.contactName,
      contactEmail: call.contactEmail,
      status: call.status,
      version: call.version,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const saved = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        updateCall({
          subject: viewer.subject,
          callId: params.id,
          input,
          expectedVersion: Number(form.get('version')),
          requestId: context.requestId,
        }),
    },
  );
  if (!saved.ok) return saved.response;
  return redirect(`/${langOf(params)}/hub/calls/${params.id}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: `${i18n.t('hub-practices.calls.edit')}: ${i18n.pick(loaderData.theme).text}` })
      : null,
  );

export default function EditCall({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="call-edit-title" className="max-w-3xl">
      <p>
        <Link to={href(`/hub/calls/${loaderData.id}`)}>{t('hub-practices.calls.back')}</Link>
      </p>
      <h1 id="call-edit-title" className="mt-2 text-2xl font-bold">
        {t('hub-practices.calls.edit')}
      </h1>
      <CallForm
        reference={loaderData.reference}
        timeZones={loaderData.timeZones}
        result={submission(actionData)}
        initial={loaderData.initial}
        withStatus
        submitLabel={t('hub-practices.callForm.save')}
      />
    </article>
  );
}
