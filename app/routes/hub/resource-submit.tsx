import { Link, redirect } from 'react-router';
import { RESOURCE_FILE_MAX_BYTES, resourceFileKinds } from '~/modules/hub/resources/resource-schema';
import { submitResource } from '~/modules/hub/resources/submit-resource.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { attemptForm } from '~/platform/forms.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/resource-submit';
import { hubReference } from './hub-routes.server';
import { ResourceForm } from './resource-form';

/**
 * Anyone signed in submits a resource: its description, what it concerns, and a file (PDF, Word or plain
 * text, type-sniffed, 20 MB at most) or a link. The path ends in /upload so the server's upload cap applies.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardSignedIn(request);
  return { reference: await hubReference() };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: RESOURCE_FILE_MAX_BYTES,
    allowed: resourceFileKinds,
    required: false,
  });
  if (attempt.refused) return attempt.refused;
  const parsed = attempt.upload;
  const { file } = parsed;
  const submitted = await attemptForm(parsed.fields, () =>
    submitResource({
      subject: viewer.subject,
      input: formInput(parsed.fields),
      upload: file,
      requestId: context.requestId,
    }),
  );
  if (!submitted.ok) return submitted.response;
  return redirect(`/${langOf(params)}/hub/resources/${submitted.value.id}?notice=submitted`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub.submit.title') }));

export default function SubmitResource({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="submit-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/resources')}>{t('hub.resources.title')}</Link>
      </p>
      <h1 id="submit-title" className="mt-2 text-2xl font-bold">
        {t('hub.submit.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('hub.submit.intro')}</p>
      <ResourceForm
        reference={loaderData.reference}
        result={submission(actionData)}
        withFile
        submitLabel={t('hub.submit.submit')}
      />
    </article>
  );
}
