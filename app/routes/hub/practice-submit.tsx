import { Link, redirect } from 'react-router';
import { listOpenCalls } from '~/modules/hub/practices/calls.server';
import { submitPractice } from '~/modules/hub/practices/submit-practice.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/practice-submit';
import { hubReference } from './hub-routes.server';
import { PracticeForm } from './practice-form';

/**
 * Anyone signed in submits a practice against the Network's criteria, to the repository or to an open
 * call (`?call=<id>` chooses it). It waits for a Hub editor.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardSignedIn(request);
  const [reference, calls] = await Promise.all([hubReference(), listOpenCalls()]);
  const call = new URL(request.url).searchParams.get('call');
  return { reference, calls, callId: calls.some((c) => c.id === call) ? call! : '' };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const submitted = await attemptForm(
    { request, context },
    { run: (input) => submitPractice({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!submitted.ok) return submitted.response;
  return redirect(`/${langOf(params)}/hub/practices/${submitted.value.id}?notice=submitted`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-practices.submit.title') }));

export default function SubmitPractice({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="submit-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/practices')}>{t('hub-practices.list.title')}</Link>
      </p>
      <h1 id="submit-title" className="mt-2 text-2xl font-bold">
        {t('hub-practices.submit.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('hub-practices.submit.intro')}</p>
      <PracticeForm
        reference={loaderData.reference}
        result={submission(actionData)}
        calls={loaderData.calls}
        initial={{ callId: loaderData.callId }}
        submitLabel={t('hub-practices.submit.submit')}
      />
    </article>
  );
}
