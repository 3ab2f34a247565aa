import { Link, redirect } from 'react-router';
import { canEditResource } from '~/modules/hub/hub-policy';
import { getResource } from '~/modules/hub/resources/get-resource.server';
import { reviseResource } from '~/modules/hub/resources/revise-resource.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/resource-edit';
import { hubReference } from './hub-routes.server';
import { ResourceForm } from './resource-form';

/**
 * The submitter (or an editor) revises a resource before review or after a request to revise; a
 * revised resource goes back to the editors for a new round. A stale save is refused and explained.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const found = await orErrorPage(async () => {
    const r = await getResource({ subject: viewer.subject, resourceId: params.id });
    if (!canEditResource(viewer.subject, r.resource)) throw forbidden();
    return r;
  });
  const r = found.resource;
  return {
    reference: await hubReference(),
    id: r.id,
    title: r.title,
    initial: {
      'title.ar': r.title.ar ?? '',
      'title.en': r.title.en ?? '',
      'abstract.ar': r.abstract.ar ?? '',
      'abstract.en': r.abstract.en ?? '',
      originalLanguage: r.originalLanguage,
      documentLanguages: r.documentLanguages,
      type: r.type,
      publisher: r.publisher,
      authors: r.authors.join('\n'),
      publicationDate: r.publicationDate ?? '',
      audiences: r.audiences,
      objectives: found.tags.objectives.map(String),
      principles: found.tags.principles,
      countries: found.tags.countries,
      regions: found.tags.regions,
      isGlobal: r.isGlobal,
      licence: r.licence,
      url: r.url ?? '',
      version: r.version,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const revised = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        reviseResource({
          subject: viewer.subject,
          resourceId: params.id,
          input,
          expectedVersion: Number(form.get('version')),
          requestId: context.requestId,
        }),
    },
  );
  if (!revised.ok) return revised.response;
  return redirect(`/${langOf(params)}/hub/resources/${params.id}?notice=revised`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: `${i18n.t('hub.edit.title')}: ${i18n.pick(loaderData.title).text}` })
      : null,
  );

export default function EditResource({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="edit-title" className="max-w-3xl">
      <p>
        <Link to={href(`/hub/resources/${loaderData.id}`)}>{t('hub.edit.back')}</Link>
      </p>
      <h1 id="edit-title" className="mt-2 text-2xl font-bold">
        {t('hub.edit.title')}
      </h1>
      <ResourceForm
        reference={loaderData.reference}
        result={submission(actionData)}
        initial={loaderData.initial}
        withFile={false}
        submitLabel={t('hub.edit.submit')}
      />
    </article>
  );
}
