import { Link, redirect } from 'react-router';
import { createSpace } from '~/modules/hub/discussions/create-space.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/discussion-new';
import { SpaceForm } from './discussion-form';
import { hubReference, spaceGroupOrganisations } from './hub-routes.server';

/** A Hub editor opens a discussion space. */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'hub.curate');
  const [reference, organisations] = await Promise.all([hubReference(), spaceGroupOrganisations()]);
  return { reference, organisations };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const created = await attemptForm(
    { request, context },
    { run: (input) => createSpace({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!created.ok) return created.response;
  return redirect(`/${langOf(params)}/hub/discussions/${created.value.id}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('discussions.editor.newTitle') }));

export default function NewDiscussion({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="new-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/discussions')}>{t('discussions.space.back')}</Link>
      </p>
      <h1 id="new-title" className="mt-2 text-2xl font-bold">
        {t('discussions.editor.newTitle')}
      </h1>
      <SpaceForm
        reference={loaderData.reference}
        organisations={loaderData.organisations}
        result={submission(actionData)}
        submitLabel={t('discussions.editor.create')}
      />
    </article>
  );
}
