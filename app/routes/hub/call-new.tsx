import { Link, redirect } from 'react-router';
import { createCall } from '~/modules/hub/practices/save-call.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/call-new';
import { CallForm } from './call-form';
import { hubReference } from './hub-routes.server';

const timeZones: readonly string[] = [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];

/** A Hub editor opens a call for practices; it is public at once and closes itself at its deadline. */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'hub.curate');
  return { reference: await hubReference(), timeZones };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const created = await attemptForm(
    { request, context },
    { run: (input) => createCall({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!created.ok) return created.response;
  return redirect(`/${langOf(params)}/hub/calls/${created.value.id}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-practices.calls.new') }));

export default function NewCall({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="call-new-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/calls')}>{t('hub-practices.calls.title')}</Link>
      </p>
      <h1 id="call-new-title" className="mt-2 text-2xl font-bold">
        {t('hub-practices.calls.new')}
      </h1>
      <CallForm
        reference={loaderData.reference}
        timeZones={loaderData.timeZones}
        result={submission(actionData)}
        withStatus={false}
        submitLabel={t('hub-practices.callForm.create')}
      />
    </article>
  );
}
