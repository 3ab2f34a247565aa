import { Link, redirect } from 'react-router';
import { loadMeeting } from '~/modules/meetings/meeting-records.server';
import { addMaterial } from '~/modules/meetings/workshops/add-material.server';
import { checkIsWorkshop, checkOrganiseWorkshop } from '~/modules/meetings/workshops/workshop-policy';
import { MATERIAL_FILE_MAX_BYTES, materialFileKinds } from '~/modules/meetings/workshops/workshop-schema';
import { guardSignedIn } from '~/permissions/guard.server';
import type { Subject } from '~/permissions/resolver';
import type { SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/workshop-material-upload';
import { submitFileForm } from './file-form.server';
import { MaterialForm } from './workshop-panels';

/** The workshop for its organisers only: 404 when they may not see it, 403 when they may only read it. */
const organisersWorkshop = (subject: Subject, meetingId: string) =>
  orErrorPage(async () => {
    const meeting = await loadMeeting(getDb(), meetingId);
    checkOrganiseWorkshop(subject, meeting);
    checkIsWorkshop(meeting, 'title');
    return meeting;
  });

/**
 * Adding a workshop material (PDF, DOCX or PPTX, type-sniffed and size-limited, or a link). The
 * workshop page's form posts here (the path ends in /upload so the server's upload cap applies);
 * the organiser check runs before the body is read; this page shows the form again when refused.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const meeting = await organisersWorkshop(viewer.subject, params.id);
  return { meeting: { id: meeting.id, title: meeting.title } };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await organisersWorkshop(viewer.subject, params.id);
  const done = await submitFileForm(
    request,
    context,
    { maxBytes: MATERIAL_FILE_MAX_BYTES, allowed: materialFileKinds },
    (input, upload) =>
      addMaterial({
        subject: viewer.subject,
        meetingId: params.id,
        input,
        upload,
        requestId: context.requestId,
      }),
  );
  if (!done.ok) return done.response;
  return redirect(`/${langOf(params)}/meetings/${params.id}/workshop?notice=materialAdded`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('workshops.materials.add') }));

export default function WorkshopMaterialUpload({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { meeting } = loaderData;
  return (
    <article className="max-w-3xl">
      <p className="mb-2">
        <Link className="underline" to={href(`/meetings/${meeting.id}/workshop`)}>
          <TranslatedText value={meeting.title} />
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{t('workshops.materials.add')}</h1>
      <MaterialForm meetingId={meeting.id} result={actionData as SubmissionResult | undefined} />
    </article>
  );
}
