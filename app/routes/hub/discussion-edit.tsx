import { Link, redirect } from 'react-router';
import { editSpace } from '~/modules/hub/discussions/edit-space.server';
import { getSpaceForEdit } from '~/modules/hub/discussions/get-space-for-edit.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/discussion-edit';
import { SpaceForm } from './discussion-form';
import { hubReference, spaceGroupOrganisations } from './hub-routes.server';

/** A Hub editor changes a space; a stale save is refused and the page shows what was typed. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'hub.curate');
  const [found, reference, organisations] = await Promise.all([
    orErrorPage(() => getSpaceForEdit({ subject: viewer.subject, spaceId: params.id })),
    hubReference(),
    spaceGroupOrganisations(),
  ]);
  return { ...found, reference, organisations };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const saved = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        editSpace({
          subject: viewer.subject,
          spaceId: params.id,
          input,
          expectedVersion: Number(form.get('version')),
          requestId: context.requestId,
        }),
    },
  );
  if (!saved.ok) return saved.response;
  return redirect(`/${langOf(params)}/hub/discussions/${params.id}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('discussions.editor.editTitle')}: ${i18n.pick(loaderData.title).text}`,
        })
      : null,
  );

export default function EditDiscussion({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="edit-title" className="max-w-3xl">
      <p>
        <Link to={href(`/hub/discussions/${loaderData.id}`)}>{t('discussions.space.back')}</Link>
      </p>
      <h1 id="edit-title" className="mt-2 text-2xl font-bold">
        {t('discussions.editor.editTitle')}
      </h1>
      <SpaceForm
        reference={loaderData.reference}
        organisations={loaderData.organisations}
        result={submission(actionData)}
        initial={loaderData.initial}
        submitLabel={t('discussions.editor.save')}
      />
    </article>
  );
}
